import Foundation
import Testing
@testable import Stats

@Suite struct SpearmanCorrelationTests {
    /// Against R `cor.test(method = "spearman")`: exact = FALSE (t approximation) on every
    /// sample, exact = TRUE (AS 89, an enumeration for n ≤ 9 without ties) on n8 and n9, and
    /// R's default exact = NULL (AS 89: enumeration n ≤ 9, Edgeworth series for n = 15, 30,
    /// 45 without ties; t with ties) against our `.auto`. Where our `.auto` is exact and R's
    /// is the Edgeworth series (10 ≤ n ≤ `spearmanExactAutoLimit` without ties: n15), R's
    /// p-value is checked against `SpearmanEdgeworth` directly and ours against `exact: .yes`.
    @Test func matchesRCorTest() throws {
        let ref = try CorrelationReference.load()
        let cases = ref.cases(method: "spearman")
        #expect(cases.count >= 30)
        #expect(cases.filter { $0.exact == "auto" }.count >= 18)
        for c in cases {
            let (x, y) = ref.sample(c.data)
            let t = try Correlation.spearman(x: x, y: y, alternative: c.ourAlternative, level: c.level, exact: c.ourExact)
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-13, floor: 1e-15), "\(c)")
            let ties = Set(x).count < x.count || Set(y).count < y.count
            let n = x.count
            let expected: PValueMethod = switch c.exact {
            case "yes": .exact
            case "no": .asymptotic
            default: ties ? (n <= Correlation.spearmanExactLimit ? .exact : .asymptotic)
                : (n <= Correlation.spearmanExactAutoLimit ? .exact : .edgeworth)
            }
            #expect(t.pValueMethod == expected, "\(c)")
            if c.exact == "auto", !ties, n >= 10, n <= Correlation.spearmanExactAutoLimit {
                let e = SpearmanEdgeworth.pValue(n: n, s: t.statistic, alternative: c.ourAlternative)
                #expect(close(e, Fixtures.double(c.p_value), rel: 1e-10), "\(c)")
                let exact = try Correlation.spearman(x: x, y: y, alternative: c.ourAlternative, exact: .yes)
                #expect(t.pValue == exact.pValue, "\(c)")
                // The Edgeworth series is close to the exact value here (AS 89: a few 1e-3).
                #expect(abs(t.pValue - e) < 5e-3, "\(c)")
            } else {
                #expect(close(t.pValue, Fixtures.double(c.p_value), rel: 1e-10), "\(c)")
            }
            // R reports S = (n³ − n)(1 − ρ)/6 whatever the p-value method.
            #expect(close(t.statistic, Fixtures.double(c.statistic), rel: 1e-12, floor: 1e-9), "\(c)")
            if !ties { #expect(t.statistic == t.statistic.rounded(), "S is an integer without ties: \(c)") }
        }
    }

    /// Our exact p equals the exact rational of a brute-force Python enumeration (n = 5…10,
    /// with and without ties), to the last bit of the double.
    @Test func exactEqualsEnumeration() throws {
        let ref = try SpearmanEnumerationReference.load()
        #expect(ref.cases.count >= 6)
        for c in ref.cases {
            let x = Fixtures.doubles(c.x), y = Fixtures.doubles(c.y)
            for (key, p) in c.p {
                let alt = try #require(CorrelationAlternative(rawValue: key))
                let t = try Correlation.spearman(x: x, y: y, alternative: alt, exact: .yes)
                let parts = p.fraction.split(separator: "/").compactMap { Double(String($0)) }
                #expect(t.pValue == Fixtures.double(p.value), "\(c.name) \(key)")
                #expect(t.pValue == parts[0] / parts[1], "\(c.name) \(key)")
                #expect(t.pValueMethod == .exact)
                #expect(close(t.estimate, Fixtures.double(c.rho), rel: 1e-14), "\(c.name)")
            }
        }
    }

    /// scipy.stats.spearmanr (t approximation) agrees too.
    @Test func matchesScipy() throws {
        let ref = try ScipyCorrelationReference.load(), r = try CorrelationReference.load()
        for c in ref.cases where c.method == "spearman" {
            let (x, y) = r.sample(c.data)
            let t = try Correlation.spearman(x: x, y: y, alternative: c.ourAlternative, exact: .no)
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-13, floor: 1e-15), "\(c)")
            #expect(close(t.pValue, Fixtures.double(c.p_value), rel: 1e-9), "\(c)")
        }
    }

    @Test func bonettWrightInterval() throws {
        // ρ = 0.8 exactly for this sample (Σd² = 4, n = 5): SE = √((1 + 0.32)/2).
        let t = try Correlation.spearman(x: [1, 2, 3, 4, 5], y: [2, 1, 3, 5, 4], exact: .yes)
        #expect(abs(t.estimate - 0.8) < 1e-15)
        let ci = try #require(t.confidenceInterval)
        let se = (1.32 / 2.0).squareRoot(), z = Normal.standard.quantile(0.975)
        #expect(abs(ci.lower - tanh(atanh(0.8) - z * se)) < 1e-15)
        #expect(abs(ci.upper - tanh(atanh(0.8) + z * se)) < 1e-15)
        #expect(ci.method == .fisherZBonettWright)
    }

    @Test func policies() throws {
        let x = (1...12).map(Double.init), y: [Double] = [2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11]
        #expect(try Correlation.spearman(x: x, y: y).pValueMethod == .exact)
        #expect(try Correlation.spearman(x: x, y: y, exact: .no).pValueMethod == .asymptotic)
        #expect(try Correlation.spearman(x: x, y: y, exact: .yes).pValueMethod == .exact)
        let n = Correlation.spearmanExactAutoLimit + 1
        let big = (1...n).map(Double.init), bigY = big.map { Double((Int($0) * 7) % n) }
        #expect(try Correlation.spearman(x: big, y: bigY).pValueMethod == .edgeworth)
        #expect(try Correlation.spearman(x: big, y: bigY, exact: .yes).pValueMethod == .exact)
        let tooMany = (1...21).map(Double.init)
        #expect(throws: CorrelationError.self) { try Correlation.spearman(x: tooMany, y: tooMany.reversed(), exact: .yes) }
        // With ties: exact by enumeration up to n = 10, an error beyond.
        var tied = x; tied[1] = 1
        #expect(try Correlation.spearman(x: tied, y: y).pValueMethod == .asymptotic)
        #expect(throws: CorrelationError.self) { try Correlation.spearman(x: tied, y: y, exact: .yes) }
        #expect(try Correlation.spearman(x: Array(tied.prefix(10)), y: Array(y.prefix(10)), exact: .yes).pValueMethod == .exact)
        let small = try Correlation.spearman(x: Array(x.prefix(6)), y: Array(y.prefix(6)))
        #expect(small.pValueMethod == .exact)
        #expect(throws: CorrelationError.zeroVariance(variable: "y")) {
            try Correlation.spearman(x: [1, 2, 3, 4], y: [7, 7, 7, 7])
        }
    }

    /// S = Σ d² = 38 is 38, not 37.99999999999999 (what (n³ − n)(1 − ρ)/6 gives in doubles).
    @Test func statisticIsExactInteger() throws {
        let x = (1...6).map(Double.init)
        let y: [Double] = [6, 2, 3, 1, 5, 4]
        let t = try Correlation.spearman(x: x, y: y, exact: .yes)
        let s = zip(x, y).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        #expect(s == 38)
        #expect(t.statistic == 38)
    }
}
