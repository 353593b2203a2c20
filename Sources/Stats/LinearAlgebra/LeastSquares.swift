/// Linear least squares `min_β Σ wᵢ (yᵢ − xᵢᵀβ)²` by Householder QR, with R-style
/// handling of aliased columns and automatic switch to double-double arithmetic
/// for ill-conditioned designs.
///
/// **Method.**
/// 1. Rows are scaled by `√wᵢ` (WLS as OLS on `W^{1/2}X`, `W^{1/2}y`) and
///    streamed through a tall-skinny Householder QR of `[X y]`
///    (`HouseholderQR`), giving `R` and `Qᵀy` without the normal equations.
/// 2. Aliased columns are found on `R` with R's `lm` semantics (a column that is,
///    to within the rank tolerance, a linear combination of *earlier* columns is
///    dropped, see `HouseholderQR`); the kept columns are then solved at full rank.
/// 3. `β̂ = R⁻¹Qᵀy`; `(XᵀWX)⁻¹ = R⁻¹R⁻ᵀ` from the triangular inverse (never by
///    inverting `XᵀX`); leverages `hᵢᵢ = ‖R⁻ᵀ √wᵢ xᵢ‖²` (the squared row norms of
///    `Q₁`) by one forward substitution per row, so no `n × n` matrix is formed.
/// 4. Residuals `yᵢ − xᵢᵀβ̂` are accumulated with error-free transformations
///    (the `Dot2` scheme of Ogita, Rump & Oishi, SIAM J. Sci. Comput. 26(6), 2005)
///    and `RSS` in double-double, so a near-perfect fit does not lose its
///    residual sum of squares to cancellation.
///
/// **Compensation trigger.** The normwise forward error of Householder least
/// squares is about `u·(κ + κ²‖r‖/(‖X‖‖β‖))` with `κ` the condition number of
/// the column-equilibrated design (Wedin 1973; Higham, Thm 20.1 and §20.10; QR
/// is invariant to column scaling). The trigger is the scaled 1-norm condition
/// number `scaledConditionNumber`: above the threshold
/// (`LeastSquaresOptions.Precision.automatic`, default 1e3) the QR, the
/// triangular solve, `R⁻¹`, the leverages and the residuals are recomputed in
/// double-double (≈ 32 digits, `DoubleDouble`), using the columns kept by the
/// double pass, and a note is added. That gives about `32 − log10 κ` correct
/// digits *for the data as given*: e.g. NIST Filip (κ₁(R) ≈ 7e15, scaled ≈ 8e9)
/// is solved to every certified digit, where double QR gets about 7.6 digits
/// and R's `lm` drops a column. Below the threshold the double result is
/// accurate normwise (error ≲ 1e-11 relative to `‖β‖` in the scaled norm);
/// a coefficient much smaller than its own standard error can have fewer
/// correct digits *relative to itself* (NIST Wampler5 in forced double, scaled
/// κ 3.4e3: 6 digits on B0 whose SE is 2e4 times larger), but its error stays
/// some ten orders of magnitude below its standard error. Choose
/// `.doubleDouble` to remove even that.
///
/// **Exact designs.** Rounding a computed regressor such as `x¹⁰` to `Double`
/// perturbs the problem by `u` relative per entry, which for Filip alone
/// limits any solver to about 8 digits. Callers that build such columns can
/// pass `designLowParts`: `X + designLowParts` is then the design to
/// double-double accuracy (e.g. the `lo` of `DoubleDouble` powers); it is used
/// by the compensated path and by the residuals.
///
/// **Condition number.** Reported as the exact 1-norm condition number of `R`
/// (`‖R‖₁‖R⁻¹‖₁` from the explicit inverse, which is needed for the covariance
/// anyway: `k³/3` flops), rather than an estimate (Hager 1984, Higham 1988).
public enum LeastSquares {
    /// Scaled 1-norm condition number above which `.automatic` precision solves in double-double.
    public static let defaultCompensationThreshold = 1e3

    /// Fits `y` on the columns of `x`.
    ///
    /// - Parameters:
    ///   - x: `n × k` design (column-major).
    ///   - y: `n` responses.
    ///   - weights: optional `n` non-negative finite weights (WLS). Zero-weight
    ///     rows do not count towards the residual degrees of freedom.
    ///   - designLowParts: optional `n × k` low-order parts: the design is
    ///     `x + designLowParts` exactly (see above).
    ///   - options: rank tolerance, aliasing policy, precision, leverage.
    public static func fit(
        _ x: Matrix, _ y: [Double], weights: [Double]? = nil, designLowParts: Matrix? = nil,
        options: LeastSquaresOptions = LeastSquaresOptions()
    ) throws(LeastSquaresError) -> LeastSquaresFit {
        let n = x.rows
        let k = x.columns
        // Shapes first; the finiteness of X and y is checked on the fly by the
        // triangle pass (one pass over X instead of two) and, only if it saw a
        // non-finite entry, by the full scan that names the first one. Weights and
        // low parts (rare) are scanned up front; any problem there also runs the
        // full scan, so the error reported is the same as with a scan first.
        try validateShapes(x, y, weights: weights, low: designLowParts)
        if designLowParts != nil || (weights.map { w in !w.allSatisfy { $0.isFinite && $0 >= 0 } } ?? false) {
            try validate(x, y, weights: weights, low: designLowParts)
        }
        let sqrtW: [Double]? = weights.map { $0.map { $0.squareRoot() } }

        // 1–2. Double pass: triangle of [X y], then pivoting on the small factor.
        var t = [Double](repeating: 0, count: (k + 1) * (k + 1))
        let finite = tallSkinnyTriangle(
            into: &t, x: x, xLow: designLowParts, columns: Array(0..<k), y: y, sqrtWeights: sqrtW)
        if !finite { try validate(x, y, weights: weights, low: designLowParts) }

        let effectiveN = weights.map { $0.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } } ?? n
        // With fewer rows than columns, aliasing would only reflect the lack of
        // data, not collinearity (R's lm silently returns NA there): refuse.
        if effectiveN < k { throw .insufficientObservations(observations: effectiveN, parameters: k) }
        var piv = PivotedTriangle(triangle: t, k: k)
        let tol = options.rankTolerance ?? Double(max(n, k)) * Double.ulpOfOne
        piv.factor(pivoting: .deferAliased, tolerance: tol)
        let rank = piv.rank
        let kept = Array(piv.perm[0..<rank])
        let aliased = piv.perm[rank...].sorted()
        if rank == 0 { throw .noEstimableColumns }
        if !aliased.isEmpty && options.onRankDeficiency == .throwError {
            throw .rankDeficient(aliasedColumns: aliased)
        }

        let p = k + 1
        var rD = [Double](repeating: 0, count: rank * rank)
        for j in 0..<rank { for i in 0...j { rD[i + j * rank] = piv.a[i + j * p] } }
        let zD = (0..<rank).map { piv.a[$0 + k * p] }
        let norms = kept.map { piv.originalNorms[$0] }
        let invD = Triangular.invertUpper(rD, ld: rank, m: rank)
        var kappa = Triangular.oneNorm(rD, ld: rank, m: rank) * Triangular.oneNorm(invD, ld: rank, m: rank)
        var kappaScaled = Triangular.oneNorm(rD, ld: rank, m: rank, columnDivisor: norms)
            * Triangular.oneNorm(invD, ld: rank, m: rank, rowMultiplier: norms)

        let compensate: Bool
        switch options.precision {
        case .double: compensate = false
        case .doubleDouble: compensate = true
        case let .automatic(threshold): compensate = !(kappaScaled <= threshold)
        }

        var notes: [String] = []
        if !aliased.isEmpty {
            notes.append(
                "column(s) \(aliased.map(String.init).joined(separator: ", ")) aliased (linear combinations of earlier columns, tolerance \(scientific(tol))): dropped")
        }

        let coefficients: [Double]
        let covariance: [Double]
        let rOut: [Double]
        var residuals = [Double](repeating: 0, count: n)
        var fitted = [Double](repeating: 0, count: n)
        var rss = DoubleDouble.zero
        var leverage: [Double] = []
        let method: LeastSquaresFit.Method

        if compensate {
            let sqrtWDD: [DoubleDouble]? = weights.map { $0.map { DoubleDouble.sqrt(DoubleDouble($0)) } }
            var tt = [DoubleDouble](repeating: .zero, count: (rank + 1) * (rank + 1))
            tallSkinnyTriangle(into: &tt, x: x, xLow: designLowParts, columns: kept, y: y, sqrtWeights: sqrtWDD)
            let q = rank + 1
            var r = [DoubleDouble](repeating: .zero, count: rank * rank)
            for j in 0..<rank { for i in 0...j { r[i + j * rank] = tt[i + j * q] } }
            let z = (0..<rank).map { tt[$0 + rank * q] }
            let beta = Triangular.solveUpper(r, ld: rank, m: rank, z)
            let inv = Triangular.invertUpper(r, ld: rank, m: rank)
            kappa = Triangular.oneNorm(r, ld: rank, m: rank) * Triangular.oneNorm(inv, ld: rank, m: rank)
            kappaScaled = Triangular.oneNorm(r, ld: rank, m: rank, columnDivisor: norms)
                * Triangular.oneNorm(inv, ld: rank, m: rank, rowMultiplier: norms)
            coefficients = beta.map(\.doubleValue)
            covariance = Triangular.gramOfInverse(inv, m: rank).map(\.doubleValue)
            rOut = r.map(\.doubleValue)
            residualsDoubleDouble(
                x: x, low: designLowParts, kept: kept, beta: beta, y: y, weights: weights,
                residuals: &residuals, fitted: &fitted, rss: &rss)
            if options.computeLeverage {
                leverage = leverages(x: x, low: designLowParts, kept: kept, r: r, sqrtWeights: sqrtWDD)
            }
            method = .householderDoubleDouble
            notes.append(
                "ill-conditioned design (condition number \(scientific(kappa)), \(scientific(kappaScaled)) with unit-norm columns): solved with double-double QR")
        } else {
            let beta = Triangular.solveUpper(rD, ld: rank, m: rank, zD)
            coefficients = beta
            covariance = Triangular.gramOfInverse(invD, m: rank)
            rOut = rD
            residualsDouble(
                x: x, low: designLowParts, kept: kept, beta: beta, y: y, weights: weights,
                columnNorms: piv.originalNorms, residuals: &residuals, fitted: &fitted, rss: &rss)
            if options.computeLeverage {
                leverage = leverages(x: x, low: nil, kept: kept, r: rD, sqrtWeights: sqrtW)
            }
            method = .householderDouble
        }

        return LeastSquaresFit(
            observations: n, effectiveObservations: effectiveN, columnCount: k, rank: rank,
            pivot: piv.perm, keptColumns: kept, aliasedColumns: aliased, coefficients: coefficients,
            unscaledCovariance: Matrix(uncheckedRows: rank, columns: rank, storage: covariance),
            r: Matrix(uncheckedRows: rank, columns: rank, storage: rOut),
            residuals: residuals, fittedValues: fitted, residualSumOfSquares: rss.doubleValue,
            residualDegreesOfFreedom: effectiveN - rank, leverage: leverage,
            conditionNumber: kappa, scaledConditionNumber: kappaScaled, method: method, notes: notes)
    }

    private static func validateShapes(
        _ x: Matrix, _ y: [Double], weights: [Double]?, low: Matrix?
    ) throws(LeastSquaresError) {
        let n = x.rows
        if x.columns == 0 { throw .noColumns }
        if y.count != n { throw .dimensionMismatch(what: "y", expected: n, actual: y.count) }
        if let w = weights, w.count != n { throw .dimensionMismatch(what: "weights", expected: n, actual: w.count) }
        if let l = low, l.rows != n || l.columns != x.columns {
            throw .dimensionMismatch(what: "designLowParts", expected: n * x.columns, actual: l.rows * l.columns)
        }
    }

    /// The full scan (after `validateShapes`): the first non-finite design entry
    /// (column-major order), response or invalid weight.
    private static func validate(
        _ x: Matrix, _ y: [Double], weights: [Double]?, low: Matrix?
    ) throws(LeastSquaresError) {
        let n = x.rows
        for j in 0..<x.columns {
            for i in 0..<n where !x.storage[i + j * n].isFinite {
                throw .nonFiniteDesign(row: i, column: j, value: x.storage[i + j * n])
            }
            if let l = low {
                for i in 0..<n where !l.storage[i + j * n].isFinite {
                    throw .nonFiniteDesign(row: i, column: j, value: l.storage[i + j * n])
                }
            }
        }
        for i in 0..<n where !y[i].isFinite { throw .nonFiniteResponse(row: i, value: y[i]) }
        if let w = weights {
            for i in 0..<n where !(w[i].isFinite && w[i] >= 0) { throw .invalidWeight(row: i, value: w[i]) }
        }
    }

    /// Residuals for a double `β`: `Σ_j x_ij β_j` is accumulated error-free
    /// (TwoProduct + TwoSum per term, errors summed), so `y − Xβ` is correct to
    /// about one rounding even when it cancels almost completely.
    private static func residualsDouble(
        x: Matrix, low: Matrix?, kept: [Int], beta: [Double], y: [Double], weights: [Double]?,
        columnNorms: [Double], residuals: inout [Double], fitted: inout [Double], rss: inout DoubleDouble
    ) {
        let n = x.rows
        // `fitted` accumulates the high parts and `residuals` the low parts, so no
        // extra n-vectors are allocated (2 × 8 MB at n = 1e6); both are overwritten
        // with their final values row by row below.
        x.storage.withUnsafeBufferPointer { xs in
            fitted.withUnsafeMutableBufferPointer { h in
                residuals.withUnsafeMutableBufferPointer { l in
                    for (c, j) in kept.enumerated() {
                        let b = beta[c]
                        let base = j * n
                        // The split form of the exact product error, chosen once per
                        // column: it cannot overflow when ‖x_j‖ (≥ max|x_ij|) and |β_j|
                        // and their product are bounded (`DoubleDouble.productError`), and
                        // it runs branch-free and vectorised. Otherwise the guarded form.
                        let bound = columnNorms[j]
                        if bound < 0x1p994 && Swift.abs(b) < 0x1p994 && bound * Swift.abs(b) < 0x1p1019 {
                            if let xp = xs.baseAddress, let hp = h.baseAddress, let lp = l.baseAddress {
                                DenseKernels.accumulateExactProducts(xp + base, b, hi: hp, lo: lp, n)
                            }
                        } else {
                            for i in 0..<n {
                                let pr = xs[base + i] * b
                                let pe = DoubleDouble.productError(xs[base + i], b, pr)
                                let s = h[i] + pr
                                let bb = s - h[i]
                                let se = (h[i] - (s - bb)) + (pr - bb)
                                h[i] = s
                                l[i] += pe + se
                            }
                        }
                        if let lowM = low {
                            lowM.storage.withUnsafeBufferPointer { ls in
                                for i in 0..<n { l[i] = l[i].addingProduct(ls[base + i], b) }
                            }
                        }
                    }
                }
            }
        }
        var acc = DoubleDouble.zero
        // Four partial sums (rows i mod 4) so that consecutive double-double additions,
        // each a chain of about ten dependent operations, overlap; combined at the end.
        // Same accuracy class: each partial sum and the final combination are double-double.
        var part = (DoubleDouble.zero, DoubleDouble.zero, DoubleDouble.zero, DoubleDouble.zero)
        @inline(__always) func term(_ i: Int) -> DoubleDouble {
            let f = DoubleDouble(fitted[i], residuals[i])
            let r = DoubleDouble(y[i]) - f
            residuals[i] = r.doubleValue
            fitted[i] = f.doubleValue
            let r2 = r * r
            return weights.map { r2 * $0[i] } ?? r2
        }
        var i = 0
        if weights == nil {
            // The same operations on four rows at once (lane j holds partial sum j).
            (part, i) = unweightedResidualSquaresSIMD(
                y: y, residuals: &residuals, fitted: &fitted)
        }
        while i + 4 <= n {
            part.0 = part.0 + term(i)
            part.1 = part.1 + term(i + 1)
            part.2 = part.2 + term(i + 2)
            part.3 = part.3 + term(i + 3)
            i += 4
        }
        while i < n {
            part.0 = part.0 + term(i)
            i += 1
        }
        acc = (part.0 + part.1) + (part.2 + part.3)
        rss = acc
    }

    /// The unweighted `term` loop of `residualsDouble` on `SIMD4` lanes: for rows
    /// `4q + j`, lane `j` forms `f = hi + lo` (TwoSum), `r = y − f` (accurate double-word
    /// addition), `r²` (DWTimesDW1) and adds it to partial sum `j`, exactly the scalar
    /// operations in the same order (so the same bits). Lanes whose exact product error
    /// would leave the range of the split form (`DoubleDouble.productError`) are
    /// redone with the guarded scalar form. Returns the four partial sums and the
    /// number of rows done (a multiple of 4).
    private static func unweightedResidualSquaresSIMD(
        y: [Double], residuals: inout [Double], fitted: inout [Double]
    ) -> ((DoubleDouble, DoubleDouble, DoubleDouble, DoubleDouble), Int) {
        typealias V = SIMD4<Double>
        let n = y.count
        @inline(__always) func twoSum(_ a: V, _ b: V) -> (V, V) {
            let s = a + b
            let bb = s - a
            return (s, (a - (s - bb)) + (b - bb))
        }
        @inline(__always) func fastTwoSum(_ a: V, _ b: V) -> (V, V) {
            let s = a + b
            return (s, b - (s - a))
        }
        // Accurate double-word addition (DoubleDouble.+), lane by lane.
        @inline(__always) func add(_ xh: V, _ xl: V, _ yh: V, _ yl: V) -> (V, V) {
            let (sh, sl0) = twoSum(xh, yh)
            let (th, tl) = twoSum(xl, yl)
            let (vh, vl) = fastTwoSum(sh, sl0 + th)
            return fastTwoSum(vh, tl + vl)
        }
        var accH = V(), accL = V()
        var done = 0
        y.withUnsafeBufferPointer { yb in
            residuals.withUnsafeMutableBufferPointer { rb in
                fitted.withUnsafeMutableBufferPointer { fb in
                    guard let yp = yb.baseAddress, let rp = rb.baseAddress, let fp = fb.baseAddress else { return }
                    let ry = UnsafeRawPointer(yp), rr = UnsafeMutableRawPointer(rp), rf = UnsafeMutableRawPointer(fp)
                    let split = V(repeating: 134_217_729.0)
                    var i = 0
                    while i + 4 <= n {
                        let off = i &* 8
                        let (fh, fl) = twoSum(rf.loadUnaligned(fromByteOffset: off, as: V.self),
                                              rr.loadUnaligned(fromByteOffset: off, as: V.self))
                        let yv = ry.loadUnaligned(fromByteOffset: off, as: V.self)
                        let (rh, rl) = add(yv, V(), -fh, -fl)
                        rr.storeBytes(of: rh + rl, toByteOffset: off, as: V.self)
                        rf.storeBytes(of: fh + fl, toByteOffset: off, as: V.self)
                        // r² by DWTimesDW1 with the split product error.
                        let ch = rh * rh
                        let c = split * rh
                        let ah = c - (c - rh)
                        let al = rh - ah
                        var cl1 = ((ah * ah - ch) + ah * al + al * ah) + al * al
                        // ch = rh² ≥ 0 (or NaN, which fails every comparison).
                        let big = V(repeating: 0x1p995)
                        let safe = (rh .< big) .& (-rh .< big) .& (ch .> V(repeating: 0x1p-916))
                            .& (ch .< V(repeating: 0x1p1020))
                        if !all(safe) {
                            for j in 0..<4 where !safe[j] { cl1[j] = DoubleDouble.productError(rh[j], rh[j], ch[j]) }
                        }
                        let cl2 = rh * rl + rl * rh
                        let cl3 = cl1 + cl2
                        let (zh, zl) = fastTwoSum(ch, cl3)
                        (accH, accL) = add(accH, accL, zh, zl)
                        i &+= 4
                    }
                    done = i
                }
            }
        }
        let parts = (DoubleDouble(uncheckedHi: accH[0], lo: accL[0]), DoubleDouble(uncheckedHi: accH[1], lo: accL[1]),
                     DoubleDouble(uncheckedHi: accH[2], lo: accL[2]), DoubleDouble(uncheckedHi: accH[3], lo: accL[3]))
        return (parts, done)
    }

    private static func residualsDoubleDouble(
        x: Matrix, low: Matrix?, kept: [Int], beta: [DoubleDouble], y: [Double], weights: [Double]?,
        residuals: inout [Double], fitted: inout [Double], rss: inout DoubleDouble
    ) {
        let n = x.rows
        var f = [DoubleDouble](repeating: .zero, count: n)
        for (c, j) in kept.enumerated() {
            let b = beta[c]
            let base = j * n
            for i in 0..<n {
                let xv = low.map { DoubleDouble(x.storage[base + i], $0.storage[base + i]) } ?? DoubleDouble(x.storage[base + i])
                f[i] = f[i] + xv * b
            }
        }
        var acc = DoubleDouble.zero
        for i in 0..<n {
            let r = DoubleDouble(y[i]) - f[i]
            residuals[i] = r.doubleValue
            fitted[i] = f[i].doubleValue
            let r2 = r * r
            acc = acc + (weights.map { r2 * $0[i] } ?? r2)
        }
        rss = acc
    }

    /// `hᵢ = ‖R⁻ᵀ(√wᵢ xᵢ)‖²` row by row.
    private static func leverages<S: FactorizationScalar>(
        x: Matrix, low: Matrix?, kept: [Int], r: [S], sqrtWeights: [S]?
    ) -> [Double] {
        let n = x.rows
        let m = kept.count
        var h = [Double](repeating: 0, count: n)
        var row = [S](repeating: S.zero, count: m)
        r.withUnsafeBufferPointer { rp in
            row.withUnsafeMutableBufferPointer { rowp in
                guard let rb = rp.baseAddress, let xb = rowp.baseAddress else { return }
                for i in 0..<n {
                    for (c, j) in kept.enumerated() {
                        let hiV = x.storage[i + j * n]
                        let v = low.map { S(hi: hiV, lo: $0.storage[i + j * n]) } ?? S(hiV)
                        xb[c] = sqrtWeights.map { v * $0[i] } ?? v
                    }
                    h[i] = Triangular.leverage(rb, ld: m, m: m, row: xb).doubleValue
                }
            }
        }
        return h
    }
}

/// `x` with two significant digits in scientific notation (e.g. `1.8e15`),
/// without Foundation.
func scientific(_ x: Double) -> String {
    guard x.isFinite, x != 0 else { return "\(x)" }
    var e = Int((Swift.abs(x)).log10Floor)
    var m = x / pow10(e)
    m = (m * 10).rounded() / 10
    if Swift.abs(m) >= 10 { m /= 10; e += 1 }
    let ms = m == m.rounded() ? String(Int(m)) : String(m)
    return "\(ms)e\(e)"
}

private func pow10(_ e: Int) -> Double {
    var r = 1.0
    if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
    return r
}

extension Double {
    fileprivate var log10Floor: Double {
        var e = 0.0
        var v = self
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 { v *= 10; e -= 1 }
        return e
    }
}
