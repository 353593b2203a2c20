/// Diagnosis of diverging GLM iterations (Albert & Anderson 1984, Biometrika
/// 71(1); Santos Silva & Tenreyro 2010, Economics Letters 107(2)).
///
/// Under separation the likelihood increases without bound along a direction
/// `d`, and IRLS moves the coefficients further along `d` at every step, while
/// the rest of the fit settles. The direction is read from the last steps,
/// `d = β_T − β_{T−m}`, and then *checked* on the data:
/// - binary outcome: `sᵢ = (2yᵢ − 1)·xᵢᵀd ≥ 0` for every row (up to a relative
///   tolerance 1e-6), strictly for at least one: quasi-complete separation, and
///   complete when strict for all rows; the rows with `sᵢ > 0` are predicted
///   perfectly;
/// - Poisson: `xᵢᵀd ≤ 0` for every row, `= 0` where `yᵢ > 0`, `< 0` for some
///   zero counts (which are then predicted perfectly, `μ → 0`).
/// The terms reported are those with a non-negligible component of `d`
/// (relative to the largest, after scaling each column by its largest value).
enum GLMSeparation {
    static func diagnose(family: GLMFamily, history: [[Double]], x: Matrix, y: [Double], names: [String]) -> GLMError? {
        guard history.count >= 2, let last = history.last else { return nil }
        let first = history[0]
        let k = last.count
        let n = x.rows
        let d = (0..<k).map { last[$0] - first[$0] }
        var columnScale = [Double](repeating: 0, count: k)
        for j in 0..<k {
            var m = 0.0
            for i in 0..<n { m = Swift.max(m, Swift.abs(x[i, j])) }
            columnScale[j] = m
        }
        let contributions = (0..<k).map { Swift.abs(d[$0]) * columnScale[$0] }
        guard let largest = contributions.max(), largest > 0, largest.isFinite else { return nil }
        let terms = (0..<k).filter { contributions[$0] >= 1e-3 * largest }.map { names[$0] }
        let xd = x.times(d)
        let scale = xd.reduce(0) { Swift.max($0, Swift.abs($1)) }
        guard scale > 0 else { return nil }
        let tol = 1e-6 * scale
        switch family {
        case .logit, .probit:
            var strict = 0
            for i in 0..<n {
                let s = (2 * y[i] - 1) * xd[i]
                if s < -tol { return nil }
                if s > tol { strict += 1 }
            }
            guard strict > 0 else { return nil }
            return .separation(kind: strict == n ? .complete : .quasiComplete, terms: terms, observations: strict)
        case .poisson:
            var strict = 0
            for i in 0..<n {
                if xd[i] > tol { return nil }
                if y[i] > 0, xd[i] < -tol { return nil }
                if xd[i] < -tol { strict += 1 }
            }
            guard strict > 0 else { return nil }
            return .separation(kind: .zeroCounts, terms: terms, observations: strict)
        }
    }
}
