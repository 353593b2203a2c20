/// The alternative hypothesis of a permutation test.
public enum PermutationAlternative: String, CaseIterable, Sendable, Codable {
    /// |T*| ≥ |T| counts as extreme: for statistics centred at 0 under H₀ (differences of
    /// means, correlations, mean paired differences).
    case twoSided = "two-sided"
    /// T* ≥ T counts as extreme.
    case greater
    /// T* ≤ T counts as extreme.
    case less
}

/// How a permutation p-value was obtained.
public enum PermutationMethod: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Every distinct permutation enumerated: p = #{extreme} / count, exact.
    case exact(permutations: Int)
    /// B random permutations: p = (b + 1)/(B + 1), b = #{extreme} (Phipson & Smyth 2010,
    /// "Permutation p-values should never be zero", SAGMB 9:39), a valid p-value.
    case monteCarlo(resamples: Int)

    public var description: String {
        switch self {
        case .exact: return "exact"
        case .monteCarlo(let b): return "permutation (Monte Carlo, B = \(b))"
        }
    }
}

/// The outcome of a permutation test.
public struct PermutationTestResult: Sendable, Equatable, Codable {
    /// The statistic on the observed data.
    public var statistic: Double
    public var pValue: Double
    public var alternative: PermutationAlternative
    public var method: PermutationMethod
}

/// Permutation tests (Fisher 1935; Pitman 1937; Good 2005) with exact enumeration when the
/// number of distinct permutations is at most `exactLimit` (default 1,000,000: n ≤ 9 for a
/// correlation, n ≤ 19 pairs for sign flips, C(n₁+n₂, n₁) ≤ 10⁶ for two samples), and Monte
/// Carlo otherwise.
///
/// Ties between a permuted and the observed statistic are judged with a relative tolerance
/// of √ε ≈ 1.5e-8 (as R's coin), so permutations that give the same statistic in exact
/// arithmetic count as extreme despite rounding.
public enum PermutationTest {
    /// The default largest number of permutations enumerated exactly.
    public static let defaultExactLimit = 1_000_000

    /// Permutation test of independence for paired (x, y): y is permuted against x.
    ///
    /// - Parameters:
    ///   - x: the first variable (finite values, at least 3).
    ///   - y: the second variable, as long as `x`; its order is permuted.
    ///   - alternative: two-sided (|t*| ≥ |t|), greater (t* ≥ t) or less (t* ≤ t).
    ///   - resamples: B, the Monte Carlo permutations when the exact distribution is too large;
    ///     p = (b + 1)/(B + 1) (Phipson & Smyth 2010).
    ///   - exactLimit: the largest number of distinct arrangements enumerated exactly.
    ///   - rng: the random number generator of the Monte Carlo draws (seed it to reproduce).
    ///   - progress: called with (done, total) during the Monte Carlo loop.
    ///   - statistic: the statistic of (x, permuted y); nil means Pearson's r, computed
    ///     by a fast path (centred dot product, no allocation). For Spearman, pass ranks.
    public static func correlation(
        x: [Double], y: [Double],
        alternative: PermutationAlternative = .twoSided,
        resamples: Int = 9999,
        exactLimit: Int = defaultExactLimit,
        using rng: inout some RandomNumberGenerator,
        progress: ((Int, Int) -> Void)? = nil,
        statistic: (([Double], [Double]) -> Double)? = nil
    ) throws(ResamplingError) -> PermutationTestResult {
        guard x.count == y.count else { throw ResamplingError.lengthMismatch(x: x.count, y: y.count) }
        guard x.count >= 3 else { throw ResamplingError.tooFewObservations(needed: 3, got: x.count) }
        try checkFinite(x); try checkFinite(y)
        let n = x.count
        // Pearson's r is scale-invariant: its data are scaled by powers of two first (exact),
        // so values near 1e±300 neither overflow nor underflow the sums. A caller's statistic
        // sees the data as given.
        let y = statistic == nil ? (Descriptive.scaledToUnitMagnitude(y)?.values ?? y) : y
        let evaluate: ([Double]) -> Double
        if let statistic {
            evaluate = { statistic(x, $0) }
        } else {
            // r* = Σ (xᵢ − x̄)(y_πᵢ − ȳ) / √(Sxx Syy): only the numerator changes.
            let x = Descriptive.scaledToUnitMagnitude(x)?.values ?? x
            let mx = Descriptive.mean(x), my = Descriptive.mean(y)
            let cx = x.map { $0 - mx }
            let scale = 1 / (cx.reduce(0) { $0 + $1 * $1 } * y.reduce(0) { $0 + ($1 - my) * ($1 - my) }).squareRoot()
            evaluate = { py in
                var s = 0.0
                for i in 0..<n { s += cx[i] * (py[i] - my) }
                return s * scale
            }
        }
        let observed = evaluate(y)
        var counter = ExtremeCounter(observed: observed, alternative: alternative)
        let permutations = factorial(n)
        if permutations <= Double(exactLimit) {
            // Heap's algorithm (Heap 1963): each next permutation is one swap away.
            var a = y
            var c = [Int](repeating: 0, count: n)
            counter.add(evaluate(a))
            var i = 0
            while i < n {
                if c[i] < i {
                    if i & 1 == 0 { a.swapAt(0, i) } else { a.swapAt(c[i], i) }
                    counter.add(evaluate(a))
                    c[i] += 1
                    i = 0
                } else {
                    c[i] = 0
                    i += 1
                }
            }
            return counter.exactResult(permutations: Int(permutations))
        }
        var a = y
        return try counter.monteCarlo(resamples: resamples, progress: progress) {
            RandomDraws.shuffle(&a, using: &rng)
            return evaluate(a)
        }
    }

    /// Two-sample permutation test: group labels are permuted over the pooled sample.
    ///
    /// - Parameters:
    ///   - x: the first sample.
    ///   - y: the second sample.
    ///   - alternative: two-sided (|t*| ≥ |t|), greater (t* ≥ t) or less (t* ≤ t).
    ///   - resamples: B, the Monte Carlo permutations when the exact distribution is too large;
    ///     p = (b + 1)/(B + 1) (Phipson & Smyth 2010).
    ///   - exactLimit: the largest number of distinct arrangements enumerated exactly.
    ///   - rng: the random number generator of the Monte Carlo draws (seed it to reproduce).
    ///   - progress: called with (done, total) during the Monte Carlo loop.
    ///   - statistic: the statistic of (pooled arrangement, size of the first group),
    ///     the first group being the first `x.count` values; nil means mean(first) − mean(second),
    ///     computed by a fast path.
    public static func twoSample(
        _ x: [Double], _ y: [Double],
        alternative: PermutationAlternative = .twoSided,
        resamples: Int = 9999,
        exactLimit: Int = defaultExactLimit,
        using rng: inout some RandomNumberGenerator,
        progress: ((Int, Int) -> Void)? = nil,
        statistic: (([Double], Int) -> Double)? = nil
    ) throws(ResamplingError) -> PermutationTestResult {
        guard !x.isEmpty, !y.isEmpty else { throw ResamplingError.tooFewObservations(needed: 1, got: Swift.min(x.count, y.count)) }
        try checkFinite(x); try checkFinite(y)
        let n1 = x.count, n = x.count + y.count
        let pooled = x + y
        var total = CompensatedSum()
        for v in pooled { total.add(v) }
        let grand = total.value
        let evaluate: ([Double]) -> Double = statistic.map { f in { f($0, n1) } } ?? { arrangement in
            var s = 0.0
            for i in 0..<n1 { s += arrangement[i] }
            return s / Double(n1) - (grand - s) / Double(n - n1)
        }
        let observed = evaluate(pooled)
        var counter = ExtremeCounter(observed: observed, alternative: alternative)
        let combinations = binomial(n, n1)
        var arrangement = pooled
        if combinations <= Double(exactLimit) {
            // Lexicographic n1-subsets of 0..<n go to the front; the rest keep their order.
            var chosen = Array(0..<n1)
            var inFirst = [Bool](repeating: false, count: n)
            while true {
                for i in 0..<n { inFirst[i] = false }
                for c in chosen { inFirst[c] = true }
                var front = 0, back = n1
                for i in 0..<n {
                    if inFirst[i] { arrangement[front] = pooled[i]; front += 1 } else { arrangement[back] = pooled[i]; back += 1 }
                }
                counter.add(evaluate(arrangement))
                var k = n1 - 1
                while k >= 0, chosen[k] == n - n1 + k { k -= 1 }
                if k < 0 { break }
                chosen[k] += 1
                for j in (k + 1)..<n1 { chosen[j] = chosen[j - 1] + 1 }
            }
            return counter.exactResult(permutations: Int(combinations))
        }
        return try counter.monteCarlo(resamples: resamples, progress: progress) {
            RandomDraws.shuffle(&arrangement, using: &rng)
            return evaluate(arrangement)
        }
    }

    /// Paired permutation (sign-flip) test: under H₀ each difference dᵢ = xᵢ − yᵢ is
    /// symmetric about 0, so its sign is exchangeable. 2ⁿ sign patterns.
    ///
    /// - Parameters:
    ///   - x: the first measurement of each pair.
    ///   - y: the second measurement of each pair, as long as `x`.
    ///   - alternative: two-sided (|t*| ≥ |t|), greater (t* ≥ t) or less (t* ≤ t).
    ///   - resamples: B, the Monte Carlo permutations when the exact distribution is too large;
    ///     p = (b + 1)/(B + 1) (Phipson & Smyth 2010).
    ///   - exactLimit: the largest number of distinct arrangements enumerated exactly.
    ///   - rng: the random number generator of the Monte Carlo draws (seed it to reproduce).
    ///   - progress: called with (done, total) during the Monte Carlo loop.
    ///   - statistic: the statistic of the signed differences; nil means their mean.
    public static func paired(
        _ x: [Double], _ y: [Double],
        alternative: PermutationAlternative = .twoSided,
        resamples: Int = 9999,
        exactLimit: Int = defaultExactLimit,
        using rng: inout some RandomNumberGenerator,
        progress: ((Int, Int) -> Void)? = nil,
        statistic: (([Double]) -> Double)? = nil
    ) throws(ResamplingError) -> PermutationTestResult {
        guard x.count == y.count else { throw ResamplingError.lengthMismatch(x: x.count, y: y.count) }
        guard x.count >= 1 else { throw ResamplingError.tooFewObservations(needed: 1, got: 0) }
        try checkFinite(x); try checkFinite(y)
        let d = zip(x, y).map { $0 - $1 }
        let n = d.count
        let evaluate: ([Double]) -> Double = statistic ?? { s in
            var t = 0.0
            for v in s { t += v }
            return t / Double(n)
        }
        let observed = evaluate(d)
        var counter = ExtremeCounter(observed: observed, alternative: alternative)
        var signed = d
        let patterns = Double.pow2(n)
        if patterns <= Double(exactLimit) {
            for mask in 0..<Int(patterns) {
                for i in 0..<n { signed[i] = (mask >> i) & 1 == 1 ? -d[i] : d[i] }
                counter.add(evaluate(signed))
            }
            return counter.exactResult(permutations: Int(patterns))
        }
        return try counter.monteCarlo(resamples: resamples, progress: progress) {
            for i in 0..<n { signed[i] = RandomDraws.rademacher(using: &rng) * d[i] }
            return evaluate(signed)
        }
    }

    private static func checkFinite(_ v: [Double]) throws(ResamplingError) {
        if let i = v.firstIndex(where: { !$0.isFinite }) { throw ResamplingError.nonFiniteValue(index: i) }
    }
}

/// Counts permuted statistics at least as extreme as the observed one.
private struct ExtremeCounter {
    let observed: Double
    let alternative: PermutationAlternative
    let tolerance: Double
    private(set) var extreme = 0
    private(set) var total = 0

    init(observed: Double, alternative: PermutationAlternative) {
        self.observed = observed
        self.alternative = alternative
        self.tolerance = Double.ulpOfOne.squareRoot() * abs(observed)
    }

    @inline(__always)
    mutating func add(_ t: Double) {
        total += 1
        let isExtreme: Bool
        switch alternative {
        case .twoSided: isExtreme = abs(t) >= abs(observed) - tolerance
        case .greater: isExtreme = t >= observed - tolerance
        case .less: isExtreme = t <= observed + tolerance
        }
        if isExtreme { extreme += 1 }
    }

    func exactResult(permutations: Int) -> PermutationTestResult {
        PermutationTestResult(statistic: observed, pValue: Double(extreme) / Double(total),
                              alternative: alternative, method: .exact(permutations: permutations))
    }

    /// Adds `resamples` statistics drawn by `draw` (reporting progress) and
    /// returns the Monte Carlo p-value (b + 1)/(B + 1) (Phipson & Smyth 2010).
    mutating func monteCarlo(resamples: Int, progress: ((Int, Int) -> Void)?,
                             draw: () -> Double) throws(ResamplingError) -> PermutationTestResult {
        guard resamples >= 1 else { throw ResamplingError.invalidResampleCount(resamples) }
        var reporter = ProgressReporter(total: resamples, callback: progress)
        for b in 0..<resamples {
            add(draw())
            reporter.update(b + 1)
        }
        reporter.finish()
        return monteCarloResult(resamples: resamples)
    }

    func monteCarloResult(resamples: Int) -> PermutationTestResult {
        PermutationTestResult(statistic: observed, pValue: Double(extreme + 1) / Double(resamples + 1),
                              alternative: alternative, method: .monteCarlo(resamples: resamples))
    }
}

/// n! as a Double (+∞ beyond 170!).
private func factorial(_ n: Int) -> Double {
    var r = 1.0
    if n > 1 { for k in 2...n { r *= Double(k) } }
    return r
}

private extension Double {
    static func pow2(_ n: Int) -> Double { n >= 1100 ? .infinity : Double(sign: .plus, exponent: n, significand: 1) }
}
