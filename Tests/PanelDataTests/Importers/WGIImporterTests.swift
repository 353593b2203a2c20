import Foundation
import Testing
@testable import PanelData

@Suite struct WGIImporterTests {
    static let header = "codeindyr,code,countryname,year,indicator,estimate,stddev,nsource,pctrank,pctranklower,pctrankupper\n"

    @Test func readsLongFormatWithFullPrecisionDotsAndWorldBankCodes() throws {
        let f = try RawFixture()
        defer { f.remove() }
        // KAZ cc 2018 as in the official 2024 workbook; ROM/ZAR/KSV are World Bank codes.
        try f.write(WGIImporter.path, Self.header + """
            KAZcc2018,KAZ,Kazakhstan,2018,cc,-0.4922124445438385,0.12484562397003174,10,32.075469970703125,24.528301239013672,38.67924499511719
            ROMcc2018,ROM,Romania,2018,cc,..,..,0,..,..,..
            ZARva1996,ZAR,"Congo, Dem. Rep.",1996,va,-1.6,0.2,4,5.5,1.1,9.9
            KSVge2023,KSV,Kosovo,2023,ge,-0.1,0.2,5,45,40,50

            """)
        let imp = try WGIImporter.importSource(root: f.root)
        #expect(imp.number("KAZ", 2018, "wgi_cc") == -0.4922124445438385)
        #expect(shortestDecimalText(imp.number("KAZ", 2018, "wgi_cc") ?? 0) == "-0.4922124445438385")
        #expect(imp.number("KAZ", 2018, "wgi_cc_se") == 0.12484562397003174)
        #expect(imp.number("KAZ", 2018, "wgi_cc_pct") == 32.075469970703125)
        #expect(imp.number("KAZ", 2018, "wgi_cc_pct_lo") == 24.528301239013672)
        #expect(imp.number("KAZ", 2018, "wgi_cc_pct_hi") == 38.67924499511719)
        #expect(imp.has("ROU", 2018))
        #expect(imp.number("ROU", 2018, "wgi_cc") == nil)  // `..`
        #expect(imp.number("COD", 1996, "wgi_va") == -1.6)
        #expect(imp.number("XKX", 2023, "wgi_ge") == -0.1)
    }

    @Test func duplicateIndicatorRowIsAnError() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(WGIImporter.path, Self.header + "ESTcc2000,EST,Estonia,2000,cc,1,0.1,5,80,70,90\nESTcc2000,EST,Estonia,2000,cc,..,..,5,..,..,..\n")
        #expect(throws: ImportError.duplicate(file: WGIImporter.path, line: 3, iso3: "EST", year: 2000, variable: "wgi_cc")) {
            try WGIImporter.importSource(root: f.root)
        }
    }

    @Test func historicalEntityIsExcludedAndListed() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(WGIImporter.path, Self.header + "ANTcc1996,ANT,Netherlands Antilles (former),1996,cc,1,0.1,5,80,70,90\n")
        let imp = try WGIImporter.importSource(root: f.root)
        #expect(imp.values.isEmpty)
        #expect(imp.exclusions.map(\.code) == ["ANT"])
    }

    @Test func badCellIsAnErrorWithLine() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(WGIImporter.path, Self.header + "ESTcc2000,EST,Estonia,2000,cc,1.2.3,0.1,5,80,70,90\n")
        #expect(throws: ImportError.badNumber(file: WGIImporter.path, line: 2, column: "wgi_cc", value: "1.2.3")) {
            try WGIImporter.importSource(root: f.root)
        }
    }
}
