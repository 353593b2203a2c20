import Testing
import Paradox

@Suite struct YearAlignmentTests {
    @Test func pairedYears() {
        #expect(YearAlignment.dataYear.pairedYear(forEdition: 2024) == 2023)
        #expect(YearAlignment.sameYear.pairedYear(forEdition: 2024) == 2024)
        #expect(YearAlignment.dataYear.pairedYear(forEdition: 2003) == 2002)
    }

    @Test func captionStatesThePairing() {
        #expect(YearAlignment.dataYear.caption(edition: 2024, sources: ["WGI"])
                == "EGDI edition 2024 paired with WGI 2023 (edition Y with data year Y\u{2212}1).")
        #expect(YearAlignment.sameYear.caption(edition: 2012, sources: ["WGI", "WDI"])
                == "EGDI edition 2012 paired with WGI 2012, WDI 2012 (edition Y with data of the same year Y).")
    }

    @Test func rawValuesAreTheCLISpelling() {
        #expect(YearAlignment(rawValue: "data-year") == .dataYear)
        #expect(YearAlignment(rawValue: "same-year") == .sameYear)
    }
}
