import Testing
import Paradox

@Suite struct VariableSourceTests {
    @Test func sourcesFromNames() {
        #expect(VariableSource(variable: "egdi") == .unEGov)
        #expect(VariableSource(variable: "wgi_cc_pct_lo") == .wgi)
        #expect(VariableSource(variable: "cpi") == .cpi)
        #expect(VariableSource(variable: "cpi_legacy") == .cpiLegacy)
        #expect(VariableSource(variable: "gdppc_ppp") == .wdi)
        #expect(VariableSource(variable: "fh_total") == .freedomHouse)
        #expect(VariableSource(variable: "vdem_partipdem") == .vdem)
    }

    @Test func gapExplanations() {
        #expect(VariableSource.wgi.gapExplanation(year: 2001)?.contains("1997, 1999 and 2001") == true)
        #expect(VariableSource.wgi.gapExplanation(year: 2024)?.contains("ends with 2023") == true)
        #expect(VariableSource.wgi.gapExplanation(year: 2010) == nil)
        #expect(VariableSource.cpi.gapExplanation(year: 2011)?.contains("cpi_legacy") == true)
        #expect(VariableSource.cpi.gapExplanation(year: 2012) == nil)
    }
}
