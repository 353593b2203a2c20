/// The sandwich `V = R⁻¹ M̃ R⁻ᵀ` computed in the coordinates of `Q₁`, so that the
/// bread is never formed from `XᵀX` (see `CovarianceEstimator`).
///
/// With `zᵢ = R⁻ᵀ(√wᵢ xᵢ)` (the `i`-th row of `Q₁`, `‖zᵢ‖² = hᵢᵢ ≤ 1`) and the
/// weighted residual `eᵢ = √wᵢ uᵢ`:
/// * heteroskedasticity-consistent: `M̃ = Σᵢ ωᵢ zᵢzᵢᵀ`, `ωᵢ = eᵢ² · cᵢ`;
/// * clustered: `M̃ = Σ_terms c_t Σ_g s_g s_gᵀ`, `s_g = Σ_{i∈g} zᵢeᵢ`, with one signed
///   factor `c_t` per term (two-way: `+c₁, +c₂, −c₁₂`).
/// `M̃` is then only `k × k` and well scaled. Generic over the working precision:
/// double-double when the fit itself needed it (ill-conditioned designs).
enum SandwichCovariance {
    enum Meat {
        /// `ωᵢ = eᵢ² · scale[i]`.
        case heteroskedastic(scale: [Double])
        /// Cluster terms: dense codes (0..<groups) and a signed factor each.
        case clustered([(codes: [Int], groups: Int, factor: Double)])
    }

    static func compute(
        fit: LeastSquaresFit, x: Matrix, low: Matrix?, weights: [Double]?, meat: Meat
    ) -> Matrix {
        if fit.method == .householderDoubleDouble {
            var t = [DoubleDouble](repeating: .zero, count: (fit.rank + 1) * (fit.rank + 1))
            let sw: [DoubleDouble]? = weights.map { $0.map { DoubleDouble.sqrt(DoubleDouble($0)) } }
            tallSkinnyTriangle(
                into: &t, x: x, xLow: low, columns: fit.keptColumns, y: [Double](repeating: 0, count: x.rows),
                sqrtWeights: sw)
            let m = fit.rank, q = m + 1
            var r = [DoubleDouble](repeating: .zero, count: m * m)
            for j in 0..<m { for i in 0...j { r[i + j * m] = t[i + j * q] } }
            return generic(r: r, fit: fit, x: x, low: low, sqrtWeights: sw, weights: weights, meat: meat)
        } else {
            let sw: [Double]? = weights.map { $0.map { $0.squareRoot() } }
            return generic(r: fit.r.storage, fit: fit, x: x, low: nil, sqrtWeights: sw, weights: weights, meat: meat)
        }
    }

    private static func generic<S: FactorizationScalar>(
        r: [S], fit: LeastSquaresFit, x: Matrix, low: Matrix?, sqrtWeights: [S]?, weights: [Double]?, meat: Meat
    ) -> Matrix {
        let m = fit.rank
        let n = x.rows
        let rInv = Triangular.invertUpper(r, ld: m, m: m)
        // z_i = R⁻ᵀ (√w_i x_i): z[l] = Σ_{a ≤ l} R⁻¹[a, l] x̄[a].
        var mt = [S](repeating: S.zero, count: m * m)
        var xi = [S](repeating: S.zero, count: m)
        var zi = [S](repeating: S.zero, count: m)
        func row(_ i: Int) {
            for (c, j) in fit.keptColumns.enumerated() {
                let hiV = x.storage[i + j * n]
                var v = low.map { S(hi: hiV, lo: $0.storage[i + j * n]) } ?? S(hiV)
                if let sw = sqrtWeights { v = v * sw[i] }
                xi[c] = v
            }
            for l in 0..<m {
                var s = S.zero
                for a in 0...l { s = s + rInv[a + l * m] * xi[a] }
                zi[l] = s
            }
        }
        func residual(_ i: Int) -> S {
            let u = S(fit.residuals[i])
            return sqrtWeights.map { u * $0[i] } ?? u
        }
        switch meat {
        case let .heteroskedastic(scale):
            for i in 0..<n {
                if let w = weights, !(w[i] > 0) { continue }
                row(i)
                let e = residual(i)
                let om = (e * e) * scale[i]
                for b in 0..<m {
                    let zb = zi[b] * om
                    for a in 0...b { mt[a + b * m] = mt[a + b * m] + zi[a] * zb }
                }
            }
        case let .clustered(terms):
            // Scores in z coordinates, computed once.
            var scores = [S](repeating: S.zero, count: n * m)
            for i in 0..<n {
                if let w = weights, !(w[i] > 0) { continue }
                row(i)
                let e = residual(i)
                for l in 0..<m { scores[l + i * m] = zi[l] * e }
            }
            for term in terms {
                var sums = [S](repeating: S.zero, count: term.groups * m)
                for i in 0..<n {
                    let g = term.codes[i]
                    for l in 0..<m { sums[l + g * m] = sums[l + g * m] + scores[l + i * m] }
                }
                for g in 0..<term.groups {
                    for b in 0..<m {
                        let sb = sums[b + g * m] * term.factor
                        for a in 0...b { mt[a + b * m] = mt[a + b * m] + sums[a + g * m] * sb }
                    }
                }
            }
        }
        for b in 0..<m { for a in 0..<b { mt[b + a * m] = mt[a + b * m] } }
        // V = R⁻¹ M̃ R⁻ᵀ; R⁻¹ is upper triangular.
        var tmp = [S](repeating: S.zero, count: m * m)  // T = R⁻¹ M̃
        for b in 0..<m {
            for a in 0..<m {
                var s = S.zero
                for l in a..<m { s = s + rInv[a + l * m] * mt[l + b * m] }
                tmp[a + b * m] = s
            }
        }
        var v = [Double](repeating: 0, count: m * m)
        for b in 0..<m {
            for a in 0...b {
                var s = S.zero
                for l in b..<m { s = s + tmp[a + l * m] * rInv[b + l * m] }
                v[a + b * m] = s.doubleValue
                v[b + a * m] = v[a + b * m]
            }
        }
        return Matrix(uncheckedRows: m, columns: m, storage: v)
    }
}
