import Testing
@testable import Modeling

/// fixest's IV syntax: `y ~ w | endo ~ z` and `y ~ w | fe | endo ~ z`.
@Suite struct FormulaParserInstrumentalTests {
    @Test func parsesBothFormsAndRoundTrips() throws {
        let a = try Formula.parse("wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci")
        #expect(a.fixedEffects.isEmpty)
        #expect(a.terms.map(\.description) == ["log(gdppc_ppp)"])
        #expect(a.instrumental?.endogenous.map(\.description) == ["egdi"])
        #expect(a.instrumental?.instruments.map(\.description) == ["tii", "hci"])
        #expect(try Formula.parse(a.description) == a)
        let b = try Formula.parse("y ~ w | iso3 + year | e1 + e2 ~ z1 + log(z2)")
        #expect(b.fixedEffects == ["iso3", "year"])
        #expect(b.instrumental?.endogenous.count == 2)
        #expect(b.description == "y ~ w | iso3 + year | e1 + e2 ~ z1 + log(z2)")
        #expect(try Formula.parse(b.description) == b)
        #expect(b.columns == ["y", "w", "iso3", "year", "e1", "e2", "z1", "z2"])
        #expect(try Formula.parse("y ~ w").instrumental == nil)
    }

    @Test func refusals() {
        func message(_ text: String) -> String? {
            do { _ = try Formula.parse(text); return nil } catch { return error.description }
        }
        #expect(message("y ~ w | e ~ w")?.contains("the instrument 'w' is already an exogenous regressor") == true)
        #expect(message("y ~ w + e | e ~ z")?.contains("'e' is both an exogenous regressor and an endogenous one") == true)
        #expect(message("y ~ w | y ~ z")?.contains("the response 'y' also appears in the instrumental-variables part") == true)
        #expect(message("y ~ w | e ~ e")?.contains("'e' is both endogenous and an instrument") == true)
        #expect(message("y ~ w | e ~ ")?.contains("the instruments (right of the second '~') are missing") == true)
        #expect(message("y ~ w | fe | e ~ z | k")?.contains("too many '|'") == true)
        #expect(message("y ~ w | a | b")?.contains("a second '|' must start an instrumental-variables part") == true)
    }
}
