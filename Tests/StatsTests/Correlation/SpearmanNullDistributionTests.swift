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
    /// Every count of every n in the reference (1…20: the generator run without arguments)
    /// equals it exactly.
    @Test(arguments: 1...20) func countsEqualReference(n: Int) throws {
        let ref = try SpearmanDistributionReference.load()
        #expect(ref.distributions.count == 20)
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
        let largest = ref.distributions.keys.compactMap { Int($0) }.max() ?? 0
        #expect(largest >= 19)
        #expect(ref.cases.count >= 1 + 3 * (largest - 10))
        #expect(Set(ref.cases.map(\.n)) == Set(11...largest))
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

    /// The published central coefficients (the number of permutations with S = E S, i.e.
    /// ρ = 0; OEIS A056876, from van de Wiel & Di Bucchianico's tables), n = 11…20, and the
    /// mean and variance of S: E S = (n³ − n)/6, Var S = n²(n − 1)(n + 1)²/36.
    @Test func publishedCentralCoefficientsAndMoments() throws {
        let a056876: [Int: UInt64] = [11: 420_480, 12: 4_298_664, 13: 44_405_142, 14: 0, 15: 6_732_621_476,
                                      16: 92_014_579_912, 17: 1_345_077_232_898, 18: 0, 19: 349_174_373_111_790,
                                      20: 6_179_276_762_966_832]
        for n in 11...20 {
            let d = try #require(SpearmanNullDistribution.shared(n: n))
            let centre4 = n * (n + 1) * (n + 1)
            let central = centre4 % 4 == 0 ? d.counts[centre4 / 4 - d.tMinimum] : 0
            #expect(central == a056876[n], "n = \(n)")
            // Moments Σ p·S and Σ p·S² over the probabilities (doubles: relative error ~1e-15).
            let squares = n * (n + 1) * (2 * n + 1) / 6
            var m1: Double = 0, m2: Double = 0
            let total = Double(d.total)
            for (k, c) in d.counts.enumerated() {
                let s = Double(2 * (squares - (d.tMinimum + k)))
                m1 += Double(c) / total * s
                m2 += Double(c) / total * s * s
            }
            let dn = Double(n)
            #expect(abs(m1 - (dn * dn * dn - dn) / 6) <= 1e-12 * m1, "n = \(n)")
            let variance = dn * dn * (dn - 1) * (dn + 1) * (dn + 1) / 36
            #expect(abs((m2 - m1 * m1) - variance) <= 1e-9 * variance, "n = \(n)")
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
