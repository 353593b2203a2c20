import Testing
@testable import Stats

@Suite struct PermutationTestTests {
    // Reference p-values below are exact counts: the observed arrangement is the unique most
    // extreme one (and its mirror image for two-sided tests).

    @Test func exactCorrelation() throws {
        var rng = Xoshiro256StarStar(seed: 1)
        let x = [1.0, 2, 3, 4, 5]
        let r = try PermutationTest.correlation(x: x, y: x, alternative: .greater, using: &rng)
        #expect(r.method == .exact(permutations: 120) && r.method.description == "exact")
        #expect(abs(r.statistic - 1) < 1e-15)
        #expect(r.pValue == 1.0 / 120)
        let two = try PermutationTest.correlation(x: x, y: x, using: &rng)
        #expect(two.pValue == 2.0 / 120)  // identity and reversal
    }

    @Test func exactCorrelationEqualsBruteForceCount() throws {
        // Statistic Σ xᵢ y_πᵢ through the generic path vs the Pearson fast path: same counts.
        var rng = Xoshiro256StarStar(seed: 1)
        let x = [0.3, 1.9, -0.4, 2.2, 0.8, 1.1], y = [1.0, 2.5, 0.1, 1.7, 0.2, 2.9]
        let fast = try PermutationTest.correlation(x: x, y: y, alternative: .greater, using: &rng)
        let generic = try PermutationTest.correlation(x: x, y: y, alternative: .greater, using: &rng,
                                                        statistic: { a, b in zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } })
        #expect(fast.pValue == generic.pValue)
        #expect(fast.method == .exact(permutations: 720))
    }

    @Test func exactTwoSampleAndPaired() throws {
        var rng = Xoshiro256StarStar(seed: 1)
        let t = try PermutationTest.twoSample([1, 2, 3], [4, 5, 6], alternative: .less, using: &rng)
        #expect(t.statistic == -3 && t.pValue == 1.0 / 20 && t.method == .exact(permutations: 20))
        let t2 = try PermutationTest.twoSample([1, 2, 3], [4, 5, 6], using: &rng)
        #expect(t2.pValue == 2.0 / 20)
        let p = try PermutationTest.paired([2, 4, 6, 8], [1, 2, 3, 4], alternative: .greater, using: &rng)
        #expect(p.statistic == 2.5 && p.pValue == 1.0 / 16 && p.method == .exact(permutations: 16))
    }

    @Test func monteCarloApproachesExact() throws {
        var rng = Xoshiro256StarStar(seed: 12)
        let x = [0.3, 1.9, -0.4, 2.2, 0.8, 1.1, 0.5], y = [1.0, 2.5, 0.1, 1.7, 0.2, 2.9, 0.9]
        let exact = try PermutationTest.correlation(x: x, y: y, using: &rng)
        let mc = try PermutationTest.correlation(x: x, y: y, resamples: 40_000, exactLimit: 100, using: &rng)
        #expect(mc.method == .monteCarlo(resamples: 40_000))
        #expect(mc.method.description == "permutation (Monte Carlo, B = 40000)")
        #expect(abs(mc.pValue - exact.pValue) < 0.01)  // binomial sd ≤ 0.0025
    }

    /// Pearson's r is scale-invariant, so the permutation p-value of data near 1e±300 (where
    /// unscaled sums of squares overflow to ∞ or underflow to 0) must equal the one at unit
    /// scale: same seed, same draws, and power-of-two scaling changes no rounding.
    @Test(arguments: [0x1p1000, 0x1p-1000, 1e300, 1e-300])
    func extremeMagnitudesGiveTheUnitScalePValue(factor: Double) throws {
        let x = [0.3, 1.9, -0.4, 2.2, 0.8, 1.1, 0.5, 1.4], y = [1.0, 2.5, 0.1, 1.7, 0.2, 2.9, 0.9, 1.3]
        var a = Xoshiro256StarStar(seed: 5), b = Xoshiro256StarStar(seed: 5)
        let unit = try PermutationTest.correlation(x: x, y: y, resamples: 999, exactLimit: 100, using: &a)
        let big = try PermutationTest.correlation(x: x.map { $0 * factor }, y: y.map { $0 * factor },
                                                  resamples: 999, exactLimit: 100, using: &b)
        #expect(unit.pValue < 0.2)   // a real association, not a degenerate p = 1
        #expect(big.pValue == unit.pValue)
        #expect(abs(big.statistic - unit.statistic) < 1e-14)
    }

    @Test func monteCarloPValueIsNeverZero() throws {
        var rng = Xoshiro256StarStar(seed: 3)
        let x = (0..<30).map(Double.init)
        let r = try PermutationTest.correlation(x: x, y: x, alternative: .greater, resamples: 999, using: &rng)
        #expect(r.pValue == 1.0 / 1000)  // (0 + 1)/(999 + 1), Phipson & Smyth 2010
        let two = try PermutationTest.twoSample(Array(x[0..<15]), Array(x[15...]), resamples: 99, using: &rng)
        #expect(two.pValue == 0.01 && two.method == .monteCarlo(resamples: 99))
        let paired = try PermutationTest.paired(x.map { $0 + 100 }, x, alternative: .greater, resamples: 99, using: &rng)
        #expect(paired.pValue == 0.01)
    }

    @Test func errors() {
        var rng = Xoshiro256StarStar(seed: 3)
        #expect(throws: ResamplingError.lengthMismatch(x: 3, y: 4)) {
            try PermutationTest.correlation(x: [1, 2, 3], y: [1, 2, 3, 4], using: &rng)
        }
        #expect(throws: ResamplingError.nonFiniteValue(index: 1)) {
            try PermutationTest.paired([1, .nan], [1, 2], using: &rng)
        }
    }
}
