import Foundation
import Testing
@testable import PanelData

@Suite struct GTMIImporterTests {
    @Test func readsScoresAndSkipsSummaryRows() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(GTMIImporter.path, """
            year,country_code,country_name,grp,gtmi,cgsi,psdi,dcei,gtei
            2022,KAZ,Kazakhstan,A,0.8,0.7,0.9,0.8,0.8
            2025,WBG,West Bank and Gaza,B,0.528434335258137,0.5,0.5,0.6,0.5
            2025,0.75,A,80,0.40609137055837563,,,,

            """)
        let imp = try GTMIImporter.importSource(root: f.root)
        #expect(imp.number("KAZ", 2022, "gtmi") == 0.8)
        #expect(imp.number("PSE", 2025, "gtmi") == 0.528434335258137)
        #expect(imp.values.count == 2)
        #expect(imp.notes.contains { $0.contains("1 summary rows") })
    }

    @Test func duplicateIsAnError() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(GTMIImporter.path, "year,country_code,country_name,grp,gtmi\n2020,EST,Estonia,A,0.9\n2020,EST,Estonia,A,0.9\n")
        #expect(throws: ImportError.self) { try GTMIImporter.importSource(root: f.root) }
    }
}
