import Foundation
import Testing
@testable import PanelData

@Suite struct FreedomHouseImporterTests {
    static let header = "Country/Territory,Region,C/T,Edition,Status,PR rating,CL rating,PR,CL,Add A,Total\n"

    @Test func editionStoredAtYearUnderReviewTerritoriesExcluded() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(FreedomHouseImporter.path, Self.header + """
            Kazakhstan,Eurasia,c,2024,NF,7,5,5,18,N/A,23
            Crimea,Eurasia,t,2024,NF,7,6,-2,9,N/A,7
            Hong Kong,Asia,t,2024,PF,5,4,9,31,N/A,40
            Syria,Middle East,c,2016,NF,7,7,-3,2,N/A,-1
            Abkhazia,Eurasia,t,2013,PF,5,5,17,22,N/A,39

            """)
        let imp = try FreedomHouseImporter.importSource(root: f.root, includeHistory: false)
        #expect(imp.number("KAZ", 2023, "fh_total") == 23)
        #expect(imp.number("KAZ", 2023, "fh_pr") == 7)
        #expect(imp.number("KAZ", 2023, "fh_cl") == 5)
        #expect(imp.text("KAZ", 2023, "fh_status") == "NF")
        #expect(!imp.has("KAZ", 2024))
        #expect(imp.number("SYR", 2015, "fh_total") == -1)
        #expect(Set(imp.exclusions.compactMap(\.code)) == ["XCR", "HKG", "XAB"])
        #expect(imp.exclusions.allSatisfy { $0.reason.contains("C/T = t") })
    }

    @Test func duplicatesAndBadStatusAreErrors() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(FreedomHouseImporter.path, Self.header + "Russia,Eurasia,c,2020,NF,7,6,5,15,N/A,20\nRussia,Eurasia,c,2020,NF,7,6,5,15,N/A,20\n")
        #expect(throws: ImportError.duplicate(file: FreedomHouseImporter.path, line: 3, iso3: "RUS", year: 2019, variable: nil)) {
            try FreedomHouseImporter.importSource(root: f.root, includeHistory: false)
        }
        try f.write(FreedomHouseImporter.path, Self.header + "Russia,Eurasia,c,2020,Free,7,6,5,15,N/A,20\n")
        #expect(throws: ImportError.self) { try FreedomHouseImporter.importSource(root: f.root, includeHistory: false) }
    }
}
