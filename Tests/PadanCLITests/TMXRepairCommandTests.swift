import Foundation
import Testing

/// `tmx convert` and `memory import` take what other tools export; `tmx validate` still objects.
@Suite struct TMXRepairCommandTests {
    static let exported = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="WebCAT" creationtoolversion="2" segtype="sentence" o-tmf="html" adminlang="en" srclang="id" datatype="html"/>
          <body>
            <tu>
              <tuv xml:lang="id"><seg>Pameran <ept i="1">&lt;/em&gt;</ept>di <span class="kota">Köln</span> dibuka.</seg></tuv>
              <tuv xml:lang="en"><seg>The exhibition in <span class="kota">K&ouml;ln</span> opened.</seg></tuv>
            </tu>
          </body>
        </tmx>
        """

    @Test func importAndConvertRepairWithAWarningEachAndValidateReportsErrors() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("webcat.tmx")
        try Self.exported.write(to: input, atomically: true, encoding: .utf8)
        let memory = directory.appendingPathComponent("memory.sqlite").path

        let imported = try PadanProcess.run(["memory", "import", input.path, "--memory", memory])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.hasSuffix("webcat.tmx: 1 units added\n"))
        let warnings = imported.standardError.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 4, "\(imported.standardError)")
        #expect(warnings.contains { $0.contains("webcat.tmx:6: warning: <ept i=\"1\"> has no <bpt i=\"1\"> before it in this segment; read as <it pos=\"end\">") })
        #expect(warnings.contains { $0.contains("webcat.tmx:7:69: warning: &ouml; is an HTML entity the file does not declare; read as “ö”") })

        let lookup = try PadanProcess.run(["memory", "lookup", "Pameran di Köln dibuka.", "--memory", memory])
        #expect(lookup.standardOutput.hasPrefix("100%  Pameran di Köln dibuka.\n      The exhibition in Köln opened.\n"))
        let exported = try MemoryCommandTests.export(memory, in: directory)
        #expect(exported.contains(#"<seg>Pameran <it pos="end">&lt;/em&gt;</it>di <ph>&lt;span class=&quot;kota&quot;&gt;</ph>Köln<ph>&lt;/span&gt;</ph> dibuka.</seg>"#))

        let converted = directory.appendingPathComponent("converted.tmx").path
        let convert = try PadanProcess.run(["tmx", "convert", input.path, "-o", converted])
        #expect(convert.status == 0)
        #expect(convert.standardError.split(separator: "\n").filter { $0.contains(": warning: ") }.count == 4)
        #expect(try PadanProcess.run(["tmx", "validate", converted]).status == 0)

        let validate = try PadanProcess.run(["tmx", "validate", input.path])
        #expect(validate.status == 65)
        #expect(validate.standardOutput.contains("webcat.tmx:6: error: <ept i=\"1\"> has no <bpt i=\"1\"> before it"))
        #expect(validate.standardOutput.contains("webcat.tmx:6: error: <span> is not allowed inside <seg>"))
        #expect(validate.standardOutput.contains("webcat.tmx:7:69: error: &ouml; is an HTML entity"))
        #expect(validate.standardOutput.contains("4 errors"))
    }
}
