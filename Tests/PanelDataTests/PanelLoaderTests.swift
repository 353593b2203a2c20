import Foundation
import Testing
@testable import PanelData

@Suite struct PanelLoaderTests {
    @Test func manifestCannotPointOutsideItsFolder() throws {
        let m = URL(fileURLWithPath: "/tmp/x/manifest.json")
        for bad in ["../panel.csv", "/etc/passwd", "sub/panel.csv", "..", ".", ""] {
            #expect(throws: PanelLoadError.manifestEscapes(manifest: "manifest.json", dataFile: bad)) {
                try PanelLoader.dataFileURL(bad, manifest: m)
            }
        }
        #expect(try PanelLoader.dataFileURL("panel.csv", manifest: m).path == "/tmp/x/panel.csv")
    }

    /// A small hand-written manifest naming `dataFile` (iso3 text, x numeric, 3 rows).
    static func manifest(dataFile: String) -> String {
        let name = dataFile.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
        {"formatVersion": 1, "dataFile": "\(name)", "rows": 3, "countries": 3, "firstYear": 2020, "lastYear": 2020,
         "variables": [{"name": "iso3", "label": "ISO3", "definition": "code", "scale": "code", "type": "text", "years": [2020], "nonMissing": 3, "countries": 3},
          {"name": "x", "label": "x", "definition": "x", "scale": "ratio", "type": "numeric", "years": [2020], "nonMissing": 3, "countries": 3}],
         "sources": [], "exclusions": []}
        """
    }

    static let rows = "iso3,year,x\nKAZ,2020,1\nEST,2020,2\nLVA,2020,3\n"

    /// Issue 9.5 with real files: every way out of the folder is refused before anything is
    /// read (the CSV outside is valid and would load), and `load(file:)` routes .json here.
    @Test func manifestOnDiskCannotReachOutside() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write("data/panel.csv", Self.rows)
        try f.write("data/sub/x.csv", Self.rows)
        try f.write("outside/x.csv", Self.rows)
        let outside = f.root.appendingPathComponent("outside/x.csv")
        try FileManager.default.createSymbolicLink(at: f.root.appendingPathComponent("data/link.csv"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(atPath: f.root.appendingPathComponent("data/rel.csv").path, withDestinationPath: "../outside/x.csv")
        let m = f.root.appendingPathComponent("data/manifest.json")
        for bad in ["../outside/x.csv", outside.path, "sub/x.csv", "./panel.csv", "sub/../panel.csv", "..\\outside\\x.csv",
                    "link.csv", "rel.csv", "..", "."] {
            try f.write("data/manifest.json", Self.manifest(dataFile: bad))
            #expect(throws: PanelLoadError.manifestEscapes(manifest: "manifest.json", dataFile: bad)) { try PanelLoader.load(manifest: m) }
            #expect(throws: PanelLoadError.manifestEscapes(manifest: "manifest.json", dataFile: bad)) { try PanelLoader.load(file: m) }
            let message = PanelLoadError.manifestEscapes(manifest: "manifest.json", dataFile: bad).description
            #expect(message.contains("manifest.json: dataFile '\(bad)' is not a file in the manifest's folder"))
            #expect(message.contains("copy the data file next to the manifest"))
        }
        // A link that stays inside the folder is fine; so is the plain name.
        try FileManager.default.createSymbolicLink(atPath: f.root.appendingPathComponent("data/alias.csv").path, withDestinationPath: "panel.csv")
        for good in ["panel.csv", "alias.csv"] {
            try f.write("data/manifest.json", Self.manifest(dataFile: good))
            let p = try PanelLoader.load(file: m)
            #expect(p.table.rowCount == 3)
            #expect(p.manifest?.dataFile == good)
        }
        // The folder itself reached through a link: the manifest still only sees its own folder.
        let linkedDir = f.root.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(at: linkedDir, withDestinationURL: f.root.appendingPathComponent("data"))
        try f.write("data/manifest.json", Self.manifest(dataFile: "panel.csv"))
        #expect(try PanelLoader.load(file: linkedDir.appendingPathComponent("manifest.json")).table.rowCount == 3)
        try f.write("data/manifest.json", Self.manifest(dataFile: "rel.csv"))
        #expect(throws: PanelLoadError.manifestEscapes(manifest: "manifest.json", dataFile: "rel.csv")) {
            try PanelLoader.load(file: linkedDir.appendingPathComponent("manifest.json"))
        }
    }

    /// The bad-input catalogue at the library level: what `--data` hands to every command
    /// fails with the typed CSV error (kind, line, column), never a crash or a wrong table.
    @Test(arguments: [
        ("iso3,year,x\nKAZ,2020,\"1.5\n", CSVError.Kind.unterminatedQuote, 2, 3),
        ("iso3,year,x\nKAZ,2020,1\nEST,2020\n", .raggedRow(expected: 3, found: 2), 3, nil),
        ("", .emptyFile(skippedLines: 0), nil, nil),
        ("iso3,x,x\nKAZ,1,2\n", .duplicateColumnName("x", firstColumn: 2), 1, 3),
        ("iso3,year,x\nKAZ,2020,1e400\n", .numberOverflow(value: "1e400", columnName: "x"), 2, 3),
        ("iso3,year,x\nKAZ,2020,1\nEST,2020,NaN\n", .nonFiniteNumber(value: "NaN", columnName: "x"), 3, 3),
        ("iso3,year,x\nKAZ,2020,1\nEST,2020,-Inf\n", .nonFiniteNumber(value: "-Inf", columnName: "x"), 3, 3),
    ] as [(String, CSVError.Kind, Int?, Int?)])
    func malformedCSVIsATypedError(text: String, kind: CSVError.Kind, line: Int?, column: Int?) throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write("d.csv", text)
        #expect(throws: PanelLoadError.csv(CSVError(kind, source: "d.csv", line: line, column: column))) {
            try PanelLoader.load(file: f.root.appendingPathComponent("d.csv"))
        }
    }

    @Test func invalidBytesAreATypedError() throws {
        let f = try RawFixture()
        defer { f.remove() }
        let url = f.root.appendingPathComponent("d.csv")
        try Data(Array("iso3,x\nKAZ,".utf8) + [0xE9, 0x0A]).write(to: url)
        #expect(throws: PanelLoadError.csv(CSVError(.invalidUTF8(byteOffset: 11), source: "d.csv", line: 2))) { try PanelLoader.load(file: url) }
        try Data(Array("iso3,x\nKAZ,1".utf8) + [0x00, 0x0A]).write(to: url)
        #expect(throws: PanelLoadError.csv(CSVError(.nulByte(byteOffset: 12), source: "d.csv", line: 2))) { try PanelLoader.load(file: url) }
    }

    /// Odd spellings of numbers and missing values: read as numbers or missing, never as text or a wrong number.
    @Test func oddNumbersAndMissingTokens() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write("d.csv", "iso3,year,x\nKAZ,2020,\u{2212}7\nEST,2020,NA\nLVA,2020,..\nLTU,2020,n/a\nGEO,2020,-\nARM,2020,1e-300\nAZE,2020,\n")
        let t = try PanelLoader.load(file: f.root.appendingPathComponent("d.csv")).table
        #expect(try t.numeric("x").optionalValues == [-7, nil, nil, nil, nil, 1e-300, nil])
        // Quoted "1,5" cannot be a number: the column is text, which the commands report (decimal comma).
        try f.write("c.csv", "iso3,year,x\nKAZ,2020,\"1,5\"\nEST,2020,2\n")
        #expect(try !PanelLoader.load(file: f.root.appendingPathComponent("c.csv")).table.column(named: "x").isNumeric)
    }

    @Test func userCSVReportsUnknownCountriesWithSuggestions() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write("mine.csv", "iso3,year,egdi\nKAZ,2020,0.8\nKZA,2020,0.7\n")
        let p = try PanelLoader.load(csv: f.root.appendingPathComponent("mine.csv"))
        #expect(p.manifest == nil)
        #expect(p.warnings.count == 1)
        #expect(p.warnings.first?.contains("KZA") == true)
        #expect(p.warnings.first?.contains("KAZ") == true)
        try f.write("names.csv", "country,year\nKazakstan,2020\n")
        let q = try PanelLoader.load(csv: f.root.appendingPathComponent("names.csv"))
        #expect(q.warnings.first?.contains("Kazakhstan") == true)
    }

    @Test func manifestMismatchIsAnError() throws {
        let f = try RawFixture()
        defer { f.remove() }
        var un = SourceImport(source: .unEgov)
        un.values[CountryYear(iso3: "KAZ", year: 2024)] = ["egdi_rank": .number(24)]
        let r = try PanelBuilder.assemble([un])
        try PanelBuilder.write(r, to: f.root)
        #expect(try PanelLoader.load(manifest: f.root.appendingPathComponent("manifest.json")).table.rowCount == 30)
        try f.write("panel.csv", "iso3,country,year\nKAZ,Kazakhstan,2024\n")
        #expect(throws: PanelLoadError.self) { try PanelLoader.load(manifest: f.root.appendingPathComponent("manifest.json")) }
    }

    @Test func embeddedPanelLoads() throws {
        let p = try PanelDataset.load()
        #expect(p.table.rowCount > 6000)
        #expect(p.manifest?.formatVersion == PanelManifest.currentFormatVersion)
    }
}
