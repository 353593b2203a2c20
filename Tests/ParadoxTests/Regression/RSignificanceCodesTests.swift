import Testing
@testable import Paradox

@Suite struct RSignificanceCodesTests {
    /// Reference: R 4.2.2, `symnum(c(0.001, 0.0010001, 0.01, 0.05, 0.1, 0.1000001, 0), corr = FALSE,
    /// na = FALSE, cutpoints = c(0, 0.001, 0.01, 0.05, 0.1, 1), symbols = c("***", "**", "*", ".", " "))`
    /// (what printCoefmat uses) gives "***" "**" "**" "*" "." " " "***".
    @Test func cutPointsAsR() {
        let p = [0.001, 0.0010001, 0.01, 0.05, 0.1, 0.1000001, 0]
        #expect(p.map(RSignificanceCodes.code) == ["***", "**", "**", "*", ".", "", "***"])
        #expect(RSignificanceCodes.code(.nan) == "")
    }

    /// Reference: R 4.2.2 `format.pval(c(4.98e-07, 8.71e-05, 0.0145), digits = 3)` gives
    /// "4.98e-07" "8.71e-05" "0.0145"; `format.pval(c(1e-20, 0.0145, 0.5), digits = 3,
    /// eps = 2.2e-16)` gives "<2e-16" "0.0145" "0.5000"; summary(lm) on the CLI test data
    /// prints 0.1246, 0.0682, 0.1213.
    @Test func pValueColumnAsFormatPval() {
        #expect(RegressionReport.pValueColumn([4.98e-07, 8.71e-05, 0.0145]) == ["4.98e-07", "8.71e-05", "0.0145"])
        #expect(RegressionReport.pValueColumn([1e-20, 0.0145, 0.5]) == ["<2e-16", "0.0145", "0.5000"])
        #expect(RegressionReport.pValueColumn([0.12461, 0.068193, 0.12134]) == ["0.1246", "0.0682", "0.1213"])
        #expect(RegressionReport.pValueColumn([.nan]) == ["NA"])
    }
}
