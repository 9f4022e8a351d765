import Foundation

/// The path of a file in `Fixtures/`.
func fixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: name)
    guard let found = Bundle.module.url(forResource: url.deletingPathExtension().lastPathComponent,
                                        withExtension: url.pathExtension, subdirectory: "Fixtures") else {
        throw CocoaError(.fileNoSuchFile)
    }
    return found.path
}

/// A fresh temporary file path with `name`'s extension.
func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("padan-term-\(UUID().uuidString)-\(name)").path
}
