/// Bell–McCaffrey CR2 covariance and the Satterthwaite degrees of freedom of
/// each coefficient, as clubSandwich computes them for an unweighted `lm` fit
/// (target `Φ = I`); see ``PanelCovariance/cr2(_:)`` for the formulas.
///
/// With `Z = [Ẍ L, Q_D]` (`L Lᵀ = A = (ẌᵀẌ)⁻¹`, `Q_D` an orthonormal basis of
/// the fixed-effect dummies, orthogonal to `Ẍ`), the hat matrix of the
/// dummy-variable regression is `H = Z Zᵀ`. For the coefficient `c` with
/// `q_g = A_g Ẍ_g A e_c`, the Satterthwaite approximation of clubSandwich's
/// `coef_test` is `ν = (tr P)² / ‖P‖²_F` with the `G × G` matrix
/// `P_gh = δ_gh q_gᵀq_g − q_gᵀ H_gh q_h` (Pustejovsky & Tipton 2018, eq. 11 with `Φ = I`).
enum CR2Covariance {
    /// `V` (`k × k`, column-major) and `ν` per coefficient.
    static func compute(
        x: [Double], n: Int, k: Int, e: [Double], bread a: [Double], codes: [Int], groups g: Int,
        fixedEffectCodes: [[Int]]
    ) -> (covariance: [Double], degreesOfFreedom: [Double], rankDeficientClusters: Int) {
        let qd = dummyBasis(codes: fixedEffectCodes, n: n)
        let r = qd.count / max(n, 1)
        var members = [[Int]](repeating: [], count: g)
        for i in 0..<n { members[codes[i]].append(i) }

        // Ẍ A, once.
        var xa = [Double](repeating: 0, count: n * k)
        for c in 0..<k { for d in 0..<k { let f = a[d + c * k]; for i in 0..<n { xa[i + c * n] += x[i + d * n] * f } } }
        // Adjustment matrices A_g = (I − H_gg)^{−1/2}.
        var adjust: [[Double]] = []
        var deficient = 0
        for rows in members {
            let m = rows.count
            var ih = [Double](repeating: 0, count: m * m)
            for (bj, j) in rows.enumerated() {
                for (bi, i) in rows.enumerated() where bi <= bj {
                    var h = 0.0
                    for c in 0..<k { h += x[i + c * n] * xa[j + c * n] }
                    for c in 0..<r { h += qd[i + c * n] * qd[j + c * n] }
                    let v = (bi == bj ? 1 : 0) - h
                    ih[bi + bj * m] = v
                    ih[bj + bi * m] = v
                }
            }
            let (root, zeroed) = inverseSquareRoot(ih, m)
            if zeroed > 0 { deficient += 1 }
            adjust.append(root)
        }

        // Meat: u_g = Ẍ_gᵀ A_g e_g.
        var meat = [Double](repeating: 0, count: k * k)
        for (h, rows) in members.enumerated() {
            let m = rows.count
            let ae = (0..<m).map { bi in (0..<m).reduce(0.0) { $0 + adjust[h][bi + $1 * m] * e[rows[$1]] } }
            var u = [Double](repeating: 0, count: k)
            for c in 0..<k { for (bi, i) in rows.enumerated() { u[c] += x[i + c * n] * ae[bi] } }
            for c2 in 0..<k { for c1 in 0..<k { meat[c1 + c2 * k] += u[c1] * u[c2] } }
        }
        let v = sandwich(a, meat, k)

        // Satterthwaite df per coefficient.
        var df = [Double](repeating: .nan, count: k)
        for c in 0..<k {
            let ac = (0..<k).map { a[$0 + c * k] }
            var qq = [Double](repeating: 0, count: g)
            var w = [[Double]](repeating: [], count: g)  // Ẍ_gᵀ q_g
            var dd = [[Double]](repeating: [], count: g)  // Q_D,gᵀ q_g
            for (h, rows) in members.enumerated() {
                let m = rows.count
                let xa = rows.map { i in (0..<k).reduce(0.0) { $0 + x[i + $1 * n] * ac[$1] } }
                let q = (0..<m).map { bi in (0..<m).reduce(0.0) { $0 + adjust[h][bi + $1 * m] * xa[$1] } }
                qq[h] = q.reduce(0) { $0 + $1 * $1 }
                w[h] = (0..<k).map { d in rows.enumerated().reduce(0.0) { $0 + x[$1.element + d * n] * q[$1.offset] } }
                dd[h] = (0..<r).map { d in rows.enumerated().reduce(0.0) { $0 + qd[$1.element + d * n] * q[$1.offset] } }
            }
            var trace = 0.0, frob = 0.0
            for h in 0..<g {
                let aw = (0..<k).map { d in (0..<k).reduce(0.0) { $0 + a[d + $1 * k] * w[h][$1] } }
                for j in h..<g {
                    var p = 0.0
                    for d in 0..<k { p -= w[j][d] * aw[d] }
                    for d in 0..<r { p -= dd[j][d] * dd[h][d] }
                    if j == h { p += qq[h]; trace += p; frob += p * p } else { frob += 2 * p * p }
                }
            }
            df[c] = trace * trace / frob
        }
        return (v, df, deficient)
    }

    /// `A M A` for symmetric `A`, `M` (`k × k`, column-major).
    static func sandwich(_ a: [Double], _ m: [Double], _ k: Int) -> [Double] {
        var t = [Double](repeating: 0, count: k * k)
        for j in 0..<k { for i in 0..<k { var s = 0.0; for l in 0..<k { s += a[i + l * k] * m[l + j * k] }; t[i + j * k] = s } }
        var v = [Double](repeating: 0, count: k * k)
        for j in 0..<k { for i in 0..<k { var s = 0.0; for l in 0..<k { s += t[i + l * k] * a[l + j * k] }; v[i + j * k] = s } }
        for j in 0..<k { for i in 0..<j { let s = (v[i + j * k] + v[j + i * k]) / 2; v[i + j * k] = s; v[j + i * k] = s } }
        return v
    }

    /// Symmetric `S^{−1/2}` of a symmetric positive semi-definite `m × m` matrix,
    /// eigenvalues at or below 1e-12 set to zero (clubSandwich's `Sym_power`);
    /// also returns how many were zeroed.
    static func inverseSquareRoot(_ s: [Double], _ m: Int) -> ([Double], Int) {
        guard m > 0 else { return ([], 0) }
        let (values, vectors) = SymmetricEigen.decompose(Matrix(uncheckedRows: m, columns: m, storage: s))
        var out = [Double](repeating: 0, count: m * m)
        var zeroed = 0
        for l in 0..<m {
            guard values[l] > 1e-12 else { zeroed += 1; continue }
            let f = 1 / values[l].squareRoot()
            for j in 0..<m {
                let vj = vectors[j + l * m] * f
                for i in 0..<m { out[i + j * m] += vectors[i + l * m] * vj }
            }
        }
        return (out, zeroed)
    }

    /// Orthonormal basis (`n × r`, column-major) of the span of all fixed-effect
    /// indicator columns, by modified Gram–Schmidt applied twice; columns that
    /// are linear combinations of earlier ones (the redundant level of a second
    /// fixed effect) are left out.
    static func dummyBasis(codes: [[Int]], n: Int) -> [Double] {
        var basis: [[Double]] = []
        for dimension in codes {
            let levels = (dimension.max() ?? -1) + 1
            var columns = [[Double]](repeating: [Double](repeating: 0, count: n), count: levels)
            for i in 0..<n where dimension[i] >= 0 { columns[dimension[i]][i] = 1 }
            for var col in columns {
                let original = col.reduce(0) { $0 + $1 * $1 }.squareRoot()
                guard original > 0 else { continue }
                for _ in 0..<2 {
                    for b in basis {
                        var dot = 0.0
                        for i in 0..<n { dot += b[i] * col[i] }
                        for i in 0..<n { col[i] -= dot * b[i] }
                    }
                }
                let norm = col.reduce(0) { $0 + $1 * $1 }.squareRoot()
                if norm <= 1e-9 * original { continue }
                basis.append(col.map { $0 / norm })
            }
        }
        return basis.flatMap { $0 }
    }
}
