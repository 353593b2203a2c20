import Testing
@testable import Stats

@Suite struct KendallScoreTests {
    /// S by its definition: all n(n − 1)/2 pairs.
    func bruteForce(_ x: [Double], _ y: [Double]) -> Int {
        var s = 0
        for i in x.indices {
            for j in (i + 1)..<x.count {
                let a = x[i] < x[j] ? -1 : (x[i] > x[j] ? 1 : 0)
                let b = y[i] < y[j] ? -1 : (y[i] > y[j] ? 1 : 0)
                s += a * b
            }
        }
        return s
    }

    /// Knight's O(n log n) count equals the pair count on random samples with many ties in
    /// x, in y and in both (values from a handful of levels), and without ties.
    @Test func equalsThePairCount() {
        var rng = Xoshiro256StarStar(seed: 2024)
        for n in [1, 2, 3, 4, 5, 7, 10, 16, 33, 64, 127, 300] {
            for levels in [2, 3, 5, 1_000_000] {
                let x = (0..<n).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) }
                let y = (0..<n).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) - 0.5 }
                #expect(Correlation.kendallScore(x, y) == bruteForce(x, y), "n = \(n), levels = \(levels)")
                #expect(Correlation.kendallScore(y, x) == bruteForce(y, x))
            }
        }
    }

    @Test func extremes() {
        let x = (0..<100).map(Double.init)
        #expect(Correlation.kendallScore(x, x) == 4950)
        #expect(Correlation.kendallScore(x, x.reversed()) == -4950)
        #expect(Correlation.kendallScore(x, [Double](repeating: 1, count: 100)) == 0)
        // −0.0 and 0.0 are the same value.
        #expect(Correlation.kendallScore([0, -0.0, 1], [1, 2, 3]) == bruteForce([0, -0.0, 1], [1, 2, 3]))
    }
}
