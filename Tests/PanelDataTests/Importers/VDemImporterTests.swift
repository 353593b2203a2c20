import Foundation
import Testing
@testable import PanelData

@Suite struct VDemImporterTests {
    static let header = "\"country_name\",\"histname\",\"historical_date\",\"year\",\"country_text_id\",\"country_id\",\"v2x_polyarchy\",\"v2x_libdem\",\"v2x_partipdem\",\"v2x_delibdem\",\"v2x_egaldem\",\"country\",\"iso3c\",\"gdp_per_capita\",\"gdp\",\"population\",\"gini\",\"region\",\"continent\"\n"

    @Test func readsIndicesSkipsEarlyYearsAndUploaderRows() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(VDemImporter.path, Self.header + """
            "Kazakhstan","Republic of Kazakhstan",2020-12-31,2020,"KAZ",121,0.262,0.146,0.105,0.12,0.2,"Kazakhstan","KAZ",9000,1e11,18000000,NA,"Europe","Asia"
            "Kazakhstan","Republic of Kazakhstan",1990-12-31,1990,"KAZ",121,0.1,0.1,0.1,0.1,0.1,"Kazakhstan","KAZ",NA,NA,NA,NA,"Europe","Asia"
            NA,NA,NA,2018,"HPC",NA,NA,NA,NA,NA,NA,"Heavily indebted poor countries (HIPC)","HPC",977.3,7.8e11,802020674,NA,"Aggregates",NA
            "Palestine/West Bank","Palestine",2020-12-31,2020,"PSE",128,0.3,0.2,0.1,0.1,0.1,NA,NA,NA,NA,NA,NA,NA,NA

            """)
        let imp = try VDemImporter.importSource(root: f.root)
        #expect(imp.number("KAZ", 2020, "vdem_polyarchy") == 0.262)
        #expect(imp.number("KAZ", 2020, "vdem_libdem") == 0.146)
        #expect(imp.number("KAZ", 2020, "vdem_partipdem") == 0.105)
        #expect(!imp.has("KAZ", 1990))
        #expect(imp.number("PSE", 2020, "vdem_libdem") == 0.2)
        #expect(imp.notes.contains { $0.contains("1 rows without a V-Dem unit") })
        // The uploader's WDI columns are not imported.
        #expect(imp.values.values.allSatisfy { Set($0.keys).isSubset(of: Set(VDemImporter.variables)) })
    }

    @Test func duplicateCountryYearIsAnError() throws {
        let f = try RawFixture()
        defer { f.remove() }
        let row = "\"Estonia\",\"Estonia\",2000-12-31,2000,\"EST\",22,0.9,0.8,0.6,0.7,0.7,NA,NA,NA,NA,NA,NA,NA,NA\n"
        try f.write(VDemImporter.path, Self.header + row + row)
        #expect(throws: ImportError.duplicate(file: VDemImporter.path, line: 3, iso3: "EST", year: 2000, variable: nil)) {
            try VDemImporter.importSource(root: f.root)
        }
    }
}
