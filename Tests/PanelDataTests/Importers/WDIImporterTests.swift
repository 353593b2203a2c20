import Foundation
import Testing
@testable import PanelData

@Suite struct WDIImporterTests {
    /// A WDI bulk file as the World Bank ships it: BOM, 4 junk lines, CRLF, every field
    /// quoted, `""` for missing, a trailing comma on every line.
    static func api(_ code: String, _ rows: [(String, String, [String])]) -> String {
        var s = "\u{FEFF}\"Data Source\",\"World Development Indicators\",\r\n\r\n\"Last Updated Date\",\"2025-07-01\",\r\n\r\n"
        s += "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"1995\",\"1996\",\"2024\",\r\n"
        for (name, c, values) in rows {
            s += ([name, c, "Some indicator", code] + values).map { "\"\($0)\"" }.joined(separator: ",") + ",\r\n"
        }
        return s
    }

    static let metadata = "\u{FEFF}\"Country Code\",\"Region\",\"IncomeGroup\",\"SpecialNotes\",\"TableName\",\r\n"
        + "\"KAZ\",\"Europe & Central Asia\",\"Upper middle income\",\"\",\"Kazakhstan\",\r\n"
        + "\"ROU\",\"Europe & Central Asia\",\"High income\",\"\",\"Romania\",\r\n"
        + "\"ECS\",\"\",\"\",\"aggregate\",\"Europe & Central Asia\",\r\n"

    static func fixture(populationRows: [(String, String, [String])]? = nil) throws -> RawFixture {
        let f = try RawFixture()
        let rows: [(String, String, [String])] = [
            ("Kazakhstan", "KAZ", ["1", "2.5", ""]), ("Europe & Central Asia", "ECS", ["9", "9", "9"]), ("Romania", "ROU", ["3", "", "4"]),
        ]
        try f.write("wdi/API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_1.csv", api("NY.GDP.PCAP.PP.KD", rows))
        try f.write("wdi/Metadata_Country_API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_1.csv", metadata)
        try f.write("wdi/API_SP.POP.TOTL_DS2_en_csv_v2_2.csv", api("SP.POP.TOTL", populationRows ?? rows))
        try f.write("wdi/API_IT.NET.USER.ZS_DS2_en_csv_v2_3.csv", api("IT.NET.USER.ZS", rows))
        try f.write("wdi/Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_3.csv", metadata)
        return f
    }

    @Test func junkLinesBOMTrailingColumnAndAggregates() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let imp = try WDIImporter.importSource(root: f.root)
        #expect(imp.number("KAZ", 1996, "gdppc_ppp") == 2.5)
        #expect(imp.number("KAZ", 2024, "gdppc_ppp") == nil)  // "" = missing
        #expect(imp.number("ROU", 2024, "internet_users") == 4)
        #expect(!imp.has("KAZ", 1995))  // before the panel's years
        #expect(imp.values.keys.allSatisfy { $0.iso3 != "ECS" })
        #expect(imp.exclusions.map(\.code) == ["ECS"])
        #expect(imp.exclusions.first?.reason.contains("aggregate") == true)
    }

    @Test func populationReusesAnotherMetadataFileAndSaysSo() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let imp = try WDIImporter.importSource(root: f.root)
        #expect(imp.number("KAZ", 1996, "population") == 2.5)
        #expect(imp.notes.contains { $0.hasPrefix("SP.POP.TOTL: no country-metadata file") })
    }

    @Test func codeMissingFromMetadataIsAnErrorUnlessARegistryAggregate() throws {
        let f = try Self.fixture(populationRows: [("Not classified", "INX", ["", "", ""]), ("Estonia", "EST", ["1", "1", "1"])])
        defer { f.remove() }
        #expect(throws: ImportError.self) { try WDIImporter.importSource(root: f.root) }  // EST not in metadata
        let g = try Self.fixture(populationRows: [("Not classified", "INX", ["", "", ""])])
        defer { g.remove() }
        let imp = try WDIImporter.importSource(root: g.root)
        #expect(imp.exclusions.contains { $0.code == "INX" })
    }
}
