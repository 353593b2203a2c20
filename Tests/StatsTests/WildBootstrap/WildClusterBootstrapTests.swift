import Foundation
import Testing
@testable import Stats

/// Against `scripts/reference/wild_bootstrap.py`: an independent numpy
/// implementation that enumerates all 2^G Rademacher sign vectors and refits
/// every bootstrap sample (R fwildclusterboot is not installable here: not in
/// Debian, so the enumeration is the reference).
@Suite struct WildClusterBootstrapTests {
    let reference: WildBootstrapReference

    init() throws { reference = try WildBootstrapReference.load() }

    private func check(_ spec: WildBootstrapReference.Spec, case name: String, rule: AbsorbedParameterRule = .nested) throws {
        let c = try #require(reference.named(name))
        let (model, cluster) = try #require(reference.model(spec))
        for test in c.tests {
            let beta0 = Fixtures.double(test.nullValue)
            for (kindName, p) in test.pValues {
                let kind = try #require(WildBootstrapPValueKind(fixture: kindName))
                // B = 2^G exactly triggers enumeration (2^G ≤ B).
                let boot = WildClusterBootstrap(
                    replications: c.replications, pValueKind: kind, level: nil, absorbedParameters: rule)
                let r = try boot.test(model, coefficient: c.term, nullValue: beta0, cluster: cluster, seed: 1)
                #expect(r.enumerated && r.replications == c.replications && r.clusters == c.clusters)
                #expect(r.pValue == Fixtures.double(p), "\(name) β0=\(beta0) \(kindName)")
                #expect(agrees(r.estimate, Fixtures.double(c.estimate), 1e-11))
                #expect(agrees(r.standardError, Fixtures.double(c.standardError), 1e-10))
                #expect(agrees(r.statistic, Fixtures.double(test.statistic), 1e-10))
                #expect(agrees(r.smallSampleFactor, Fixtures.double(c.smallSampleFactor), 1e-14))
                #expect(r.seed == nil)
            }
            // The same set of 2^G bootstrap statistics.
            var rng = Xoshiro256StarStar(seed: 1)
            let boot = WildClusterBootstrap(replications: c.replications, absorbedParameters: rule)
            let fitted = try model.estimate()
            let prepared = try boot.prepare(fitted, coefficient: c.term, nullValue: beta0, cluster: cluster, rng: &rng)
            let mine = prepared.statistics(nullValue: beta0).sorted()
            let theirs = Fixtures.doubles(test.bootstrapStatistics)
            #expect(mine.count == theirs.count)
            #expect(zip(mine, theirs).allSatisfy { agrees($0, $1, 1e-9, floor: 1e-6) })
        }
        for interval in c.intervals {
            let kind = try #require(WildBootstrapPValueKind(fixture: interval.kind))
            let level = Fixtures.double(interval.level)
            let boot = WildClusterBootstrap(replications: c.replications, pValueKind: kind, level: level, absorbedParameters: rule)
            let r = try boot.test(model, coefficient: c.term, cluster: cluster, seed: 1)
            let low = try #require(r.confidenceLow), high = try #require(r.confidenceHigh)
            let refLow = Fixtures.double(interval.low), refHigh = Fixtures.double(interval.high)
            #expect(low == refLow || agrees(low, refLow, 1e-8, floor: 1), "\(name) \(interval.kind) \(level) low \(low) vs \(refLow)")
            #expect(high == refHigh || agrees(high, refHigh, 1e-8, floor: 1), "\(name) \(interval.kind) \(level) high \(high) vs \(refHigh)")
        }
    }

    @Test func olsFullEnumerationMatchesNaiveRefits() throws { try check(.ols, case: "ols") }

    @Test func weightedLeastSquaresMatchesTransformedModel() throws { try check(.wls, case: "wls") }

    @Test func entityEffectsNestedInClusters() throws {
        // K counted as in the dummy-variable regression (.full) so that t matches too.
        try check(.feEntity, case: "fe_entity", rule: .full)
        try check(.dummyEntity, case: "fe_entity")
    }

    @Test func entityAndYearEffectsNotNested() throws {
        try check(.feEntityYear, case: "fe_entity_year", rule: .full)
        try check(.dummyEntityYear, case: "fe_entity_year")
    }

    /// (c) The within-model bootstrap equals the dummy-variable bootstrap with
    /// random Webb weights too (same seed, same clusters, same draws).
    @Test func fixedEffectsEqualDummyVariablesWithWebbWeights() throws {
        for (fe, dummy) in [(WildBootstrapReference.Spec.feEntity, WildBootstrapReference.Spec.dummyEntity),
                            (.feEntityYear, .dummyEntityYear)] {
            let (m1, cl) = try #require(reference.model(fe))
            let (m2, _) = try #require(reference.model(dummy))
            for kind in WildBootstrapPValueKind.allCases {
                let boot = WildClusterBootstrap(replications: 999, weights: .webb, pValueKind: kind, level: 0.9, absorbedParameters: .full)
                let a = try boot.test(m1, coefficient: "x", nullValue: 0.1, cluster: cl, seed: 99)
                let b = try boot.test(m2, coefficient: "x", nullValue: 0.1, cluster: cl, seed: 99)
                #expect(a.pValue == b.pValue)
                #expect(agrees(a.statistic, b.statistic, 1e-9))
                #expect(agrees(a.confidenceLow ?? .nan, b.confidenceLow ?? .nan, 1e-8, floor: 1) || a.confidenceLow == b.confidenceLow)
                #expect(agrees(a.confidenceHigh ?? .nan, b.confidenceHigh ?? .nan, 1e-8, floor: 1) || a.confidenceHigh == b.confidenceHigh)
            }
        }
    }

    /// (d) A seed fixes the result; another seed changes the draws.
    @Test func deterministicWithASeed() throws {
        let (model, cluster) = try #require(reference.model(.ols))
        for weights in WildBootstrapWeights.allCases {
            let boot = WildClusterBootstrap(replications: 499, weights: weights, enumeration: .never)
            let a = try boot.test(model, coefficient: "x1", cluster: cluster, seed: 2024)
            let b = try boot.test(model, coefficient: "x1", cluster: cluster, seed: 2024)
            var rng = Xoshiro256StarStar(seed: 2024)
            let c = try boot.test(model, coefficient: "x1", cluster: cluster, using: &rng)
            #expect(a == b)
            #expect(a.seed == 2024 && c.seed == nil && !a.enumerated && a.replications == 499)
            #expect(a.pValue == c.pValue && a.confidenceLow == c.confidenceLow)
            var r1 = Xoshiro256StarStar(seed: 2024), r2 = Xoshiro256StarStar(seed: 2025)
            let s1 = try boot.prepare(model.estimate(), coefficient: "x1", nullValue: 0, cluster: cluster, rng: &r1).statistics(nullValue: 0)
            let s2 = try boot.prepare(model.estimate(), coefficient: "x1", nullValue: 0, cluster: cluster, rng: &r2).statistics(nullValue: 0)
            #expect(s1 != s2)
        }
    }

    /// Random Rademacher draws approach the enumerated p-value (Monte Carlo error
    /// of 20,000 draws: sd ≤ 0.0035), and enumeration starts exactly at B = 2^G.
    @Test func enumerationRuleAndMonteCarloAgreement() throws {
        let (model, cluster) = try #require(reference.model(.ols))
        let below = try WildClusterBootstrap(replications: 63, level: nil).test(model, coefficient: "x1", cluster: cluster, seed: 5)
        let at = try WildClusterBootstrap(replications: 64, level: nil).test(model, coefficient: "x1", cluster: cluster, seed: 5)
        let webb = try WildClusterBootstrap(replications: 1_000, weights: .webb, level: nil).test(model, coefficient: "x1", cluster: cluster, seed: 5)
        #expect(!below.enumerated && below.replications == 63)
        #expect(at.enumerated && at.replications == 64)
        #expect(!webb.enumerated && webb.replications == 1_000)
        let mc = try WildClusterBootstrap(replications: 20_000, enumeration: .never, level: nil)
            .test(model, coefficient: "x1", cluster: cluster, seed: 5)
        #expect(abs(mc.pValue - at.pValue) < 0.015)
    }

    /// The result round-trips through JSON.
    @Test func resultIsCodable() throws {
        let (model, cluster) = try #require(reference.model(.ols))
        let r = try WildClusterBootstrap(replications: 199, weights: .webb, pValueKind: .equalTail, level: 0.9)
            .test(model, coefficient: "x1", cluster: cluster, seed: 3)
        let back = try JSONDecoder().decode(WildBootstrapResult.self, from: JSONEncoder().encode(r))
        #expect(back == r)
        #expect(r.notes.contains { $0.contains("restricted wild cluster bootstrap") })
        #expect(r.notes.contains { $0.contains("Webb weights are recommended") } == false)
    }
}
