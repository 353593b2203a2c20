/// Random draws used by resampling, all driven by a caller-supplied generator so that a
/// seeded `Xoshiro256StarStar` makes every result reproducible. The algorithms are fixed
/// here (rather than using the standard library's, which may change between Swift
/// releases) so that a seed means the same resamples on every platform and version.
public enum RandomDraws {
    /// A uniform double in [0, 1): the top 53 bits of one 64-bit output times 2⁻⁵³, so every
    /// representable multiple of 2⁻⁵³ in [0, 1) is equally likely (Vigna, "Generating
    /// uniform doubles in the unit interval").
    @inline(__always)
    public static func uniform(using rng: inout some RandomNumberGenerator) -> Double {
        Double(rng.next() >> 11) * 0x1.0p-53
    }

    /// An unbiased integer in 0..<bound by Lemire's nearly divisionless method (Lemire 2019,
    /// "Fast random integer generation in an interval", ACM TOMACS 29(1):3, Algorithm 5): the
    /// high word of a 64×64-bit product, rejecting the few low words that would bias it.
    ///
    /// - Precondition: `bound > 0` (callers in this package validate sizes before drawing).
    @inline(__always)
    public static func integer(below bound: UInt64, using rng: inout some RandomNumberGenerator) -> UInt64 {
        precondition(bound > 0, "RandomDraws.integer(below:) needs a positive bound")
        var product = rng.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = rng.next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// An unbiased index in 0..<count (see `integer(below:using:)`).
    ///
    /// - Precondition: `count > 0`.
    @inline(__always)
    public static func index(below count: Int, using rng: inout some RandomNumberGenerator) -> Int {
        Int(truncatingIfNeeded: integer(below: UInt64(count), using: &rng))
    }

    /// A Rademacher weight, −1 or +1 with probability ½ each (the sign of the top bit), for
    /// the wild bootstrap and sign-flip permutation tests.
    @inline(__always)
    public static func rademacher(using rng: inout some RandomNumberGenerator) -> Double {
        rng.next() >> 63 == 0 ? -1 : 1
    }

    /// Webb's six-point weight: ±√(3/2), ±1, ±√(1/2), each with probability 1/6 (Webb 2023,
    /// "Reworking wild bootstrap-based inference for clustered errors", Canadian Journal of
    /// Economics 56:839-858); mean 0, variance 1, better than Rademacher with few clusters.
    @inline(__always)
    public static func webb(using rng: inout some RandomNumberGenerator) -> Double {
        webbPoints[index(below: 6, using: &rng)]
    }

    /// The support of Webb's distribution, in the order the drawn index selects.
    public static let webbPoints: [Double] = [
        -(1.5).squareRoot(), -1, -(0.5).squareRoot(), (0.5).squareRoot(), 1, (1.5).squareRoot(),
    ]

    /// Shuffles `values` in place, uniformly over all permutations, by the Fisher–Yates
    /// (Durstenfeld 1964, CACM 7:420) algorithm: for i = n−1 … 1 swap element i with a
    /// uniform j ∈ 0…i.
    public static func shuffle<T>(_ values: inout [T], using rng: inout some RandomNumberGenerator) {
        fisherYates(&values, using: &rng)
    }

    /// `shuffle` for doubles (the permutation tests), with the same draws in the same order.
    /// A concrete element type matters: called from a function generic over the generator,
    /// the generic version cannot be specialised and every swap goes through value
    /// witnesses and a heap box (about 20× slower, see Benchmarks/RESULTS.md).
    public static func shuffle(_ values: inout [Double], using rng: inout some RandomNumberGenerator) {
        fisherYates(&values, using: &rng)
    }

    @inline(__always)
    static func fisherYates<T>(_ values: inout [T], using rng: inout some RandomNumberGenerator) {
        var i = values.count - 1
        while i > 0 {
            let j = index(below: i + 1, using: &rng)
            values.swapAt(i, j)
            i -= 1
        }
    }

    /// A uniformly random permutation of 0..<count.
    public static func permutation(count: Int, using rng: inout some RandomNumberGenerator) -> [Int] {
        var p = Array(0..<Swift.max(0, count))
        shuffle(&p, using: &rng)
        return p
    }

    /// Fills `indices` with `count` indices drawn uniformly with replacement from 0..<count
    /// (a nonparametric bootstrap resample), reusing the buffer's storage.
    public static func resampleIndices(
        count: Int, into indices: inout [Int], using rng: inout some RandomNumberGenerator
    ) {
        indices.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        for _ in 0..<count { indices.append(index(below: count, using: &rng)) }
    }

    /// `count` indices drawn uniformly with replacement from 0..<count.
    public static func resampleIndices(count: Int, using rng: inout some RandomNumberGenerator) -> [Int] {
        var indices: [Int] = []
        indices.reserveCapacity(Swift.max(0, count))
        resampleIndices(count: count, into: &indices, using: &rng)
        return indices
    }
}
