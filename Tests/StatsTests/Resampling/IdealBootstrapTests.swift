import Testing
@testable import Stats

@Suite struct IdealBootstrapTests {
    // Irregular decimals, so that distinct resamples have distinct means (no atoms to
    // straddle, and no atom at θ̂ that rounding could push to either side).
    private let x = [1.2317, 3.4129, 0.7103, 5.0339, 2.2023, 1.9051, 4.1071, 2.8127]

    private func mean(_ idx: [Int]) -> Double { idx.reduce(0.0) { $0 + x[$1] } / Double(idx.count) }

    @Test func enumeratesAllDistinctResamples() throws {
        let ideal = try IdealBootstrapDistribution(count: x.count, statistic: mean)
        #expect(ideal.values.count == 6435)  // C(15, 8)
        #expect(abs(ideal.probabilities.reduce(0, +) - 1) < 1e-13)
        // Exact bootstrap moments of the mean: E* = x̄, Var* = σ̂²/n, σ̂² = Σ(x − x̄)²/n.
        let n = Double(x.count)
        #expect(abs(ideal.mean - Descriptive.mean(x)) < 1e-14)
        #expect(relativeDifference(ideal.variance, Descriptive.variance(x) * (n - 1) / n / n) < 1e-12)
    }

    @Test func monteCarloIntervalsApproachTheIdealOnes() throws {
        let ideal = try IdealBootstrapDistribution(count: x.count, statistic: mean)
        var rng = Xoshiro256StarStar(seed: 31)
        let mc = try Bootstrap.run(scheme: try CaseResampling(count: x.count), resamples: 100_000, using: &rng, statistic: mean)
        let width = ideal.variance.squareRoot()
        for method in BootstrapIntervalMethod.allCases {
            let a = try ideal.interval(method), b = try mc.interval(method)
            // MC quantile error at B = 1e5 is ~0.01 sd; allow 0.05 sd.
            #expect(abs(a.lower - b.lower) < 0.05 * width, "\(method) lower \(a.lower) vs \(b.lower)")
            #expect(abs(a.upper - b.upper) < 0.05 * width, "\(method) upper \(a.upper) vs \(b.upper)")
        }
        // z₀ from the MC proportion: binomial sd √(¼/B)/φ(0) ≈ 0.004.
        let z0Ideal = try #require(try ideal.interval(.bca).biasCorrection)
        let z0MC = try #require(try mc.interval(.bca).biasCorrection)
        #expect(abs(z0Ideal - z0MC) < 0.016)
        #expect(try ideal.interval(.bca).acceleration == mc.interval(.bca).acceleration)
    }

    @Test func limit() {
        #expect(throws: ResamplingError.enumerationTooLarge(count: 1_352_078, limit: 500_000)) {
            try IdealBootstrapDistribution(count: 12) { _ in 0 }
        }
        #expect(binomial(19, 10) == 92_378)
    }
}
