import Testing
@testable import Paradox

@Suite struct SignificanceStarsTests {
    /// Reference: R 4.2.2, `symnum(c(0.001, 0.0010001, 0.01, 0.05, 0.1, 0.1000001, 0), corr = FALSE,
    /// na = FALSE, cutpoints = c(0, 0.001, 0.01, 0.05, 0.1, 1), symbols = c("***", "**", "*", ".", " "))`
    /// (what printCoefmat uses) gives "***" "**" "**" "*" "." " " "***".
    @Test func cutPointsAsR() {
        let p = [0.001, 0.0010001, 0.01, 0.05, 0.1, 0.1000001, 0]
        #expect(p.map(SignificanceStars.code) == ["***", "**", "**", "*", ".", "", "***"])
        #expect(SignificanceStars.code(.nan) == "")
    }
}
