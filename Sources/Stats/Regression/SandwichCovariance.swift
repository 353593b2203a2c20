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
        /// `ωᵢ = eᵢ² · scale[i]` (`scale` nil: all ones, HC0/HC1).
        case heteroskedastic(scale: [Double]?)
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
            let m = fit.rank
            let rInv = Triangular.invertUpper(fit.r.storage, ld: m, m: m)
            let mt = blockedMeat(rInv: rInv, fit: fit, x: x, sqrtWeights: sw, weights: weights, meat: meat)
            return sandwich(rInv: rInv, meat: mt, m: m)
        }
    }

    /// The double-precision meat `M̃`, in row blocks and column-wise: for a block
    /// of `b` rows, `Ẑ = X_block R⁻¹` is built by columns (`ẑ_l = Σ_{a≤l} R⁻¹[a,l] x_a`,
    /// contiguous and vectorised), and `M̃ += Ẑᵀ D Ẑ` by dot products of columns
    /// (`DenseKernels`), instead of one scattered row and one rank-1 update per
    /// observation. The weights are folded into the row factors: with
    /// `zᵢ = √wᵢ ẑᵢ` and `eᵢ = √wᵢ uᵢ`, `ωᵢ zᵢzᵢᵀ = (ωᵢ wᵢ) ẑᵢẑᵢᵀ` and `zᵢeᵢ = (wᵢuᵢ) ẑᵢ`.
    /// Returns the full symmetric `m × m` matrix.
    private static func blockedMeat(
        rInv: [Double], fit: LeastSquaresFit, x: Matrix, sqrtWeights: [Double]?, weights: [Double]?, meat: Meat
    ) -> [Double] {
        let m = fit.rank
        let n = x.rows
        let kept = fit.keptColumns
        let blockRows = 512
        var mt = [Double](repeating: 0, count: m * m)
        var z = [Double](repeating: 0, count: blockRows * m)
        var d = [Double](repeating: 0, count: blockRows)
        var wz = [Double](repeating: 0, count: blockRows)
        var clusterSums: [[Double]] = []
        if case let .clustered(terms) = meat {
            clusterSums = terms.map { [Double](repeating: 0, count: $0.groups * m) }
        }
        x.storage.withUnsafeBufferPointer { xs in
            fit.residuals.withUnsafeBufferPointer { us in
                z.withUnsafeMutableBufferPointer { zb in
                    d.withUnsafeMutableBufferPointer { db in
                        wz.withUnsafeMutableBufferPointer { wzb in
                            guard let xp = xs.baseAddress, let zp = zb.baseAddress, let dp = db.baseAddress,
                                  let wzp = wzb.baseAddress, let up = us.baseAddress else { return }
                            var cols = [UnsafePointer<Double>](repeating: xp, count: m)
                            var r0 = 0
                            while r0 < n {
                                let b = Swift.min(blockRows, n - r0)
                                // Ẑ = X_block R⁻¹ (unweighted rows): column l combines the
                                // block columns a ≤ l with the entries of R⁻¹'s column l.
                                for a in 0..<m { cols[a] = xp + kept[a] * n + r0 }
                                cols.withUnsafeBufferPointer { cp in
                                    rInv.withUnsafeBufferPointer { rp in
                                        guard let cb = cp.baseAddress, let rb = rp.baseAddress else { return }
                                        for l in 0..<m {
                                            DenseKernels.linearCombination(cb, rb + l * m, l + 1, into: zp + l * b, b)
                                        }
                                    }
                                }
                                // Row factors D.
                                switch meat {
                                case let .heteroskedastic(scale):
                                    for i in 0..<b {
                                        let u = up[r0 + i]
                                        let c = scale?[r0 + i] ?? 1
                                        if let sw = sqrtWeights, let w = weights {
                                            let wi = w[r0 + i]
                                            let e = u * sw[r0 + i]
                                            dp[i] = wi > 0 ? ((e * e) * c) * wi : 0
                                        } else {
                                            dp[i] = (u * u) * c
                                        }
                                    }
                                    // M̃ += Ẑᵀ D Ẑ (upper triangle).
                                    for c in 0..<m {
                                        let zc = zp + c * b
                                        for i in 0..<b { wzp[i] = dp[i] * zc[i] }
                                        var a = 0
                                        while a + 2 <= c + 1 {
                                            let (e0, e1) = DenseKernels.dot2(wzp, zp + a * b, zp + (a + 1) * b, b)
                                            mt[a + c * m] += e0
                                            mt[a + 1 + c * m] += e1
                                            a += 2
                                        }
                                        if a <= c { mt[a + c * m] += DenseKernels.dot(zp + a * b, wzp, b) }
                                    }
                                case let .clustered(terms):
                                    for i in 0..<b {
                                        let u = up[r0 + i]
                                        if let w = weights {
                                            dp[i] = w[r0 + i] > 0 ? w[r0 + i] * u : 0
                                        } else {
                                            dp[i] = u
                                        }
                                    }
                                    for (t, term) in terms.enumerated() {
                                        clusterSums[t].withUnsafeMutableBufferPointer { sb in
                                            guard let sp = sb.baseAddress else { return }
                                            for i in 0..<b {
                                                let g = term.codes[r0 + i]
                                                let f = dp[i]
                                                for l in 0..<m { sp[l + g * m] += zp[i + l * b] * f }
                                            }
                                        }
                                    }
                                }
                                r0 += b
                            }
                        }
                    }
                }
            }
        }
        if case let .clustered(terms) = meat {
            for (t, term) in terms.enumerated() {
                let sums = clusterSums[t]
                for g in 0..<term.groups {
                    for b in 0..<m {
                        let sb = sums[b + g * m] * term.factor
                        for a in 0...b { mt[a + b * m] += sums[a + g * m] * sb }
                    }
                }
            }
        }
        for b in 0..<m { for a in 0..<b { mt[b + a * m] = mt[a + b * m] } }
        return mt
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
                let om = (e * e) * (scale.map { $0[i] } ?? 1)
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
        return sandwich(rInv: rInv, meat: mt, m: m)
    }

    /// `V = R⁻¹ M̃ R⁻ᵀ` from the upper-triangular `R⁻¹` and the symmetric `M̃`.
    private static func sandwich<S: FactorizationScalar>(rInv: [S], meat mt: [S], m: Int) -> Matrix {
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
