/// The restricted wild cluster bootstrap (WCR, "WCR11" in the terminology of
/// MacKinnon, Nielsen & Webb 2023) of the cluster-robust t statistic for one
/// coefficient of an OLS, WLS or fixed-effects (within) model, as Stata
/// `boottest` and R `fwildclusterboot::boottest` compute it (Cameron, Gelbach &
/// Miller 2008, REStat 90:414–427; Roodman, MacKinnon, Nielsen & Webb 2019,
/// "Fast and wild", Stata Journal 19(1):4–60; MacKinnon & Webb 2017).
///
/// For `H0: β_j = β0`:
/// 1. fit the model and form `t = (β̂_j − β0)/se_CR1(β̂_j)`, the statistic of
///    the regression table (CR1 factor `f = G/(G−1)·(N−1)/(N−K)`);
/// 2. fit the restricted model (β_j fixed at β0): `β̃`, residuals `ũ`;
/// 3. for `b = 1…B` draw one weight `v_g` per cluster, set
///    `y*_b = X β̃ + ũ ⊙ v` (all residuals of cluster `g` times `v_g`), refit,
///    and form `t*_b = (β̂*_j − β0)/se_CR1(β̂*_j)`;
/// 4. compare `t` with the `t*_b` (`WildBootstrapPValueKind`).
/// Step 3 is done by the fast algorithm of `WildBootstrapKernel` in `O(G²)` per
/// replicate, never refitting. With Rademacher weights and `2^G ≤ B`, all `2^G`
/// sign vectors replace the random draws (`WildBootstrapEnumeration`).
///
/// **Fixed effects.** The bootstrap runs on the demeaned data, and the absorbed
/// effects are the same in every replicate. When every fixed effect is nested in
/// the clusters (country effects, clusters by country) this *is* the bootstrap of
/// the dummy-variable regression: the restricted dummy-variable residuals are
/// orthogonal to the dummies, each dummy lives in one cluster so `v` is constant
/// on it, hence the demeaned `y*` equals `M_D X β̃ + ũ ⊙ v` and re-estimating the
/// fixed effects in each replicate would change nothing. When a fixed effect is
/// not nested (year effects with clusters by country), `ũ ⊙ v` is no longer
/// orthogonal to the dummies; the numerator `β̂*_j` is still unaffected (the
/// demeaned regressors are orthogonal to the dummies), but the bootstrap
/// residuals of the dummy-variable fit lose their projection on the dummies. The
/// kernel adds that projection exactly (one demeaning per cluster, once), so the
/// results equal the dummy-variable bootstrap in both cases. (fwildclusterboot
/// projects out at most one fixed effect inside the bootstrap — its `fe`
/// argument — and keeps any others as dummies, i.e. it too bootstraps the
/// dummy-variable model; its default `ssc(fixef.K = "none")` changes `t` but not
/// the symmetric p-value.)
///
/// **Weights (WLS).** Every step is applied to the transformed model
/// `√W y = √W X β + √W u`, as the cluster-robust covariance is.
public struct WildClusterBootstrap: Sendable, Equatable, Hashable, Codable {
    /// `B`, the number of random replicates (boottest's default is 999; 9,999
    /// is usual for publication). Under enumeration `2^G` replicates are used instead.
    public var replications: Int
    public var weights: WildBootstrapWeights
    public var pValueKind: WildBootstrapPValueKind
    public var enumeration: WildBootstrapEnumeration
    /// Confidence level of the interval by test inversion; `nil` skips it.
    public var level: Double?
    /// How absorbed fixed effects count in `K` of the CR1 factor (as for the
    /// regression table). The factor scales `t` and all `t*` alike, so it changes
    /// the reported t statistic but not the symmetric or equal-tail p-value, nor the interval.
    public var absorbedParameters: AbsorbedParameterRule

    public init(
        replications: Int = 9_999, weights: WildBootstrapWeights = .rademacher,
        pValueKind: WildBootstrapPValueKind = .symmetric, enumeration: WildBootstrapEnumeration = .automatic,
        level: Double? = 0.95, absorbedParameters: AbsorbedParameterRule = .nested
    ) {
        self.replications = replications
        self.weights = weights
        self.pValueKind = pValueKind
        self.enumeration = enumeration
        self.level = level
        self.absorbedParameters = absorbedParameters
    }

    /// Tests `H0: coefficient = nullValue` with weights drawn by a
    /// `Xoshiro256StarStar(seed:)` (recorded in the result).
    public func test(
        _ model: LinearModel, coefficient: String, nullValue: Double = 0, cluster: ClusterVariable, seed: UInt64
    ) throws(WildBootstrapError) -> WildBootstrapResult {
        var rng = Xoshiro256StarStar(seed: seed)
        return try run(try fitted(model), coefficient: coefficient, nullValue: nullValue, cluster: cluster, rng: &rng, seed: seed)
    }

    /// Tests `H0: coefficient = nullValue` with weights drawn from `rng`.
    public func test(
        _ model: LinearModel, coefficient: String, nullValue: Double = 0, cluster: ClusterVariable,
        using rng: inout some RandomNumberGenerator
    ) throws(WildBootstrapError) -> WildBootstrapResult {
        try run(try fitted(model), coefficient: coefficient, nullValue: nullValue, cluster: cluster, rng: &rng, seed: nil)
    }

    /// As `test(_:coefficient:nullValue:cluster:seed:)` on a model already fitted.
    public func test(
        _ fitted: FittedLinearModel, coefficient: String, nullValue: Double = 0, cluster: ClusterVariable, seed: UInt64
    ) throws(WildBootstrapError) -> WildBootstrapResult {
        var rng = Xoshiro256StarStar(seed: seed)
        return try run(fitted, coefficient: coefficient, nullValue: nullValue, cluster: cluster, rng: &rng, seed: seed)
    }

    /// As `test(_:coefficient:nullValue:cluster:using:)` on a model already fitted.
    public func test(
        _ fitted: FittedLinearModel, coefficient: String, nullValue: Double = 0, cluster: ClusterVariable,
        using rng: inout some RandomNumberGenerator
    ) throws(WildBootstrapError) -> WildBootstrapResult {
        try run(fitted, coefficient: coefficient, nullValue: nullValue, cluster: cluster, rng: &rng, seed: nil)
    }

    // MARK: Implementation

    private func fitted(_ model: LinearModel) throws(WildBootstrapError) -> FittedLinearModel {
        try Self.checkFinite(model)
        do { return try model.estimate() } catch { throw .regression(error) }
    }

    /// Names the first non-finite value, so the message can point at it.
    private static func checkFinite(_ model: LinearModel) throws(WildBootstrapError) {
        let n = model.design.rows
        for (i, y) in model.response.enumerated() where !y.isFinite { throw .nonFiniteInput(what: "the response", row: i) }
        for j in 0..<model.design.columns {
            for i in 0..<n where !model.design.storage[i + j * n].isFinite {
                let name = j < model.termNames.count ? model.termNames[j] : "column \(j)"
                throw .nonFiniteInput(what: "regressor '\(name)'", row: i)
            }
        }
        if let w = model.weights {
            for (i, x) in w.enumerated() where !x.isFinite { throw .nonFiniteInput(what: "the weight", row: i) }
        }
    }

    /// Everything up to the p-value: the original statistic's parts and the replicates.
    struct Prepared {
        let estimate: Double
        let standardError: Double
        let factor: Double
        let clusters: Int
        let enumerated: Bool
        let replicates: WildBootstrapReplicates
        let notes: [String]

        /// `t*_b` at the null `β0` (for tests).
        func statistics(nullValue: Double) -> [Double] {
            let d = nullValue - estimate
            return (0..<replicates.count).map { b in
                let r = replicates
                return (r.n0[b] - d * r.n1[b]) / (factor * Swift.max(0, r.pp[b] - 2 * d * r.pq[b] + d * d * r.qq[b])).squareRoot()
            }
        }
    }

    private func run(
        _ fitted: FittedLinearModel, coefficient name: String, nullValue: Double, cluster: ClusterVariable,
        rng: inout some RandomNumberGenerator, seed: UInt64?
    ) throws(WildBootstrapError) -> WildBootstrapResult {
        let prepared = try prepare(fitted, coefficient: name, nullValue: nullValue, cluster: cluster, rng: &rng)
        let estimate = prepared.estimate, se = prepared.standardError, f = prepared.factor
        let replicates = prepared.replicates
        var notes = prepared.notes
        let delta = nullValue - estimate
        let p = replicates.pValue(delta: delta, standardError: se, factor: f, kind: pValueKind)
        let t = (estimate - nullValue) / se

        var low: Double? = nil
        var high: Double? = nil
        if let l = level {
            if let ci = WildBootstrapTestInversion.interval(
                replicates: replicates, standardError: se, factor: f, kind: pValueKind, alpha: 1 - l)
            {
                low = estimate + ci.low
                high = estimate + ci.high
                if !ci.low.isFinite && pValueKind != .lower || !ci.high.isFinite && pValueKind != .upper {
                    notes.append("the bootstrap p-value never falls to \(1 - l) on one side: that end of the confidence set is unbounded (too few replicates or clusters for this level)")
                }
            } else {
                notes.append("the bootstrap test rejects even β0 = β̂ at level \(l): no confidence interval")
            }
            notes.append("confidence interval by inverting the bootstrap test (same weights for every β0, bracketing and bisection)")
        }

        return WildBootstrapResult(
            coefficient: name, estimate: estimate, nullValue: nullValue, standardError: se, statistic: t, pValue: p,
            pValueKind: pValueKind, weights: weights, replications: replicates.count, enumerated: prepared.enumerated,
            clusterName: cluster.name, clusters: prepared.clusters, smallSampleFactor: f, confidenceLow: low,
            confidenceHigh: high, level: level, seed: prepared.enumerated ? nil : seed, notes: notes)
    }

    func prepare(
        _ fitted: FittedLinearModel, coefficient name: String, nullValue: Double, cluster: ClusterVariable,
        rng: inout some RandomNumberGenerator
    ) throws(WildBootstrapError) -> Prepared {
        if replications < 1 { throw .invalidReplications(replications) }
        // Five Doubles per replicate (WildBootstrapKernel.replicates), checked before allocating.
        do { try ResamplingMemory.check(count: replications, bytesEach: 5 * MemoryLayout<Double>.size, what: "B = \(replications)") } catch {
            throw .tooMuchMemory(error)
        }
        if let l = level, !(l > 0 && l < 1) { throw .invalidLevel(l) }
        if !nullValue.isFinite { throw .nonFiniteInput(what: "the null value β0", row: nil) }
        try Self.checkFinite(fitted.model)

        // The coefficient.
        guard fitted.model.termNames.contains(name) else {
            throw .coefficientNotFound(name: name, available: fitted.model.termNames)
        }
        guard let column = fitted.termNames.firstIndex(of: name) else {
            throw .coefficientNotEstimated(name: name, reason: "it is absorbed by the fixed effects")
        }
        guard let j = fitted.fit.keptColumns.firstIndex(of: column) else {
            throw .coefficientNotEstimated(name: name, reason: "it was dropped as collinear with other regressors or the fixed effects")
        }

        // The original fit's CR1 t statistic, exactly as in the regression table.
        let result: RegressionResult
        do {
            result = try fitted.result(
                covariance: .cluster(cluster, adjustment: .cr1, inference: .clustersMinusOne),
                level: level ?? 0.95, absorbedParameters: absorbedParameters)
        } catch {
            if case let .tooFewClusters(clusterName, g) = error { throw .tooFewClusters(name: clusterName, clusters: g) }
            throw .regression(error)
        }
        let g = result.clusters.first?.clusters ?? 0
        if g < 3 { throw .tooFewClusters(name: cluster.name, clusters: g) }
        guard let row = result.coefficients.first(where: { $0.term == name }) else {
            throw .coefficientNotEstimated(name: name, reason: "it is missing from the coefficient table")
        }
        let estimate = row.estimate
        let se = row.standardError
        if !(se > 0) || !se.isFinite { throw .zeroStandardError(name: name) }
        let f = result.smallSampleFactor

        // Transformed data: kept columns (with any low-order parts), √w applied.
        let x = fitted.x
        let n = x.rows
        let k = fitted.fit.rank
        let w = fitted.weights
        var xt = [Double](repeating: 0, count: n * k)
        var xu = [Double](repeating: 0, count: n * k)  // without √w, for the fixed-effect correction
        for (c, col) in fitted.fit.keptColumns.enumerated() {
            for i in 0..<n {
                let v = x.storage[i + col * n] + (fitted.low?.storage[i + col * n] ?? 0)
                xu[i + c * n] = v
                xt[i + c * n] = v * (w.map { $0[i].squareRoot() } ?? 1)
            }
        }
        let residuals = fitted.fit.residuals
        let e = (0..<n).map { i in residuals[i] * (w.map { $0[i].squareRoot() } ?? 1) }

        // Dense cluster codes on the estimation rows (first appearance order);
        // rows without weight take no part (code −1).
        var map: [Int: Int] = [:]
        var allCodes = [Int](repeating: 0, count: n)
        var codes = [Int](repeating: -1, count: n)
        for (r, i) in fitted.rows.enumerated() {
            let raw = cluster.codes[i]
            let weighted = (w?[r] ?? 1) > 0
            if let d = map[raw] {
                allCodes[r] = d
            } else {
                allCodes[r] = map.count
                map[raw] = map.count
            }
            if weighted { codes[r] = allCodes[r] }
        }
        // Renumber the weighted clusters 0..<G in order of first appearance.
        var renumber: [Int: Int] = [:]
        for r in 0..<n where codes[r] >= 0 {
            if let d = renumber[codes[r]] { codes[r] = d } else { let d = renumber.count; renumber[codes[r]] = d; codes[r] = d }
        }

        let inverse = fitted.fit.unscaledCovariance.storage
        var notes: [String] = [
            "restricted wild cluster bootstrap (WCR): H0 \(name) = \(nullValue) imposed on the bootstrap samples; \(weights.rawValue) weights, one per cluster of '\(cluster.name)' (G = \(g))",
            "t uses the CR1 factor G/(G−1)·(N−1)/(N−K) = \(f) for t and every t*; it cancels in the symmetric and equal-tail p-values and in the confidence interval",
        ]

        // Fixed effects not nested in the clusters: projection of ũ ⊙ v on the dummies.
        var correction: (e0: [Double], e1: [Double])? = nil
        if let fe = fitted.fixedEffects, let spec = fitted.model.fixedEffects {
            let nested = (0..<fitted.fixedEffectsCodes.count).allSatisfy { d in
                FixedEffectsAbsorber.isNested(fitted.fixedEffectsCodes[d], levels: fe.levels[d], in: allCodes)
            }
            if nested {
                notes.append("fixed effects nested in the clusters: bootstrapping the demeaned data equals bootstrapping the dummy-variable regression")
            } else {
                correction = Self.fixedEffectsCorrection(
                    fitted: fitted, xu: xu, k: k, column: j, codes: codes, clusters: g,
                    demeaner: Demeaner(codes: fitted.fixedEffectsCodes, levels: fe.levels, weights: w),
                    tolerance: spec.tolerance, maximumIterations: spec.maximumIterations)
                notes.append("fixed effects not all nested in the clusters: the bootstrap residuals are projected off the dummies in every replicate, as in the dummy-variable regression")
            }
        }

        let kernel = WildBootstrapKernel(
            x: xt, rows: n, columns: k, e: e, codes: codes, clusters: g, inverse: inverse, column: j,
            correction: correction)

        // Replicates: all 2^G sign vectors, or B draws.
        let enumerate = weights == .rademacher && enumeration == .automatic && g < 62 && (1 << g) <= replications
        let replicates: WildBootstrapReplicates
        if enumerate {
            replicates = kernel.replicates(count: 1 << g) { m, v in
                // Replicate 0 is all +1 (the original sample); bit h of m flips cluster h.
                for h in 0..<g { v[h] = (m >> h) & 1 == 0 ? 1 : -1 }
            }
            let minimum = pValueKind == .symmetric || pValueKind == .equalTail ? "2/\(1 << g)" : "1/\(1 << g)"
            notes.append("all 2^\(g) = \(1 << g) Rademacher sign vectors enumerated (2^G ≤ B = \(replications), boottest's rule): the p-value is exact with respect to the bootstrap distribution; the smallest attainable p-value is \(minimum)")
        } else {
            let wts = weights
            replicates = kernel.replicates(count: replications) { _, v in wts.fill(v, using: &rng) }
            if weights == .rademacher && g <= 12 {
                notes.append("with G = \(g) clusters Rademacher weights allow only 2^\(g) distinct samples: Webb weights are recommended (MacKinnon & Webb 2017)")
            }
        }

        return Prepared(
            estimate: estimate, standardError: se, factor: f, clusters: g, enumerated: enumerate,
            replicates: replicates, notes: notes)
    }

    /// `E⁰`, `E¹` of `WildBootstrapKernel` (row-major `G × G`):
    /// `E_hg = Σ_{i∈h} wᵢ t̃ᵢ [P_W(z_g)]ᵢ` with `t̃ = Ẍ a`, `P_W z = z − demean(z)`,
    /// `z_g = û ⊙ 1_g` for `E⁰` and `z_g = r ⊙ 1_g` (`r = Ẍ a / a_j`) for `E¹`.
    private static func fixedEffectsCorrection(
        fitted: FittedLinearModel, xu: [Double], k: Int, column j: Int, codes: [Int], clusters g: Int,
        demeaner: Demeaner, tolerance: Double, maximumIterations: Int
    ) -> (e0: [Double], e1: [Double]) {
        let n = codes.count
        let inverse = fitted.fit.unscaledCovariance.storage
        let a = (0..<k).map { inverse[$0 + j * k] }
        let aj = a[j]
        var tt = [Double](repeating: 0, count: n)
        for i in 0..<n { for l in 0..<k { tt[i] += xu[i + l * n] * a[l] } }
        let u = fitted.fit.residuals
        let w = fitted.weights
        var e0 = [Double](repeating: 0, count: g * g)
        var e1 = [Double](repeating: 0, count: g * g)
        var z0 = [Double](repeating: 0, count: n)
        var z1 = [Double](repeating: 0, count: n)
        for gg in 0..<g {
            for i in 0..<n {
                let inG = codes[i] == gg
                z0[i] = inG ? u[i] : 0
                z1[i] = inG ? tt[i] / aj : 0
            }
            let d0 = demeaner.demean(z0, tolerance: tolerance, maximumIterations: maximumIterations).values
            let d1 = demeaner.demean(z1, tolerance: tolerance, maximumIterations: maximumIterations).values
            for i in 0..<n where codes[i] >= 0 {
                let wt = (w?[i] ?? 1) * tt[i]
                e0[codes[i] * g + gg] += wt * (z0[i] - d0[i])
                e1[codes[i] * g + gg] += wt * (z1[i] - d1[i])
            }
        }
        return (e0, e1)
    }
}
