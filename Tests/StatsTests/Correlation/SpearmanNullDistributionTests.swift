import Foundation
import Testing
@testable import Stats

/// scripts/reference/correlation_spearman_distribution.py: the exact counts of T = Σ i·π(i)
/// for n = 1…20 from an independent subset recursion (checked there against brute force,
/// n!, E S, Var S and OEIS A056876), and exact p-values as fractions.
struct SpearmanDistributionReference: Decodable {
    struct Distribution: Decodable { var tmin: Int; var counts: [String] }
    struct P: Decodable { var fraction: String; var value: String }
    struct Case: Decodable {
        var name: String
        var n: Int
        var x: [String]
        var y: [String]
        var S: Int
        var p: [String: P]
    }
    var distributions: [String: Distribution]
    var cases: [Case]
    static func load() throws -> SpearmanDistributionReference { try Fixtures.load("correlation_spearman_distribution") }
}

@Suite struct SpearmanNullDistributionTests {
    /// Every count of every n = 1…20 equals the reference, exactly.
    @Test(arguments: 1...20) func countsEqualReference(n: Int) throws {
        let ref = try SpearmanDistributionReference.load()
        let expected = try #require(ref.distributions[String(n)])
        let d = try #require(SpearmanNullDistribution.shared(n: n))
        #expect(d.tMinimum == expected.tmin)
        #expect(d.counts == expected.counts.compactMap { UInt64($0) })
        #expect(d.counts.count == expected.counts.count)
        var factorial: UInt64 = 1
        for i in 1...UInt64(n) { factorial *= i }
        #expect(d.total == factorial)
    }

    /// Exact p-values for n = 11…20 (three samples each, and the post-Soviet egdi/wgi_cc pair
    /// of 2022, n = 15) equal the reference fractions to the last bit or one ulp (counts above
    /// 2⁵³ are rounded once before the division); S is the integer Σ d².
    @Test func pValuesEqualReferenceFractions() throws {
        let ref = try SpearmanDistributionReference.load()
        #expect(ref.cases.count >= 31)
        #expect(Set(ref.cases.map(\.n)) == Set(11...20))
        #expect(ref.cases.contains { $0.name == "post_soviet_2022_egdi_wgi_cc" && $0.n == 15 })
        for c in ref.cases {
            let x = Fixtures.doubles(c.x), y = Fixtures.doubles(c.y)
            for (key, p) in c.p {
                let alternative = try #require(CorrelationAlternative(rawValue: key))
                let t = try Correlation.spearman(x: x, y: y, alternative: alternative, exact: .yes)
                let expected = Fixtures.double(p.value)
                #expect(t.pValueMethod == .exact, "\(c.name)")
                #expect(abs(t.pValue - expected) <= expected.ulp, "\(c.name) \(key): \(t.pValue) vs \(expected)")
                #expect(t.statistic == Double(c.S), "\(c.name)")
                #expect(t.statisticName == "S")
            }
        }
    }

    /// The distribution is symmetric about E T = n(n + 1)²/4 (reversing one ranking), so the
    /// two-sided p-value is the two tails, and it sums to n! (checked above).
    @Test func symmetric() throws {
        for n in [11, 14, 17] {
            let d = try #require(SpearmanNullDistribution.shared(n: n))
            #expect(d.counts == d.counts.reversed())
        }
        #expect(SpearmanNullDistribution.shared(n: 0) == nil)
        #expect(SpearmanNullDistribution.shared(n: 21) == nil)
    }

    /// Without ties, the new path and the old enumeration give the same bits for n ≤ 10.
    @Test func agreesWithEnumerationUpToTen() throws {
        var g = Xoshiro256StarStar(seed: 19)
        for n in [4, 7, 9, 10] {
            let x = (1...n).map(Double.init)
            let y = x.shuffled(using: &g)
            let e = SpearmanExactDistribution(xRanks: x, yRanks: y)
            let t = y.enumerated().reduce(0) { $0 + ($1.offset + 1) * Int($1.element) }
            let d = try #require(SpearmanNullDistribution.shared(n: n))
            for a in CorrelationAlternative.allCases {
                #expect(d.pValue(t: t, alternative: a) == e.pValue(a), "n = \(n) \(a) y = \(y)")
            }
        }
    }
}
