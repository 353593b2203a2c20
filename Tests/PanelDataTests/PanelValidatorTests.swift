import Testing
@testable import PanelData

@Suite struct PanelValidatorTests {
    @Test func reportsRangesDuplicatesAndUnknownCountries() throws {
        let t = try CSVReader.read(string: """
            iso3,year,egdi,wgi_cc,wgi_cc_pct,cpi,cpi_legacy,fh_pr,fh_status
            KAZ,2020,1.2,0.1,50,40,,3,NF
            KAZ,2020,0.5,7,101,,11,8,X
            ZZZ,2021,0.5,-3.3,50,120,,2.5,F

            """, options: CSVReadOptions(textColumns: ["iso3", "fh_status"]))
        let issues = PanelValidator.validate(t)
        func has(_ row: Int, _ v: String?, _ sev: ValidationIssue.Severity = .error) -> Bool {
            issues.contains { $0.row == row && $0.variable == v && $0.severity == sev }
        }
        #expect(has(1, "egdi"))
        #expect(has(2, nil))  // duplicate KAZ 2020
        #expect(has(2, "wgi_cc"))  // beyond ±5
        #expect(has(2, "wgi_cc_pct"))
        #expect(has(2, "cpi_legacy"))
        #expect(has(2, "fh_pr"))
        #expect(has(2, "fh_status"))
        #expect(has(3, "iso3"))
        #expect(has(3, "cpi"))
        #expect(has(3, "fh_pr"))  // not a whole number
        #expect(has(3, "wgi_cc", .note))  // beyond ±3: note only
        #expect(issues.first { $0.row == 1 && $0.variable == "egdi" }?.description == "error: row 1, KAZ, 2020, egdi, value 1.2: outside [0, 1].")
    }

    @Test func missingIdentifierColumnsAreErrors() throws {
        let t = try CSVReader.read(string: "egdi\n0.5\n")
        #expect(PanelValidator.validate(t).filter { $0.severity == .error }.count == 2)
    }

    @Test func freedomHouseTotalMayBeNegative() throws {
        let t = try CSVReader.read(string: "iso3,year,fh_total\nSYR,2016,-1\nSYR,2017,-5\n", options: CSVReadOptions(textColumns: ["iso3"]))
        #expect(PanelValidator.validate(t).map(\.row) == [2])
    }
}
