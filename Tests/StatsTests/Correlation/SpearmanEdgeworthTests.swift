import Foundation
import Testing
@testable import Stats

@Suite struct SpearmanEdgeworthTests {
    /// R's cor.test p-values for the Edgeworth series are checked in
    /// `SpearmanCorrelationTests.matchesRCorTest` (n = 15, 30, 45). Here: at n = 10, where the
    /// exact distribution can be enumerated, AS 89 is closer to it than the t approximation
    /// over a spread of S values, and never far from it (Best & Roberts report errors of a
    /// few 1e-3 for n ≥ 7).
    @Test func closerToExactThanTAtTen() throws {
        let x = (1...10).map(Double.init)
        // Permutations of 1…10 from strong positive to strong negative association.
        let ys: [[Double]] = [
            [1, 2, 3, 5, 4, 6, 8, 7, 9, 10], [2, 1, 4, 3, 6, 5, 10, 7, 8, 9], [3, 1, 2, 6, 4, 9, 5, 10, 7, 8],
            [5, 2, 7, 1, 3, 10, 4, 8, 6, 9], [4, 9, 1, 7, 2, 10, 3, 6, 5, 8], [8, 3, 10, 1, 6, 2, 9, 5, 7, 4],
            [9, 6, 10, 4, 7, 1, 8, 3, 2, 5], [10, 8, 9, 6, 7, 3, 5, 4, 1, 2],
        ]
        var worstEdgeworth = 0.0, worstT = 0.0
        for y in ys {
            for alternative in CorrelationAlternative.allCases {
                let exact = try Correlation.spearman(x: x, y: y, alternative: alternative, exact: .yes)
                let t = try Correlation.spearman(x: x, y: y, alternative: alternative, exact: .no)
                let e = SpearmanEdgeworth.pValue(n: 10, s: exact.statistic, alternative: alternative)
                worstEdgeworth = max(worstEdgeworth, abs(e - exact.pValue))
                worstT = max(worstT, abs(t.pValue - exact.pValue))
            }
        }
        #expect(worstEdgeworth < worstT)
        #expect(worstEdgeworth < 0.01)
    }

    @Test func tailsAndEdges() {
        // S ≤ 0 and S beyond its maximum n(n² − 1)/3 are certain or impossible.
        #expect(SpearmanEdgeworth.probability(n: 20, s: 0, lowerTail: false) == 1)
        #expect(SpearmanEdgeworth.probability(n: 20, s: 2661, lowerTail: false) == 0)
        #expect(SpearmanEdgeworth.probability(n: 20, s: 2661, lowerTail: true) == 1)
        // The two tails of one S split the distribution (S even: Pr[S < s] + Pr[S ≥ s] = 1).
        for s in stride(from: 100.0, through: 2500, by: 300) {
            let a = SpearmanEdgeworth.probability(n: 20, s: s, lowerTail: true)
            let b = SpearmanEdgeworth.probability(n: 20, s: s, lowerTail: false)
            #expect(abs(a + b - 1) < 1e-15)
            #expect(a >= 0 && a <= 1 && b >= 0 && b <= 1)
        }
        // Symmetry about E S = (n³ − n)/6 = 1330 for n = 20: the two-sided p of S and of
        // 2·1330 − S agree.
        let p1 = SpearmanEdgeworth.pValue(n: 20, s: 800, alternative: .twoSided)
        let p2 = SpearmanEdgeworth.pValue(n: 20, s: 1860, alternative: .twoSided)
        #expect(abs(p1 - p2) < 0.01)
    }
}
