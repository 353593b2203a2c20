import Testing
@testable import Stats

@Suite struct WildBootstrapWeightsTests {
    private func draws(_ w: WildBootstrapWeights, _ count: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        var out = [Double](repeating: 0, count: count)
        out.withUnsafeMutableBufferPointer { w.fill($0, using: &rng) }
        return out
    }

    /// Support and the moments E v = 0, E v² = 1 (exact for the distributions;
    /// sample moments of 200,000 draws within 5 standard errors).
    @Test func supportAndMoments() {
        let n = 200_000
        let support: [WildBootstrapWeights: Set<Double>] = [
            .rademacher: [-1, 1],
            .webb: Set(RandomDraws.webbPoints),
            .mammen: [WildBootstrapWeights.mammenLow, WildBootstrapWeights.mammenHigh],
        ]
        for w in WildBootstrapWeights.allCases {
            let v = draws(w, n, seed: 11)
            #expect(Set(v) == support[w])
            let m1 = v.reduce(0, +) / Double(n)
            let m2 = v.reduce(0) { $0 + $1 * $1 } / Double(n)
            #expect(abs(m1) < 5 / Double(n).squareRoot())
            #expect(abs(m2 - 1) < 5 * 1.5 / Double(n).squareRoot())
        }
        // Mammen's distribution: exact mean 0, variance 1, third moment 1.
        let p = WildBootstrapWeights.mammenLowProbability, a = WildBootstrapWeights.mammenLow, b = WildBootstrapWeights.mammenHigh
        #expect(abs(p * a + (1 - p) * b) < 1e-15)
        #expect(abs(p * a * a + (1 - p) * b * b - 1) < 1e-15)
        #expect(abs(p * a * a * a + (1 - p) * b * b * b - 1) < 1e-14)
    }

    /// The draws are the package's `RandomDraws`, so a seed means the same weights everywhere.
    @Test func drawsComeFromRandomDraws() {
        var rng = Xoshiro256StarStar(seed: 5)
        let expected = (0..<50).map { _ in RandomDraws.webb(using: &rng) }
        #expect(draws(.webb, 50, seed: 5) == expected)
    }
}
