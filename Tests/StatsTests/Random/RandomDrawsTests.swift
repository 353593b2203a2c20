import Testing
@testable import Stats

@Suite struct RandomDrawsTests {
    @Test func uniformBoundedAndShuffleMatchReference() throws {
        // scripts/reference/xoshiro.py (top-53-bit doubles, Lemire 2019, Fisher–Yates).
        for c in try XoshiroFixture.load().cases {
            let seed = try #require(UInt64(c.seed))
            var rng = Xoshiro256StarStar(seed: seed)
            let u = (0..<c.uniform.count).map { _ in RandomDraws.uniform(using: &rng) }
            #expect(u == Fixtures.doubles(c.uniform), "seed \(seed)")
            rng = Xoshiro256StarStar(seed: seed)
            for pair in c.bounded {
                let bound = try #require(UInt64(pair[0])), expected = try #require(UInt64(pair[1]))
                #expect(RandomDraws.integer(below: bound, using: &rng) == expected, "seed \(seed) bound \(bound)")
            }
            rng = Xoshiro256StarStar(seed: seed)
            #expect(RandomDraws.permutation(count: 10, using: &rng) == c.shuffle10)
        }
    }

    @Test func uniformRange() {
        var rng = Xoshiro256StarStar(seed: 3)
        for _ in 0..<10_000 {
            let u = RandomDraws.uniform(using: &rng)
            #expect(u >= 0 && u < 1)
        }
    }

    @Test func boundedIntegersAreUniform() {
        // Chi-square goodness of fit, 6 cells, 60,000 draws: 5 df, P(χ² > 20.5) ≈ 0.001.
        var rng = Xoshiro256StarStar(seed: 11)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[RandomDraws.index(below: 6, using: &rng)] += 1 }
        let chi2 = counts.reduce(0.0) { $0 + Double(($1 - 10_000) * ($1 - 10_000)) / 10_000 }
        #expect(chi2 < 20.5)
    }

    @Test func weights() {
        var rng = Xoshiro256StarStar(seed: 5)
        var sum = 0.0, sumSq = 0.0
        var seen = Set<Double>()
        for _ in 0..<60_000 {
            let w = RandomDraws.webb(using: &rng)
            seen.insert(w); sum += w; sumSq += w * w
        }
        #expect(seen == Set(RandomDraws.webbPoints))
        #expect(abs(sum / 60_000) < 0.02)           // mean 0, sd of the mean ≈ 0.004
        #expect(abs(sumSq / 60_000 - 1) < 0.02)     // variance 1: (1.5 + 1 + 0.5)·2/6
        let r = (0..<1000).map { _ in RandomDraws.rademacher(using: &rng) }
        #expect(Set(r) == [-1, 1])
        #expect(abs(r.reduce(0, +)) < 150)          // 1000 fair signs: sd ≈ 31.6
    }

    @Test func resampleIndicesReuseTheBuffer() {
        var rng = Xoshiro256StarStar(seed: 8)
        var buffer: [Int] = []
        RandomDraws.resampleIndices(count: 50, into: &buffer, using: &rng)
        #expect(buffer.count == 50 && buffer.allSatisfy { (0..<50).contains($0) })
        RandomDraws.resampleIndices(count: 20, into: &buffer, using: &rng)
        #expect(buffer.count == 20)
        var again = Xoshiro256StarStar(seed: 8)
        _ = RandomDraws.resampleIndices(count: 50, using: &again)
        #expect(RandomDraws.resampleIndices(count: 20, using: &again) == buffer)
    }

    @Test func permutationIsAPermutation() {
        var rng = Xoshiro256StarStar(seed: 1)
        #expect(RandomDraws.permutation(count: 100, using: &rng).sorted() == Array(0..<100))
        #expect(RandomDraws.permutation(count: 0, using: &rng) == [])
    }

    /// The `[Double]` overload of `shuffle` (the fast path of the permutation tests) must
    /// draw exactly as the generic one, so a seed gives the same permutation either way.
    @Test func doubleShuffleDrawsLikeTheGenericShuffle() {
        var a = Xoshiro256StarStar(seed: 42), b = Xoshiro256StarStar(seed: 42)
        var values = (0..<50).map(Double.init)
        RandomDraws.shuffle(&values, using: &a)
        let order = RandomDraws.permutation(count: 50, using: &b)
        #expect(values == order.map(Double.init))
        #expect(values != (0..<50).map(Double.init))
    }
}
