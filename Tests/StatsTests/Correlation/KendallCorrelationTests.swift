import Testing
@testable import Stats

@Suite struct KendallCorrelationTests {
    /// Against R `cor.test(method = "kendall")`: exact = FALSE with and without continuity
    /// correction on every sample (heavy ties included), exact = TRUE on the tie-free ones.
    @Test func matchesRCorTest() throws {
        let ref = try CorrelationReference.load()
        let cases = ref.cases(method: "kendall")
        #expect(cases.count >= 50)
        for c in cases {
            let (x, y) = ref.sample(c.data)
            let t = try Correlation.kendall(x: x, y: y, alternative: c.ourAlternative, level: c.level,
                                            exact: c.ourExact, continuity: c.continuity)
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-13, floor: 1e-15), "\(c)")
            #expect(close(t.statistic, Fixtures.double(c.statistic), rel: 1e-12, floor: 1e-12), "\(c)")
            #expect(close(t.pValue, Fixtures.double(c.p_value), rel: 1e-10), "\(c)")
            #expect(t.statisticName == c.statistic_name, "\(c)")
            #expect(t.pValueMethod == (c.exact == "yes" ? .exact : .asymptotic), "\(c)")
        }
    }

    /// The Mahonian p-value equals R's exact `ckendall` for n = 3…49 (no ties).
    @Test func mahonianMatchesRExact() throws {
        let ref = try KendallExactReference.load()
        #expect(ref.cases.count >= 200)
        for c in ref.cases {
            let x = (1...c.n).map(Double.init)
            let t = try Correlation.kendall(x: x, y: c.y, alternative: CorrelationAlternative(r: c.alternative), exact: .yes)
            #expect(t.statistic == Fixtures.double(c.statistic), "\(c)")
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-14, floor: 1e-15), "\(c)")
            #expect(close(t.pValue, Fixtures.double(c.p_value), rel: 1e-11), "\(c)")
        }
    }

    @Test func scipyExactAndAsymptotic() throws {
        let ref = try ScipyCorrelationReference.load(), r = try CorrelationReference.load()
        let cases = ref.cases.filter { $0.method.hasPrefix("kendall") }
        #expect(cases.count >= 30)
        for c in cases {
            let (x, y) = r.sample(c.data)
            let exact: ExactPolicy = c.method == "kendall-exact" ? .yes : .no
            let t = try Correlation.kendall(x: x, y: y, alternative: c.ourAlternative, exact: exact)
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-13, floor: 1e-15), "\(c)")
            #expect(close(t.pValue, Fixtures.double(c.p_value), rel: 1e-9), "\(c)")
        }
    }

    /// Mahonian numbers I(4, k) = 1, 3, 5, 6, 5, 3, 1 (OEIS A008302); the pmf sums to 1 and
    /// is symmetric for a large n; the far tail P(T = max) = 1/n! keeps relative accuracy.
    @Test func distributionFacts() {
        let d4 = KendallExactDistribution(n: 4)
        #expect(d4.pmf.map { ($0 * 24).rounded() } == [1, 3, 5, 6, 5, 3, 1])
        let d = KendallExactDistribution(n: 120)
        #expect(abs(d.pmf.reduce(0, +) - 1) < 1e-12)
        #expect(d.pmf[0] == d.pmf[d.pmf.count - 1])
        var f = 1.0; for m in 1...20 { f *= Double(m) }
        let d20 = KendallExactDistribution(n: 20)
        #expect(close(d20.upperTail(190), 1 / f, rel: 1e-13))
    }

    @Test func exactPolicyWithTies() throws {
        let x: [Double] = [1, 1, 2, 3, 4, 5], y: [Double] = [1, 2, 3, 4, 6, 5]
        #expect(throws: CorrelationError.self) { try Correlation.kendall(x: x, y: y, exact: .yes) }
        let t = try Correlation.kendall(x: x, y: y)
        #expect(t.pValueMethod == .asymptotic && t.hasTies)
        #expect(throws: CorrelationError.zeroVariance(variable: "x")) {
            try Correlation.kendall(x: [3, 3, 3, 3], y: [1, 2, 3, 4])
        }
    }

    @Test func fiellerHartleyPearsonInterval() throws {
        let t = try Correlation.kendall(x: [1, 2, 3, 4, 5, 6], y: [1, 3, 2, 4, 6, 5])
        let ci = try #require(t.confidenceInterval)
        let se = (0.437 / 2).squareRoot(), z = Normal.standard.quantile(0.975)
        #expect(abs(ci.lower - tanh(atanh(t.estimate) - z * se)) < 1e-15)
        #expect(ci.method == .fisherZFiellerHartleyPearson)
    }
}
