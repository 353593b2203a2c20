extension Bootstrap {
    /// Case bootstrap of Pearson's correlation of paired data — the fast path of
    /// `run(scheme:resamples:using:progress:statistic:)` with the statistic `pearson`.
    ///
    /// The data are centred and scaled once (by the full-sample means and standard
    /// deviations, which leaves r unchanged); each resample then needs only five streaming
    /// sums over the drawn indices, r* = (Sxy − SxSy/n) / √((Sxx − Sx²/n)(Syy − Sy²/n)), with
    /// no allocation. Centring first keeps the one-pass formula accurate (the resample means
    /// are O(1/√n) in standardised units). Draws the same indices, in the same order, as the
    /// generic path with `CaseResampling`, so both give identical replicates up to rounding.
    ///
    /// - Throws: `ResamplingError` for unequal lengths, n < 3, non-finite values or resamples < 1.
    public static func pearson(
        x: [Double], y: [Double], resamples: Int,
        using rng: inout some RandomNumberGenerator,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(ResamplingError) -> BootstrapResult {
        try pearsonBootstrap(x: x, y: y, resamples: resamples, using: &rng, progress: progress)
    }

    /// `pearson(x:y:resamples:using:progress:)` for the package's own generator: the same
    /// draws and the same replicates, bit for bit. This overload exists for speed: a
    /// function generic over the generator is compiled once, unspecialised, for callers
    /// in other modules, so each of the n·B draws would be an indirect call through the
    /// `RandomNumberGenerator` witness table (≈ 40% of the time, Benchmarks/RESULTS.md);
    /// here `Xoshiro256StarStar.next()` and Lemire's bounded draw are inlined into the loop.
    public static func pearson(
        x: [Double], y: [Double], resamples: Int,
        using rng: inout Xoshiro256StarStar,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(ResamplingError) -> BootstrapResult {
        try pearsonBootstrap(x: x, y: y, resamples: resamples, using: &rng, progress: progress)
    }

    @inline(__always)
    private static func pearsonBootstrap<G: RandomNumberGenerator>(
        x: [Double], y: [Double], resamples: Int,
        using rng: inout G,
        progress: ((Int, Int) -> Void)?
    ) throws(ResamplingError) -> BootstrapResult {
        guard x.count == y.count else { throw ResamplingError.lengthMismatch(x: x.count, y: y.count) }
        guard x.count >= 3 else { throw ResamplingError.tooFewObservations(needed: 3, got: x.count) }
        guard resamples >= 1 else { throw ResamplingError.invalidResampleCount(resamples) }
        try ResamplingMemory.check(count: resamples, bytesEach: MemoryLayout<Double>.size, what: "\(resamples) resamples")
        if let i = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
            throw ResamplingError.nonFiniteValue(index: i)
        }
        let n = x.count
        let sx = Descriptive.standardDeviation(x), sy = Descriptive.standardDeviation(y)
        let mx = Descriptive.mean(x), my = Descriptive.mean(y)
        let u = x.map { (sx > 0 ? ($0 - mx) / sx : $0 - mx) }
        let v = y.map { (sy > 0 ? ($0 - my) / sy : $0 - my) }
        let estimate = pearson(u, v)
        var jackknife = [Double](repeating: 0, count: n)
        var indices = [Int]()
        indices.reserveCapacity(n)
        for i in 0..<n {
            indices.removeAll(keepingCapacity: true)
            for j in 0..<n where j != i { indices.append(j) }
            jackknife[i] = pearson(u, v, indices)
        }
        var replicates = [Double](repeating: 0, count: resamples)
        var reporter = ProgressReporter(total: resamples, callback: progress)
        let bound = UInt64(n)
        let dn = Double(n)
        // The generator is copied into a local for the loop (and written back after), so
        // its state stays in registers across the progress callbacks.
        var g = rng
        defer { rng = g }
        u.withUnsafeBufferPointer { ub in
            v.withUnsafeBufferPointer { vb in
                for b in 0..<resamples {
                    // Two sets of partial sums (draws 0, 2, 4, … and 1, 3, 5, …) so that
                    // the additions of a draw do not wait on those of the previous one;
                    // the draws themselves stay in the same order.
                    var s1 = 0.0, s2 = 0.0, s11 = 0.0, s22 = 0.0, s12 = 0.0
                    var t1 = 0.0, t2 = 0.0, t11 = 0.0, t22 = 0.0, t12 = 0.0
                    var i = 0
                    while i + 2 <= n {
                        let k = Int(truncatingIfNeeded: RandomDraws.integer(below: bound, using: &g))
                        let a = ub[k], c = vb[k]
                        s1 += a; s2 += c; s11 += a * a; s22 += c * c; s12 += a * c
                        let k2 = Int(truncatingIfNeeded: RandomDraws.integer(below: bound, using: &g))
                        let a2 = ub[k2], c2 = vb[k2]
                        t1 += a2; t2 += c2; t11 += a2 * a2; t22 += c2 * c2; t12 += a2 * c2
                        i &+= 2
                    }
                    if i < n {
                        let k = Int(truncatingIfNeeded: RandomDraws.integer(below: bound, using: &g))
                        let a = ub[k], c = vb[k]
                        s1 += a; s2 += c; s11 += a * a; s22 += c * c; s12 += a * c
                    }
                    s1 += t1; s2 += t2; s11 += t11; s22 += t22; s12 += t12
                    let sxy = s12 - s1 * s2 / dn
                    let sxx = s11 - s1 * s1 / dn
                    let syy = s22 - s2 * s2 / dn
                    replicates[b] = sxy / (sxx * syy).squareRoot()
                    reporter.update(b + 1)
                }
            }
        }
        reporter.finish()
        return BootstrapResult(estimate: estimate, replicates: replicates, jackknife: jackknife)
    }

    /// Pearson's r of (x[i], y[i]) over the given indices (all when nil), two-pass; NaN when
    /// either variable is constant on them.
    static func pearson(_ x: [Double], _ y: [Double], _ indices: [Int]? = nil) -> Double {
        let idx = indices ?? Array(x.indices)
        let n = Double(idx.count)
        var mx = 0.0, my = 0.0
        for i in idx { mx += x[i]; my += y[i] }
        mx /= n; my /= n
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for i in idx {
            let a = x[i] - mx, b = y[i] - my
            sxx += a * a; syy += b * b; sxy += a * b
        }
        return sxy / (sxx * syy).squareRoot()
    }
}
