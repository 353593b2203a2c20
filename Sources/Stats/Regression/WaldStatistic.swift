/// The quadratic form `bᵀ V⁻¹ b` of a Wald test, by Cholesky factorisation
/// `V = LLᵀ` and one forward substitution (`‖L⁻¹b‖²`), so `V` is never inverted.
enum WaldStatistic {
    /// `nil` when `V` is not numerically positive definite (a pivot at or below
    /// `k·ε` times the largest diagonal entry), e.g. a cluster-robust covariance
    /// with fewer clusters than tested coefficients.
    static func quadraticForm(_ v: Matrix, _ b: [Double]) -> Double? {
        let q = v.rows
        var l = [Double](repeating: 0, count: q * q)
        var maxDiag = 0.0
        for i in 0..<q { maxDiag = Swift.max(maxDiag, v[i, i]) }
        let tol = Double(q) * Double.ulpOfOne * maxDiag
        for j in 0..<q {
            var d = v[j, j]
            for p in 0..<j { d -= l[j + p * q] * l[j + p * q] }
            if !(d > tol) { return nil }
            let ljj = d.squareRoot()
            l[j + j * q] = ljj
            for i in (j + 1)..<max(q, j + 1) {
                var s = v[i, j]
                for p in 0..<j { s -= l[i + p * q] * l[j + p * q] }
                l[i + j * q] = s / ljj
            }
        }
        var z = [Double](repeating: 0, count: q)
        var sum = 0.0
        for i in 0..<q {
            var s = b[i]
            for p in 0..<i { s -= l[i + p * q] * z[p] }
            z[i] = s / l[i + i * q]
            sum += z[i] * z[i]
        }
        return sum
    }
}
