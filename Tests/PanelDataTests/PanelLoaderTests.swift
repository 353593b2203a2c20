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
