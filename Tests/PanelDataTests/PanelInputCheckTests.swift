import Testing
@testable import PanelData

@Suite struct PanelInputCheckTests {
    static func table(_ text: String) throws -> Table {
        try CSVReader.read(bytes: Array(text.utf8), options: CSVReadOptions(textColumnsIfPresent: ["iso3"]))
    }

    @Test func codesAreNormalisedThroughTheRegistryWithOneWarningEach() throws {
        let t = try Self.table("iso3,year,x\nROM,2020,1\nROM,2021,2\nKAZ ,2020,3\nkaz,2021,4\nEST,2020,5\n")
        let (out, warnings) = PanelInputCheck.normalizeCodes(t)
        #expect(try out.column(named: "iso3").textValues == ["ROU", "ROU", "KAZ", "KAZ", "EST"])
        #expect(warnings.count == 3)
        #expect(warnings[0].hasPrefix("iso3 'ROM' read as ROU (Romania) on 2 rows"))
        #expect(warnings[1].hasPrefix("iso3 'KAZ ' (spaces around the code) read as KAZ"))
        #expect(warnings[2].hasPrefix("iso3 'kaz' read as KAZ"))
        // Unknown codes are left alone (the loader warns about them).
        let (same, none) = PanelInputCheck.normalizeCodes(try Self.table("iso3,year\nXKZ,2020\n"))
        #expect(try same.column(named: "iso3").textValues == ["XKZ"] && none.isEmpty)
    }

    @Test func yearsAndRanksBreakingTheValidatorsRulesAreNamedByCountryYear() throws {
        let t = try Self.table("iso3,year,egdi_rank\nKAZ,1e20,5\nEST,2020,1e9\nFIN,2020,12.5\nRUS,2020,0\nUZB,2020,250\n")
        let issues = PanelInputCheck.rangeIssues(t)
        #expect(issues.map(\.row) == [1, 2, 3, 4])
        #expect(issues.map(\.variable) == ["year", "egdi_rank", "egdi_rank", "egdi_rank"])
        #expect(issues[0].year == nil && issues[0].value == "1e+20" && issues[0].message == "outside [1900, 2100]")
        #expect(issues[1].iso3 == "EST" && issues[1].year == 2020 && issues[1].value == "1000000000")
        #expect(issues[2].message == "not a whole number (it would be truncated)")
        #expect(throws: PanelInputError.self) { try PanelInputCheck.check(t) }
        var message = ""
        do { _ = try PanelInputCheck.check(t) } catch { message = error.description }
        #expect(message.hasPrefix("4 values outside the panel's rules: year = 1e+20 at KAZ, data row 1: outside [1900, 2100]"))
        #expect(message.contains("egdi_rank = 1000000000 at EST 2020, data row 2"))
    }

    @Test func duplicatedCountryYearsAreListedWithOneBasedRows() throws {
        let t = try Self.table("iso3,year,x\nKAZ,2020,1\nKAZ,2021,2\nKAZ,2020,3\nROM,2020,4\nROU,2020,5\n")
        #expect(PanelInputCheck.duplicates(t) == [PanelInputCheck.Duplicate(iso3: "KAZ", year: "2020", rows: [1, 3])])
        // ROM and ROU are one country once the codes are normalised.
        do { _ = try PanelInputCheck.check(t); Issue.record("expected an error") } catch {
            #expect(error == .duplicated([PanelInputCheck.Duplicate(iso3: "KAZ", year: "2020", rows: [1, 3]),
                                          PanelInputCheck.Duplicate(iso3: "ROU", year: "2020", rows: [4, 5])], total: 2))
            #expect(error.description.hasPrefix("2 country-years appear more than once: KAZ 2020 (data rows 1, 3); ROU 2020 (data rows 4, 5)"))
        }
    }

    @Test func aCleanPanelPassesUnchanged() throws {
        let t = try Self.table("iso3,year,egdi_rank\nKAZ,2020,29\nEST,2020,3\n")
        let (out, warnings) = try PanelInputCheck.check(t)
        #expect(out == t && warnings.isEmpty)
    }

    @Test func theValidatorNoLongerTrapsOnAYearOf1e20() throws {
        let issues = PanelValidator.validate(try Self.table("iso3,year\nKAZ,1e20\n"))
        #expect(issues.contains { $0.row == 1 && $0.variable == "year" && $0.year == nil })
    }
}
