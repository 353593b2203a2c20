import Testing
@testable import Stats

@Suite struct VarianceTests {
    @Test func smallSamplesAreNaN() {
        #expect(Descriptive.variance([]).isNaN)
        #expect(Descriptive.variance([3]).isNaN)
        #expect(Descriptive.variance([2, 2]) == 0)
    }

    @Test func againstExactArithmetic() throws {
        // scripts/reference/moments.py: exact rational variance; sd = correctly rounded sqrt.
        for c in try MomentsFixture.load().cases {
            let x = Fixtures.doubles(c.x)
            #expect(relativeDifference(Descriptive.variance(x), Fixtures.double(c.variance)) <= 4e-16, "\(c.name)")
            #expect(relativeDifference(Descriptive.standardDeviation(x), Fixtures.double(c.sd)) <= 4e-16, "\(c.name)")
        }
    }

    @Test func largeOffsetDoesNotCancel() {
        // Naive one-pass Σx² − n x̄² gives garbage here; the exact variance of {0,1,2}+1e9 is 1.
        let x = [1e9, 1e9 + 1, 1e9 + 2]
        #expect(Descriptive.variance(x) == 1)
    }
}
