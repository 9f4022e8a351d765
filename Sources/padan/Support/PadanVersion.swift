/// The version printed by `padan --version` and written into TMX headers.
enum PadanVersion {
    static let current = "0.1.0"
}
