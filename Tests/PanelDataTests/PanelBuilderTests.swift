import Foundation
import Testing
@testable import PanelData

@Suite struct PanelBuilderTests {
    static var packageRoot: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    @Test func assemblesARectangularSortedPanel() throws {
        var un = SourceImport(source: .unEgov)
        un.values[CountryYear(iso3: "KAZ", year: 2024)] = ["egdi_rank": .number(24), "egdi": .number(0.8)]
        un.values[CountryYear(iso3: "EST", year: 2024)] = ["egdi_rank": .number(2)]
        var fh = SourceImport(source: .freedomHouse)
        fh.values[CountryYear(iso3: "KAZ", year: 2023)] = ["fh_status": .text("NF")]
        fh.exclusions = [Exclusion(source: "freedom_house", name: "Crimea", code: "XCR", reason: "territory")]
        let r = try PanelBuilder.assemble([un, fh])
        #expect(r.table.rowCount == 2 * 30)
        #expect(r.table.columnNames == PanelVariables.all.map(\.name))
        let iso = try r.table.text("iso3")
        #expect(iso[0] == "EST" && iso[30] == "KAZ")
        let csv = CSVWriter.string(r.table)
        #expect(csv.contains("\nKAZ,Kazakhstan,2024,1,Central Asia,0.8,24,"))
        #expect(!csv.contains("\r"))
        #expect(r.manifest.variable(named: "egdi_rank")?.nonMissing == 2)
        #expect(r.manifest.variable(named: "egdi_rank")?.years == [2024])
        #expect(r.manifest.variable(named: "fh_status")?.type == .text)
        #expect(r.manifest.exclusions.count == 1)
        #expect(r.readme.contains("| freedom_house | Crimea | XCR | territory |"))
    }

    @Test func aVariableFromTwoSourcesIsRefused() throws {
        var a = SourceImport(source: .unEgov)
        a.values[CountryYear(iso3: "KAZ", year: 2024)] = ["gtmi": .number(1)]
        var b = SourceImport(source: .gtmi)
        b.values[CountryYear(iso3: "KAZ", year: 2025)] = ["gtmi": .number(1)]
        #expect(throws: PanelBuildError.self) { try PanelBuilder.assemble([a, b]) }
    }

    /// Rebuilds from <root>/../shared/data/raw and compares with the committed files byte
    /// for byte. Skipped (with the reason recorded) when the raw folder is absent.
    @Test func rebuildReproducesTheCommittedFiles() throws {
        let raw = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/raw")
        guard FileManager.default.fileExists(atPath: raw.path) else {
            // Not an error: a fresh clone has no raw data; the committed files are then the data.
            print("rebuildReproducesTheCommittedFiles skipped: \(raw.path) is absent")
            return
        }
        let result = try PanelBuilder.build(raw: raw)
        for (name, data) in PanelBuilder.fileContents(result) {
            let committed = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Datasets").appendingPathComponent(name))
            #expect(committed == data, "Datasets/\(name) differs from a rebuild; run `swift run egov data build --raw \(raw.path) --out Datasets`")
        }
    }
}
