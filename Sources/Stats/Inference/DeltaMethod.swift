/// The delta method: the covariance of a smooth function g(β̂) of estimates
/// with covariance V is approximated by `J V Jᵀ`, with J the Jacobian of g at
/// β̂ (Oehlert 1992, "A note on the delta method", *The American Statistician*
/// 46(1); Stata `nlcom`, R `car::deltaMethod`). For a linear g(β) = Aβ the
/// result is exact.
public enum DeltaMethod {
    /// `√(gᵀ V g)` for one function with gradient `gradient` (length k).
    /// - Parameters:
    ///   - gradient: ∂g/∂β at the estimates, in the order of the rows of `covariance`.
    ///   - covariance: V, k×k.
    /// - Returns: the standard error; NaN when the lengths disagree or the quadratic form is negative.
    public static func standardError(gradient: [Double], covariance: Matrix) -> Double {
        let k = gradient.count
        guard covariance.rows == k, covariance.columns == k else { return .nan }
        var q = 0.0
        for i in 0..<k where gradient[i] != 0 {
            var s = 0.0
            for j in 0..<k where gradient[j] != 0 { s += covariance[i, j] * gradient[j] }
            q += gradient[i] * s
        }
        return q >= 0 ? q.squareRoot() : .nan
    }

    /// `J V Jᵀ` for m functions with Jacobian `jacobian` (m×k).
    /// - Parameters:
    ///   - jacobian: row i is the gradient of the i-th function.
    ///   - covariance: V, k×k.
    /// - Returns: the m×m covariance, or nil when the dimensions disagree.
    public static func covariance(jacobian: Matrix, covariance: Matrix) -> Matrix? {
        let m = jacobian.rows, k = jacobian.columns
        guard covariance.rows == k, covariance.columns == k else { return nil }
        var out = Matrix(rows: m, columns: m)
        for a in 0..<m {
            var va = [Double](repeating: 0, count: k)
            for i in 0..<k {
                var s = 0.0
                for j in 0..<k { s += covariance[i, j] * jacobian[a, j] }
                va[i] = s
            }
            for b in 0..<m {
                var s = 0.0
                for i in 0..<k { s += jacobian[b, i] * va[i] }
                out[b, a] = s
            }
        }
        // Symmetrise against rounding.
        for a in 0..<m { for b in 0..<a { let s = (out[a, b] + out[b, a]) / 2; out[a, b] = s; out[b, a] = s } }
        return out
    }
}
