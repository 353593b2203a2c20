import Foundation
import Testing
@testable import Stats

@Suite struct KendallCorrelationTests {
    /// Against R `cor.test(method = "kendall")`: exact (n ≤ 45, no ties), asymptotic with
    /// tie-corrected variance (heavy ties), with and without continuity correction.
    @Test func matchesRCorTest() throws {
        let ref = try CorrelationReference.load()
        let cases = ref.cases(method: "kendall")
        #expect(cases.count == 66)
        for c in cases {
            let (x, y) = ref.sample(c.data)
            let t = try Correlation.kendall(x: x, y: y, alternative: c.ourAlternative, exact: c.ourExact,
                                            continuity: c.continuity)
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-13), "\(c)")
            #expect(close(t.statistic, Fixtures.double(c.statistic), rel: 1e-12, floor: 1e-12), "\(c)")
            // R's exact upper tail is 1 − P(T ≤ q − 1): absolute error up to a few 1e-16.
            #expect(abs(t.pValue - Fixtures.double(c.p_value)) <= 1e-10 * Fixtures.double(c.p_value) + 1e-14, "\(c)")
            #expect(t.statisticName == c.statistic_name, "\(c)")
            #expect(t.pValueMethod == (c.exact == "yes" ? .exact : .asymptotic), "\(c)")
        }
    }

    @Test func autoFollowsRsRule() throws {
        let x = (1...49).map(Double.init), y = x.reversed().map { $0 }
        #expect(try Correlation.kendall(x: x, y: y).pValueMethod == .exact)
        let x50 = (1...50).map(Double.init)
        #expect(try Correlation.kendall(x: x50, y: x50).pValueMethod == .asymptotic)
        #expect(try Correlation.kendall(x: x50, y: x50, exact: .yes).pValueMethod == .exact)
        #expect(try Correlation.kendall(x: [1, 1, 2, 3, 4], y: [1, 2, 3, 4, 5]).pValueMethod == .asymptotic)
        #expect(throws: CorrelationError.self) {
            try Correlation.kendall(x: [1, 1, 2, 3, 4], y: [1, 2, 3, 4, 5], exact: .yes)
        }
    }

    /// Fieller–Hartley–Pearson interval by hand: tanh(atanh τ ± z·√(0.437/(n − 4))).
    @Test func fiellerHartleyPearsonInterval() throws {
        let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let y: [Double] = [2, 1, 4, 3, 6, 5, 8, 7]
        let t = try Correlation.kendall(x: x, y: y, level: 0.9)
        // 28 pairs, 4 discordant: τ = 20/28.
        #expect(abs(t.estimate - 20.0 / 28.0) < 1e-15)
        let ci = try #require(t.confidenceInterval)
        let se = (0.437 / 4).squareRoot(), q = Normal.standard.quantile(0.95)
        #expect(abs(ci.lower - tanh(atanh(20.0 / 28.0) - q * se)) < 1e-15)
        #expect(abs(ci.upper - tanh(atanh(20.0 / 28.0) + q * se)) < 1e-15)
        #expect(ci.method == .fisherZFiellerHartleyPearson)
    }

    @Test func allTiedIsZeroVariance() {
        #expect(throws: CorrelationError.zeroVariance(variable: "x")) {
            try Correlation.kendall(x: [3, 3, 3, 3, 3], y: [1, 2, 3, 4, 5])
        }
    }
}
