import Testing
@testable import PanelData

@Suite struct NameSuggestionsTests {
    @Test func distances() {
        #expect(editDistance("", "abc") == 3)
        #expect(editDistance("kitten", "sitting") == 3)   // classic Levenshtein example
        #expect(editDistance("egdi", "egid") == 1)        // adjacent transposition
        #expect(editDistance("EGDI", "egdi") == 0)        // case-insensitive
        #expect(editDistance("Türkiye", "Turkiye") == 1)  // Unicode scalars, not bytes
    }

    @Test func suggestions() {
        let vars = ["egdi", "egdi_rank", "wgi_cc", "wgi_va", "cpi"]
        #expect(nearestNames(to: "egid", in: vars) == ["egdi"])
        #expect(nearestNames(to: "wgi_c", in: vars).first == "wgi_cc")
        #expect(nearestNames(to: "zzzzzzzz", in: vars).isEmpty)
        #expect(nearestNames(to: "rank", in: vars) == ["egdi_rank"])
    }
}
