/// Cholesky factorisation `A = LLᵀ` of a small symmetric positive-definite
/// matrix (the negative Hessian of a log-likelihood), for Newton steps and the
/// inverse information. Returns nil when `A` is not numerically positive
/// definite (a pivot ≤ `n·ε` times the largest diagonal entry).
struct CholeskySolve {
    let n: Int
    /// Lower factor, row-major `l[i * n + j]`, `j ≤ i`.
    private var l: [Double]

    init?(_ a: Matrix) {
        n = a.rows
        l = [Double](repeating: 0, count: n * n)
        var maxDiag = 0.0
        for i in 0..<n { maxDiag = Swift.max(maxDiag, a[i, i]) }
        guard maxDiag > 0, maxDiag.isFinite else { return nil }
        let floor = Double(n) * Double.ulpOfOne * maxDiag
        for j in 0..<n {
            var d = a[j, j]
            for k in 0..<j { d -= l[j * n + k] * l[j * n + k] }
            guard d > floor else { return nil }
            let ljj = d.squareRoot()
            l[j * n + j] = ljj
            for i in (j + 1)..<Swift.max(j + 1, n) {
                var s = a[i, j]
                for k in 0..<j { s -= l[i * n + k] * l[j * n + k] }
                l[i * n + j] = s / ljj
            }
        }
    }

    /// `A⁻¹b`.
    func solve(_ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<n {
            var s = y[i]
            for k in 0..<i { s -= l[i * n + k] * y[k] }
            y[i] = s / l[i * n + i]
        }
        var x = y
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = x[i]
            for k in (i + 1)..<Swift.max(i + 1, n) { s -= l[k * n + i] * x[k] }
            x[i] = s / l[i * n + i]
        }
        return x
    }

    /// `A⁻¹`, symmetric.
    func inverse() -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for j in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[j] = 1
            let c = solve(e)
            for i in 0..<n { m[i, j] = c[i] }
        }
        for i in 0..<n { for j in (i + 1)..<Swift.max(i + 1, n) { let v = (m[i, j] + m[j, i]) / 2; m[i, j] = v; m[j, i] = v } }
        return m
    }
}
