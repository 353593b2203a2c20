import Testing
@testable import Stats

private struct KendallExactFixture: Decodable {
    struct Case: Decodable { var n: Int; var q: Int; var lower_tail: String }
    var mahonian_4: [Int]
    var cases: [Case]
}

@Suite struct KendallExactDistributionTests {
    /// Tails for n = 60 … 300 against exact integer Mahonian numbers
    /// (scripts/reference/correlation_kendall_exact.py), down to 1e-70 and beyond.
    @Test func tailsMatchExactIntegerCounts() throws {
        let fixture: KendallExactFixture = try Fixtures.load("correlation_kendall_exact")
        let d4 = KendallExactDistribution(n: 4)
        #expect(d4.probabilities.map { ($0 * 24).rounded() } == fixture.mahonian_4.map(Double.init))
        var worst = 0.0
        for c in fixture.cases {
            let d = KendallExactDistribution(n: c.n)
            let expected = Fixtures.double(c.lower_tail)
            let err = relativeDifference(d.lowerTail(c.q), expected)
            worst = max(worst, err)
            #expect(err < 1e-11, "n = \(c.n), q = \(c.q): \(d.lowerTail(c.q)) vs \(expected)")
        }
        #expect(fixture.cases.count == 13)
        #expect(worst < 1e-11)
    }

    @Test func symmetricAndNormalised() {
        let d = KendallExactDistribution(n: 37)
        #expect(abs(d.probabilities.reduce(0, +) - 1) < 1e-13)
        #expect(d.maximum == 37 * 36 / 2)
        #expect(d.probabilities[10] == d.probabilities[d.maximum - 10])
        #expect(abs(d.lowerTail(100) - d.upperTail(d.maximum - 100)) == 0)
    }
}
