import Testing
@testable import Stats

@Suite struct PearsonCorrelationTests {
    /// Against R `cor.test(method = "pearson")` (calls recorded in the fixture).
    @Test func matchesRCorTest() throws {
        let ref = try CorrelationReference.load()
        let cases = ref.cases(method: "pearson")
        #expect(cases.count >= 24)
        for c in cases {
            let (x, y) = ref.sample(c.data)
            let t = try Correlation.pearson(x: x, y: y, alternative: c.ourAlternative, level: c.level)
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-13), "\(c)")
            #expect(close(t.statistic, Fixtures.double(c.statistic), rel: 1e-12), "\(c)")
            #expect(close(t.pValue, Fixtures.double(c.p_value), rel: 1e-10), "\(c)")
            let ci = try #require(t.confidenceInterval)
            #expect(close(ci.lower, Fixtures.double(c.conf_low), rel: 1e-12, floor: 1e-12), "\(c)")
            #expect(close(ci.upper, Fixtures.double(c.conf_high), rel: 1e-12, floor: 1e-12), "\(c)")
            #expect(ci.level == c.level && ci.method == .fisherZ)
            #expect(t.pValueMethod == .asymptotic && t.statisticName == "t" && t.degreesOfFreedom == Double(x.count - 2))
        }
    }

    @Test func largeOffsetDoesNotLoseDigits() throws {
        // r is invariant to shifting; the centred two-pass computation keeps it exact here.
        let x: [Double] = [1, 2, 3, 4, 5, 6]
        let y: [Double] = [2, 1, 4, 3, 6, 5]
        let base = try Correlation.pearson(x: x, y: y).estimate
        let shifted = try Correlation.pearson(x: x.map { $0 + 1e9 }, y: y.map { $0 + 1e9 }).estimate
        #expect(abs(base - shifted) < 1e-14)
        // Σ dxdy = 14.5, Sxx = Syy = 17.5: r = 29/35.
        #expect(abs(base - 29.0 / 35.0) < 1e-15)
    }

    @Test func perfectCorrelationGivesInfiniteTAndZeroP() throws {
        let t = try Correlation.pearson(x: [1, 2, 3, 4, 5], y: [2, 4, 6, 8, 10])
        #expect(t.estimate == 1)
        #expect(t.statistic == .infinity)
        #expect(t.pValue == 0)
    }

    @Test func zeroVarianceIsATypedError() {
        #expect(throws: CorrelationError.zeroVariance(variable: "x")) {
            try Correlation.pearson(x: [2, 2, 2, 2], y: [1, 2, 3, 4])
        }
        #expect(throws: CorrelationError.zeroVariance(variable: "y")) {
            try Correlation.pearson(x: [1, 2, 3, 4], y: [5, 5, 5, 5])
        }
    }

    @Test func inputErrors() {
        #expect(throws: CorrelationError.tooFewObservations(needed: 3, got: 2)) {
            try Correlation.pearson(x: [1, 2], y: [1, 2])
        }
        #expect(throws: CorrelationError.lengthMismatch(x: 3, y: 4)) {
            try Correlation.pearson(x: [1, 2, 3], y: [1, 2, 3, 4])
        }
        #expect(throws: CorrelationError.nonFiniteValue(variable: "y", index: 1)) {
            try Correlation.pearson(x: [1, 2, 3], y: [1, .nan, 3])
        }
        #expect(throws: CorrelationError.invalidLevel(1)) {
            try Correlation.pearson(x: [1, 2, 3], y: [1, 3, 2], level: 1)
        }
    }

    @Test func noIntervalBelowFourPairs() throws {
        let t = try Correlation.pearson(x: [1, 2, 3], y: [1, 3, 2])
        #expect(t.confidenceInterval == nil)
        #expect(abs(t.estimate - 0.5) < 1e-15)
    }
}
