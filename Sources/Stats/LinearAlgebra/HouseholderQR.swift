/// Householder QR factorisation `X P = Q R` of a tall matrix, computed the
/// tall-skinny way, with rank-revealing column pivoting on the small factor.
///
/// **Algorithm.** Rows are streamed in blocks that fit in the L1/L2 cache. The
/// running `k × k` triangle `T` is stacked on each new block `B` and `[T; B]` is
/// re-triangularised with Householder reflections (Golub & Van Loan, *Matrix
/// Computations*, 4th ed., §5.2.1 and §5.2.2 structured updating; the sequential
/// form of TSQR, Demmel, Grigori, Hoemmen & Langou, SIAM J. Sci. Comput. 34(1),
/// 2012). Because `T` is triangular, reflector `j` touches only row `j` of `T`
/// and column `j` of `B`, so a block of `b` rows costs `2bk²` flops, the same as
/// plain Householder QR, but `X` is read from memory exactly once and the normal
/// equations are never formed. Householder QR is backward stable column by
/// column: the computed `R` is the exact factor of `X + ΔX` with
/// `‖ΔX e_j‖ ≤ c·n·k·u·‖X e_j‖` (Higham, *Accuracy and Stability of Numerical
/// Algorithms*, 2nd ed., Thm 19.4), so its accuracy depends on the condition of
/// the column-equilibrated `X`, not on the units of the columns.
///
/// **Pivoting.** `X` and `R` have the same column norms and the same angles
/// between columns (`XᵀX = RᵀR`), so the pivoting decisions are taken on the
/// `k × k` triangle by a second, small Householder QR:
///
/// * `.deferAliased` (default) — R's `lm` semantics (LINPACK `dqrdc2` as
///   modified for R): columns are processed in the given order; a column whose
///   norm after projection on the previously accepted columns is at most
///   `tolerance × ‖X e_j‖` is a (numerical) linear combination of earlier
///   columns, is moved to the end and reported as aliased. The remaining
///   columns keep their order, so their `R` is the QR factor of those columns.
/// * `.maxNorm` — Businger & Golub (Numer. Math. 7, 1965): at each step the
///   column of largest remaining norm comes next; rank is the number of steps
///   before the largest remaining norm falls to `tolerance × |R₁₁|`.
///
/// **Rank tolerance.** The default is `max(n, k) · ε` (ε = 2⁻⁵² ≈ 2.2e-16,
/// numpy's/LAPACK's `rcond` default), applied to the scale-free ratio
/// "remaining norm / original norm" of each column, i.e. the sine of the angle
/// between the column and the span of the earlier ones. A column closer to
/// that span than the rounding error of its own entries cannot be told apart
/// from an exact linear combination. R's `lm` uses `tol = 1e-7`, which aliases
/// genuinely estimable columns (NIST Filip's x¹⁰ has ratio 5.2e-8 and R drops
/// it); with double-double solving available such columns can be estimated
/// accurately, so the tighter, rounding-error-based tolerance is used.
public struct HouseholderQR: Sendable, Equatable {
    /// How columns are pivoted.
    public enum Pivoting: Sendable, Equatable, Hashable {
        /// Keep the given order; defer aliased columns to the end (R `lm`, LINPACK `dqrdc2`).
        case deferAliased
        /// Businger–Golub maximum-remaining-norm pivoting.
        case maxNorm
    }

    /// The `k × k` upper-triangular factor of the pivoted columns `X P`
    /// (rows beyond `rank` of columns beyond `rank` are the unreduced remainder).
    public let r: Matrix
    /// `pivot[j]` is the original index of the column in position `j`.
    public let pivot: [Int]
    /// Numerical rank.
    public let rank: Int
    /// Original column norms `‖X e_j‖`.
    public let columnNorms: [Double]

    /// Factorises `x` (n × k, any n ≥ 0) with the given pivoting and tolerance
    /// (`nil`: `max(n, k) · ε`).
    public init(_ x: Matrix, pivoting: Pivoting = .deferAliased, tolerance: Double? = nil) {
        let k = x.columns
        let tol = tolerance ?? Double(max(x.rows, k)) * Double.ulpOfOne
        var t = [Double](repeating: 0, count: (k + 1) * (k + 1))
        let zeros = [Double](repeating: 0, count: x.rows)
        tallSkinnyTriangle(
            into: &t, x: x, xLow: nil, columns: Array(0..<k), y: zeros, sqrtWeights: nil)
        var piv = PivotedTriangle(triangle: t, k: k)
        piv.factor(pivoting: pivoting, tolerance: tol)
        var rm = Matrix(rows: k, columns: k)
        for j in 0..<k {
            for i in 0...j { rm[i, j] = piv.a[i + j * (k + 1)] }
        }
        self.r = rm
        self.pivot = piv.perm
        self.rank = piv.rank
        self.columnNorms = piv.originalNorms
    }
}

/// QR of `[T; B]` where `T` is `p × p` upper triangular (column-major, leading
/// dimension `p`) and `B` is `b × p` (leading dimension `b`): on return `T`
/// holds the new triangle and `B` is garbage. See `HouseholderQR` for the method.
@inline(__always)
func householderStackedUpdate<S: FactorizationScalar>(
    t: UnsafeMutablePointer<S>, p: Int, block: UnsafeMutablePointer<S>, b: Int
) {
    if S.self == Double.self {
        // Constant-folded in each specialisation: the double path runs the same
        // reflections with vectorised dot products and updates (`DenseKernels`).
        householderStackedUpdateDouble(
            t: UnsafeMutableRawPointer(t).assumingMemoryBound(to: Double.self), p: p,
            block: UnsafeMutableRawPointer(block).assumingMemoryBound(to: Double.self), b: b)
        return
    }
    for j in 0..<p {
        let bj = block + j * b
        var ss = S.zero
        for i in 0..<b { ss = ss + bj[i] * bj[i] }
        if ss.isZero { continue }
        let tjj = t[j + j * p]
        let norm = S.squareRoot(tjj * tjj + ss)
        // alpha = -sign(tjj)·norm so that v0 = tjj - alpha never cancels.
        let alpha = tjj.isNegative ? norm : -norm
        let v0 = tjj - alpha
        let tau = S.one / (-(alpha * v0))
        for c in (j + 1)..<p {
            let bc = block + c * b
            var s = v0 * t[j + c * p]
            for i in 0..<b { s = s + bj[i] * bc[i] }
            let f = s * tau
            t[j + c * p] = t[j + c * p] - f * v0
            for i in 0..<b { bc[i] = bc[i] - f * bj[i] }
        }
        t[j + j * p] = alpha
    }
}

/// `householderStackedUpdate` for `Double`: identical reflections, with the
/// column dot products and updates of the block done by `DenseKernels`.
@inline(__always)
func householderStackedUpdateDouble(
    t: UnsafeMutablePointer<Double>, p: Int, block: UnsafeMutablePointer<Double>, b: Int
) {
    for j in 0..<p {
        let bj = block + j * b
        let ss = DenseKernels.dot(bj, bj, b)
        if ss == 0 { continue }
        let tjj = t[j + j * p]
        let norm = (tjj * tjj + ss).squareRoot()
        let alpha = tjj < 0 ? norm : -norm
        let v0 = tjj - alpha
        let tau = 1 / (-(alpha * v0))
        // Two columns at a time share the loads of the reflector's block column.
        var c = j + 1
        while c + 2 <= p {
            let bc = block + c * b, bd = block + (c + 1) * b
            let (dc, dd) = DenseKernels.dot2(bj, bc, bd, b)
            let fc = (v0 * t[j + c * p] + dc) * tau
            let fd = (v0 * t[j + (c + 1) * p] + dd) * tau
            t[j + c * p] = t[j + c * p] - fc * v0
            t[j + (c + 1) * p] = t[j + (c + 1) * p] - fd * v0
            DenseKernels.subtractScaled(fc, bj, from: bc, b)
            DenseKernels.subtractScaled(fd, bj, from: bd, b)
            c += 2
        }
        if c < p {
            let bc = block + c * b
            let s = v0 * t[j + c * p] + DenseKernels.dot(bj, bc, b)
            let f = s * tau
            t[j + c * p] = t[j + c * p] - f * v0
            DenseKernels.subtractScaled(f, bj, from: bc, b)
        }
        t[j + j * p] = alpha
    }
}

/// Streams the rows of `[X[:, columns] y]` (each row scaled by `sqrtWeights[i]`
/// when given, entries taken as `x + xLow` when `xLow` is given) through
/// `householderStackedUpdate`; `t` (size `(m+1)²`, `m = columns.count`) receives
/// the upper triangle of the augmented matrix, whose last column is `Qᵀy` and
/// whose corner is ± the residual norm of the fit on all the columns.
///
/// Returns `false` when the double path met a non-finite entry in a block (the
/// caller then runs its full validation, which names the row and column): the
/// finiteness check rides on the pass over `X` instead of costing a pass of its
/// own. The double-double path always returns `true`.
@discardableResult
func tallSkinnyTriangle<S: FactorizationScalar>(
    into t: inout [S], x: Matrix, xLow: Matrix?, columns: [Int], y: [Double],
    sqrtWeights: [S]?
) -> Bool {
    let n = x.rows
    let m = columns.count
    let p = m + 1
    precondition(t.count == p * p)
    // About 128 KiB of Double per block (L2-resident; measured a little faster than
    // 32 KiB blocks at n = 1e6, k = 10), at least 32 rows.
    let blockRows = max(32, min(n, 16384 / p))
    if n == 0 { return true }
    var allFinite = true
    var block = [S](repeating: S.zero, count: blockRows * p)
    x.storage.withUnsafeBufferPointer { xs in
        t.withUnsafeMutableBufferPointer { tp in
            block.withUnsafeMutableBufferPointer { bp in
                guard let tb = tp.baseAddress, let bb = bp.baseAddress else { return }
                var r0 = 0
                while r0 < n {
                    let b = min(blockRows, n - r0)
                    for (c, col) in columns.enumerated() {
                        let src = col * n + r0
                        let dst = bb + c * b
                        if let lowM = xLow {
                            lowM.storage.withUnsafeBufferPointer { ls in
                                for i in 0..<b { dst[i] = S(hi: xs[src + i], lo: ls[src + i]) }
                            }
                        } else {
                            for i in 0..<b { dst[i] = S(xs[src + i]) }
                        }
                        if let sw = sqrtWeights {
                            for i in 0..<b { dst[i] = dst[i] * sw[r0 + i] }
                        }
                    }
                    let dy = bb + m * b
                    for i in 0..<b { dy[i] = S(y[r0 + i]) }
                    if let sw = sqrtWeights {
                        for i in 0..<b { dy[i] = dy[i] * sw[r0 + i] }
                    }
                    if S.self == Double.self && allFinite {
                        allFinite = DenseKernels.allFinite(
                            UnsafeRawPointer(bb).assumingMemoryBound(to: Double.self), b * p)
                    }
                    householderStackedUpdate(t: tb, p: p, block: bb, b: b)
                    r0 += b
                }
            }
        }
    }
    return allFinite
}

/// The small pivoted QR of the `(k+1) × (k+1)` augmented triangle `[R₀ z₀]`.
/// Only the first `k` columns are pivoted; the last (the response) rides along.
struct PivotedTriangle<S: FactorizationScalar> {
    var a: [S]
    let k: Int
    var perm: [Int]
    var rank: Int = 0
    var originalNorms: [Double]

    init(triangle: [S], k: Int) {
        self.a = triangle
        self.k = k
        self.perm = Array(0..<k)
        let p = k + 1
        var norms = [Double](repeating: 0, count: k)
        for j in 0..<k {
            var s = S.zero
            for i in 0...j { s = s + triangle[i + j * p] * triangle[i + j * p] }
            norms[j] = S.squareRoot(s).doubleValue
        }
        self.originalNorms = norms
    }

    private func remainingNorm(_ l: Int) -> S {
        let p = k + 1
        var s = S.zero
        for i in l..<p { s = s + a[i + l * p] * a[i + l * p] }
        return S.squareRoot(s)
    }

    private mutating func swapColumns(_ c1: Int, _ c2: Int) {
        if c1 == c2 { return }
        let p = k + 1
        for i in 0..<p { a.swapAt(i + c1 * p, i + c2 * p) }
        perm.swapAt(c1, c2)
    }

    /// Moves column `l` to position `last`, shifting `l+1...last` left by one.
    private mutating func deferColumn(_ l: Int, to last: Int) {
        var c = l
        while c < last {
            swapColumns(c, c + 1)
            c += 1
        }
    }

    /// Householder step on rows `l..<p`, columns `l..<p`.
    private mutating func reflect(_ l: Int) {
        let p = k + 1
        let norm = remainingNorm(l)
        if norm.isZero { return }
        let all = a[l + l * p]
        let alpha = all.isNegative ? norm : -norm
        let v0 = all - alpha
        let tau = S.one / (-(alpha * v0))
        for c in (l + 1)..<p {
            var s = v0 * a[l + c * p]
            for i in (l + 1)..<p { s = s + a[i + l * p] * a[i + c * p] }
            let f = s * tau
            a[l + c * p] = a[l + c * p] - f * v0
            for i in (l + 1)..<p { a[i + c * p] = a[i + c * p] - f * a[i + l * p] }
        }
        a[l + l * p] = alpha
        for i in (l + 1)..<p { a[i + l * p] = S.zero }
    }

    mutating func factor(pivoting: HouseholderQR.Pivoting, tolerance: Double) {
        switch pivoting {
        case .deferAliased:
            var kEff = k
            var l = 0
            while l < kEff {
                let rho = remainingNorm(l).doubleValue
                if rho <= tolerance * originalNorms[perm[l]] {
                    deferColumn(l, to: kEff - 1)
                    kEff -= 1
                } else {
                    reflect(l)
                    l += 1
                }
            }
            rank = kEff
        case .maxNorm:
            var r11 = 0.0
            rank = k
            for l in 0..<k {
                var best = l
                var bestNorm = -1.0
                for c in l..<k {
                    let v = remainingColumnNorm(c, from: l)
                    if v > bestNorm { bestNorm = v; best = c }
                }
                if l == 0 { r11 = bestNorm }
                if bestNorm <= tolerance * r11 || bestNorm == 0 {
                    rank = l
                    break
                }
                swapColumns(l, best)
                reflect(l)
            }
        }
    }

    private func remainingColumnNorm(_ c: Int, from l: Int) -> Double {
        let p = k + 1
        var s = S.zero
        for i in l..<p { s = s + a[i + c * p] * a[i + c * p] }
        return S.squareRoot(s).doubleValue
    }
}
