import Testing
@testable import Stats

@Suite struct AutocorrelationTests {
    @Test func againstExactArithmetic() throws {
        // scripts/reference/moments.py: exact rational r1, correctly rounded.
        for c in try MomentsFixture.load().cases {
            let r = Descriptive.lag1Autocorrelation(Fixtures.doubles(c.x))
            #expect(relativeDifference(r, Fixtures.double(c.acf1)) <= 1e-15, "\(c.name)")
        }
    }

    @Test func degenerate() {
        #expect(Descriptive.lag1Autocorrelation([1]).isNaN)
        #expect(Descriptive.lag1Autocorrelation([2, 2, 2]).isNaN)
        // Alternating series 1, −1, 1, −1: r1 = −(n−1)/n.
        #expect(abs(Descriptive.lag1Autocorrelation([1, -1, 1, -1]) + 0.75) < 1e-15)
    }
}
