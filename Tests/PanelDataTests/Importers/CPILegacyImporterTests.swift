import Foundation
import Testing
@testable import PanelData

@Suite struct CPILegacyImporterTests {
    @Test func namesVaryByYearValuesUnalteredPredecessorUnderContinuator() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(CPILegacyImporter.path(year: 2005), "\"Jurisdiction\",\"CPI\"\n\"Serbia & Montenegro\",2.8\n\"Kazakhstan\",2.6\n\"Moldova\",2.9\n")
        try f.write(CPILegacyImporter.path(year: 2011), "Jurisdiction,CPI\nKazakhstan,2.699999\nMoldova ,2.853611\nSerbia,3.3\n")
        let imp = try CPILegacyImporter.importSource(root: f.root, years: 2005...2005)
        #expect(imp.number("KAZ", 2005, "cpi_legacy") == 2.6)
        #expect(imp.number("MDA", 2005, "cpi_legacy") == 2.9)
        // Serbia and Montenegro is stored under its continuator Serbia (entity_flag marks SRB 1996-2005).
        #expect(imp.exclusions.isEmpty)
        #expect(imp.number("SRB", 2005, "cpi_legacy") == 2.8)
        #expect(imp.notes.contains { $0.contains("'Serbia & Montenegro' (SCG) stored under its continuator SRB") })
        let imp2011 = try CPILegacyImporter.importSource(root: f.root, years: 2011...2011)
        #expect(imp2011.number("MDA", 2011, "cpi_legacy") == 2.853611)  // unrounded, as published
        #expect(imp2011.number("SRB", 2011, "cpi_legacy") == 3.3)
    }

    @Test func duplicateAndUnknownNamesAreErrors() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(CPILegacyImporter.path(year: 2000), "Jurisdiction,CPI\nRussia,2.1\nRussian Federation,2.1\n")
        #expect(throws: ImportError.duplicate(file: CPILegacyImporter.path(year: 2000), line: 3, iso3: "RUS", year: 2000, variable: nil)) {
            try CPILegacyImporter.importSource(root: f.root, years: 2000...2000)
        }
        try f.write(CPILegacyImporter.path(year: 2000), "Jurisdiction,CPI\nRusia,2.1\n")
        #expect(throws: ImportError.self) { try CPILegacyImporter.importSource(root: f.root, years: 2000...2000) }
    }
}
