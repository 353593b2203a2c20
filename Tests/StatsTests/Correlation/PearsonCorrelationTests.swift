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

    /// Issue 9: r does not depend on scale; data near 1e±300 used to be reported as "x does not
    /// vary" (the squares overflowed to inf or underflowed to 0). Power-of-two scales give the
    /// bit-identical r; decimal scales agree to rounding.
    @Test func extremeMagnitudesGiveTheSameR() throws {
        let x: [Double] = (0..<20).map { (i: Int) -> Double in let w: Double = Double((i * 7) % 5); return Double(i) + w / 10 }
        let y: [Double] = x.indices.map { (i: Int) -> Double in let w: Double = Double((i * 3) % 4); return 0.5 * x[i] + w - 1.5 }
        let base = try Correlation.pearson(x: x, y: y)
        for k in [1000, -1000, 1018, -1015] {
            let t = try Correlation.pearson(x: x.map { Descriptive.scaled($0, by: k) }, y: y)
            #expect(t.estimate == base.estimate && t.pValue == base.pValue, "2^\(k)")
        }
        // Subnormal data (2^-1060) keep only 14 bits, so only close.
        let sub = try Correlation.pearson(x: x.map { Descriptive.scaled($0, by: -1060) }, y: y)
        #expect(abs(sub.estimate - base.estimate) < 1e-6)  // 14 significant bits left in the data
        for (sx, sy) in [(1e300, 1.0), (1e-300, 1.0), (1e300, 1e-300), (1e-300, 1e-300)] {
            let t = try Correlation.pearson(x: x.map { $0 * sx }, y: y.map { $0 * sy })
            #expect(abs(t.estimate - base.estimate) < 1e-15, "\(sx) \(sy): \(t.estimate)")
        }
        // A constant variable is still a typed zero-variance error at any magnitude.
        #expect(throws: CorrelationError.zeroVariance(variable: "x")) { try Correlation.pearson(x: [1e-300, 1e-300, 1e-300], y: [1, 2, 3]) }
        #expect(throws: CorrelationError.zeroVariance(variable: "y")) { try Correlation.pearson(x: [1, 2, 3], y: [1e300, 1e300, 1e300]) }
    }
}
