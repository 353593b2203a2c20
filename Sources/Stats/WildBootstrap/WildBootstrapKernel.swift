/// The "fast" wild cluster bootstrap of one coefficient (Roodman, MacKinnon,
/// Nielsen & Webb 2019, Stata Journal 19(1), §3): every replicate is reduced
/// to `G`-dimensional algebra by precomputing per-cluster quantities once.
///
/// Notation (all in the coordinates of the transformed model `√W y = √W X β + e`,
/// after absorbing fixed effects): `X` is `N × k`, `A = (XᵀX)⁻¹`, `a = A e_j`,
/// `a_j = e_jᵀ A e_j`, `û` the unrestricted residuals, and `δ = β0 − β̂_j`.
/// By Frisch–Waugh–Lovell, `X a / a_j = M_{−j} x_j =: r` (the part of `x_j`
/// orthogonal to the other regressors), so the restricted residuals are
/// `ũ(δ) = M_{−j}(y − β0 x_j) = û − δ r`: affine in the null value.
///
/// A replicate with weights `v` (one per cluster) generates
/// `y* = X β̃ + ũ ⊙ v` and refits. Because `X β̃` is fitted exactly,
/// * numerator: `β̂*_j − β0 = aᵀ Xᵀ(ũ ⊙ v) = Σ_g v_g c_g`, `c_g = aᵀ X_gᵀ ũ_g`;
/// * CR score of cluster `h` of the bootstrap fit:
///   `aᵀ X_hᵀ û*_h = v_h c_h − Σ_g D_hg v_g`, `D_hg = (X_hᵀX_h a)ᵀ A X_gᵀ ũ_g`,
///   i.e. the vector `q = (diag(c) − D) v`;
/// * `t* = Σ_g v_g c_g / √(f Σ_h q_h²)` with the CR1 factor `f`.
/// With `ũ = û − δ r` both `c = c⁰ − δ c¹` and `M = diag(c) − D = M⁰ − δ M¹` are
/// affine in `δ`; `M⁰`, `M¹` (`G × G`) cost `O(N k + G² k)` once. A replicate
/// then costs two `G × G` matrix–vector products, `O(G²)`, and is stored as five
/// numbers `n0 = c⁰·v`, `n1 = c¹·v`, `P·P`, `P·Q`, `Q·Q` (`P = M⁰v`, `Q = M¹v`),
/// from which `t*(δ) = (n0 − δ n1) / √(f (P·P − 2δ P·Q + δ² Q·Q))` costs `O(1)`
/// for any null value: this is what makes test inversion cheap, with the same
/// weights for every `β0` (Roodman et al. 2019, §3.5).
///
/// With fixed effects that are not all nested in the clusters, the bootstrap
/// residuals of the dummy-variable model also lose their projection on the
/// dummies, `P_D(ũ ⊙ v)`, which is not zero because `v` varies within a fixed
/// effect. Its effect on the scores is `−Σ_g E_hg v_g` with
/// `E_hg = aᵀ X_hᵀ [P_D(ũ ⊙ 1_g)]_h`, again affine in `δ`; callers pass `E⁰`,
/// `E¹` and the kernel subtracts them from `M⁰`, `M¹`. When every fixed effect
/// is nested in the clusters, `v` is constant on each fixed-effect group and
/// `P_D(ũ ⊙ v) = (P_D ũ) ⊙ v = 0`, so `E = 0`.
struct WildBootstrapKernel: Sendable {
    let clusters: Int
    /// `c⁰`, `c¹` (length `G`).
    let c0: [Double]
    let c1: [Double]
    /// `M⁰`, `M¹`, row-major `G × G` (`m[h·G + g]`).
    let m0: [Double]
    let m1: [Double]

    /// - Parameters:
    ///   - x: the `n × k` transformed design (column-major, `√wᵢ` applied).
    ///   - e: transformed unrestricted residuals `√wᵢ ûᵢ`.
    ///   - codes: dense cluster codes `0..<G`, or `-1` for rows that carry no weight.
    ///   - inverse: `A = (XᵀX)⁻¹`, `k × k` column-major.
    ///   - column: `j`, the tested column of `x`.
    ///   - correction: `(E⁰, E¹)` row-major `G × G` for non-nested fixed effects.
    init(
        x: [Double], rows n: Int, columns k: Int, e: [Double], codes: [Int], clusters g: Int,
        inverse: [Double], column j: Int, correction: (e0: [Double], e1: [Double])?
    ) {
        let a = (0..<k).map { inverse[$0 + j * k] }
        let aj = a[j]
        var w = [Double](repeating: 0, count: g * k)  // X_gᵀX_g a, cluster-major
        var s0 = [Double](repeating: 0, count: g * k)  // X_gᵀ û_g
        var c0 = [Double](repeating: 0, count: g)
        var c1 = [Double](repeating: 0, count: g)
        var xi = [Double](repeating: 0, count: k)
        for i in 0..<n {
            let h = codes[i]
            if h < 0 { continue }
            var t = 0.0
            for l in 0..<k {
                xi[l] = x[i + l * n]
                t += xi[l] * a[l]
            }
            for l in 0..<k {
                w[h * k + l] += xi[l] * t
                s0[h * k + l] += xi[l] * e[i]
            }
            c0[h] += t * e[i]
            c1[h] += t * t / aj
        }
        // z⁰_g = A s⁰_g, z¹_g = A s¹_g with s¹_g = w_g / a_j.
        var z0 = [Double](repeating: 0, count: g * k)
        var z1 = [Double](repeating: 0, count: g * k)
        for h in 0..<g {
            for r in 0..<k {
                var u = 0.0, v = 0.0
                for l in 0..<k {
                    let air = inverse[r + l * k]
                    u += air * s0[h * k + l]
                    v += air * w[h * k + l]
                }
                z0[h * k + r] = u
                z1[h * k + r] = v / aj
            }
        }
        var m0 = [Double](repeating: 0, count: g * g)
        var m1 = [Double](repeating: 0, count: g * g)
        for h in 0..<g {
            for gg in 0..<g {
                var d0 = 0.0, d1 = 0.0
                for l in 0..<k {
                    d0 += w[h * k + l] * z0[gg * k + l]
                    d1 += w[h * k + l] * z1[gg * k + l]
                }
                m0[h * g + gg] = -d0
                m1[h * g + gg] = -d1
            }
            m0[h * g + h] += c0[h]
            m1[h * g + h] += c1[h]
        }
        if let (e0, e1) = correction {
            for i in 0..<(g * g) {
                m0[i] -= e0[i]
                m1[i] -= e1[i]
            }
        }
        self.clusters = g
        self.c0 = c0
        self.c1 = c1
        self.m0 = m0
        self.m1 = m1
    }

    /// Runs `count` replicates whose weights `fill` writes into a buffer of `G`
    /// (reused: nothing is allocated per replicate).
    func replicates(
        count: Int, fill: (_ replicate: Int, _ v: UnsafeMutableBufferPointer<Double>) -> Void
    ) -> WildBootstrapReplicates {
        let g = clusters
        var n0 = [Double](repeating: 0, count: count)
        var n1 = [Double](repeating: 0, count: count)
        var pp = [Double](repeating: 0, count: count)
        var pq = [Double](repeating: 0, count: count)
        var qq = [Double](repeating: 0, count: count)
        var v = [Double](repeating: 0, count: g)
        c0.withUnsafeBufferPointer { c0 in
            c1.withUnsafeBufferPointer { c1 in
                m0.withUnsafeBufferPointer { m0 in
                    m1.withUnsafeBufferPointer { m1 in
                        v.withUnsafeMutableBufferPointer { v in
                            for b in 0..<count {
                                fill(b, v)
                                var a0 = 0.0, a1 = 0.0
                                for h in 0..<g {
                                    a0 += c0[h] * v[h]
                                    a1 += c1[h] * v[h]
                                }
                                var sPP = 0.0, sPQ = 0.0, sQQ = 0.0
                                for h in 0..<g {
                                    var p = 0.0, q = 0.0
                                    let row = h * g
                                    for gg in 0..<g {
                                        p += m0[row + gg] * v[gg]
                                        q += m1[row + gg] * v[gg]
                                    }
                                    sPP += p * p
                                    sPQ += p * q
                                    sQQ += q * q
                                }
                                n0[b] = a0
                                n1[b] = a1
                                pp[b] = sPP
                                pq[b] = sPQ
                                qq[b] = sQQ
                            }
                        }
                    }
                }
            }
        }
        return WildBootstrapReplicates(n0: n0, n1: n1, pp: pp, pq: pq, qq: qq)
    }
}
