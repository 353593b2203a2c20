#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exact solution of the quantile-regression linear program
///
///     min_β Σᵢ ρ_τ(yᵢ − xᵢᵀβ),   ρ_τ(r) = r·(τ − 1{r < 0}),
///
/// by a simplex method on the vertices of the problem, in the manner of
/// Barrodale & Roberts (1974, Comm. ACM 17(6)) as adapted to regression
/// quantiles by Koenker & d'Orey (1987, Appl. Stat. 36; quantreg's "br"):
///
/// * a vertex is a set `h` of `p` observations fitted exactly, `β = X_h⁻¹y_h`;
/// * from a vertex the `2p` edges are `±d_j`, `d_j = X_h⁻¹e_j` (observation
///   `j` of `h` leaves the fit with a positive or negative residual); the
///   directional derivative of the objective along `+d_j` is
///   `(1 − τ) − Σ_{i∉h} ψ_τ(rᵢ) xᵢᵀd_j` and along `−d_j` it is
///   `τ + Σ_{i∉h} ψ_τ(rᵢ) xᵢᵀd_j`, with `ψ_τ(r) = τ − 1{r < 0}`;
/// * the steepest descending edge is followed to the minimum along it, a
///   weighted-median step over the breakpoints `rᵢ/(xᵢᵀd)` (the objective is
///   piecewise linear along the edge; its slope grows by `|xᵢᵀd|` at each
///   breakpoint), and the observation at that breakpoint enters `h`;
/// * a vertex with no descending edge is optimal (the objective is convex).
///   If an edge has zero derivative there, the objective is flat along it and
///   the solution is not unique (rq's "Solution may be nonunique" warning).
///
/// The start is the vertex nearest the least-squares fit (the `p` linearly
/// independent observations with the smallest least-squares residuals).
/// `β` is solved from `X_h β = y_h` by Gaussian elimination with partial
/// pivoting and one step of iterative refinement.
enum QuantileSimplex {
    struct Solution: Equatable {
        var coefficients: [Double]
        var residuals: [Double]
        /// The observations fitted exactly (the basis `h`), ascending.
        var basis: [Int]
        var nonUnique: Bool
        var iterations: Int
        /// `Σ ρ_τ(rᵢ)`.
        var objective: Double
    }

    enum Failure: Error, Equatable {
        case singularDesign
        case noConvergence(iterations: Int)
    }

    /// Solves the problem for `x` (`n × p`, full column rank), `y` and `tau` in (0, 1).
    static func solve(x: Matrix, y: [Double], tau: Double, start: [Double]? = nil) throws(Failure) -> Solution {
        let n = x.rows, p = x.columns
        guard n >= p, p > 0 else { throw .singularDesign }
        // Starting vertex: observations ordered by |residual| of the start fit
        // (least squares by default), taken greedily while independent.
        let beta0: [Double]
        if let s = start { beta0 = s } else {
            guard let f = try? LeastSquares.fit(x, y, options: LeastSquaresOptions(computeLeverage: false)),
                  f.aliasedColumns.isEmpty else { throw .singularDesign }
            beta0 = f.coefficients
        }
        let r0 = (0..<n).map { i in y[i] - (0..<p).reduce(0.0) { $0 + x[i, $1] * beta0[$1] } }
        let order = (0..<n).sorted { (abs(r0[$0]), $0) < (abs(r0[$1]), $1) }
        var basis: [Int] = []
        var reduced: [[Double]] = []  // Gram–Schmidt of the chosen rows, for the independence test
        let scale = (0..<p).map { j in (0..<n).reduce(0.0) { Swift.max($0, abs(x[$1, j])) } }
        for i in order where basis.count < p {
            var v = (0..<p).map { j in scale[j] > 0 ? x[i, j] / scale[j] : 0 }
            let norm0 = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm0 > 0 else { continue }
            for q in reduced {
                let c = zip(v, q).reduce(0) { $0 + $1.0 * $1.1 }
                for k in 0..<p { v[k] -= c * q[k] }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 1e-8 * norm0 {
                reduced.append(v.map { $0 / norm })
                basis.append(i)
            }
        }
        guard basis.count == p else { throw .singularDesign }

        let yScale = y.reduce(0.0) { Swift.max($0, abs($1)) }
        let zeroResidual = 1e-12 * Swift.max(yScale, Double.leastNormalMagnitude)
        var iterations = 0
        let maxIterations = 50 * (n + p) + 100
        while true {
            guard let inverse = invert(rows: basis, of: x) else { throw .singularDesign }
            let beta = solveBasis(basis, x: x, y: y, inverse: inverse)
            var r = (0..<n).map { i in y[i] - (0..<p).reduce(0.0) { $0 + x[i, $1] * beta[$1] } }
            let inBasis = Set(basis)
            for i in basis { r[i] = 0 }
            // Directional derivatives along ±d_j.
            var best: (value: Double, j: Int, sign: Double)? = nil
            var flat = false
            var a = [Double](repeating: 0, count: n)
            var directions: [[Double]] = []
            for j in 0..<p {
                let d = (0..<p).map { inverse[$0][j] }
                directions.append(d)
                var sPlus = 1 - tau, sMinus = tau, magnitude = 1.0
                for i in 0..<n where !inBasis.contains(i) {
                    let ai = (0..<p).reduce(0.0) { $0 + x[i, $1] * d[$1] }
                    magnitude += abs(ai)
                    if abs(r[i]) <= zeroResidual {
                        // A zero residual off the basis (degenerate vertex): ρ_τ along the direction.
                        sPlus += ai > 0 ? (1 - tau) * ai : -tau * ai
                        sMinus += ai < 0 ? -(1 - tau) * ai : tau * ai
                    } else {
                        let psi = r[i] > 0 ? tau : tau - 1
                        sPlus -= psi * ai
                        sMinus += psi * ai
                    }
                }
                let tol = 1e-11 * magnitude
                for (value, sign) in [(sPlus, 1.0), (sMinus, -1.0)] {
                    if value < -tol {
                        if best == nil || value < (best?.value ?? 0) { best = (value, j, sign) }
                    } else if value <= tol {
                        flat = true
                    }
                }
            }
            guard let step = best else {
                let objective = (0..<n).reduce(0.0) { $0 + (r[$1] >= 0 ? tau * r[$1] : (tau - 1) * r[$1]) }
                return Solution(coefficients: beta, residuals: r, basis: basis.sorted(), nonUnique: flat, iterations: iterations, objective: objective)
            }
            iterations += 1
            if iterations > maxIterations { throw .noConvergence(iterations: iterations) }
            // Line search along step.sign · d_j: breakpoints t_i = r_i / a_i > 0.
            let d = directions[step.j].map { $0 * step.sign }
            var breaks: [(t: Double, weight: Double, i: Int)] = []
            for i in 0..<n where !inBasis.contains(i) {
                a[i] = (0..<p).reduce(0.0) { $0 + x[i, $1] * d[$1] }
                guard a[i] != 0, abs(r[i]) > zeroResidual else { continue }
                let t = r[i] / a[i]
                if t > 0 { breaks.append((t, abs(a[i]), i)) }
            }
            breaks.sort { ($0.t, $0.i) < ($1.t, $1.i) }
            var slope = step.value
            var entering: Int? = nil
            for b in breaks {
                slope += b.weight
                if slope >= 0 { entering = b.i; break }
            }
            guard let enter = entering else { throw .singularDesign }  // unbounded: cannot happen with full rank
            basis[step.j] = enter
        }
    }

    /// The inverse of the `p × p` matrix of rows `rows` of `x` (Gauss–Jordan
    /// with partial pivoting), as an array of rows; nil when singular.
    static func invert(rows: [Int], of x: Matrix) -> [[Double]]? {
        let p = rows.count
        var a = rows.map { i in (0..<p).map { x[i, $0] } }
        var inv = (0..<p).map { i in (0..<p).map { $0 == i ? 1.0 : 0.0 } }
        let norm = a.flatMap { $0 }.reduce(0.0) { Swift.max($0, abs($1)) }
        for c in 0..<p {
            var pivot = c
            for r in (c + 1)..<Swift.max(c + 1, p) where abs(a[r][c]) > abs(a[pivot][c]) { pivot = r }
            if !(abs(a[pivot][c]) > 1e-14 * norm) { return nil }
            a.swapAt(c, pivot)
            inv.swapAt(c, pivot)
            let piv = a[c][c]
            for k in 0..<p { a[c][k] /= piv; inv[c][k] /= piv }
            for r in 0..<p where r != c {
                let f = a[r][c]
                if f == 0 { continue }
                for k in 0..<p { a[r][k] -= f * a[c][k]; inv[r][k] -= f * inv[c][k] }
            }
        }
        return inv
    }

    /// `β = X_h⁻¹ y_h` with one step of iterative refinement.
    static func solveBasis(_ basis: [Int], x: Matrix, y: [Double], inverse: [[Double]]) -> [Double] {
        let p = basis.count
        var beta = (0..<p).map { r in (0..<p).reduce(0.0) { $0 + inverse[r][$1] * y[basis[$1]] } }
        // Residual of the square system in double-double, then the correction.
        let res = (0..<p).map { k -> Double in
            var s = DoubleDouble(y[basis[k]])
            for j in 0..<p { s = s - DoubleDouble.product(x[basis[k], j], beta[j]) }
            return s.doubleValue
        }
        for r in 0..<p { beta[r] += (0..<p).reduce(0.0) { $0 + inverse[r][$1] * res[$1] } }
        return beta
    }
}
