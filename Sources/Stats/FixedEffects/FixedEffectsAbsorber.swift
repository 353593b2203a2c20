/// Absorbs fixed effects by demeaning (the within transformation), so that the
/// slopes are estimated by OLS on the demeaned data (Frisch–Waugh–Lovell).
///
/// **One dimension** — exact: each value minus its (weighted) group mean
/// `x̃ᵢ = xᵢ − Σ_{j∈g} w_j x_j / Σ_{j∈g} w_j`. Group sums are accumulated in
/// double-double, so the means are correctly rounded even for data with a large
/// common offset (years, log GDP) and the subtraction does not lose digits.
///
/// **Two or more dimensions** — the method of alternating projections
/// (Guimarães & Portugal 2010, Stata Journal 10(4); Gaure 2013, Comput. Stat.
/// Data Anal. 66, the algorithm of R's `lfe`): demean by dimension 1, then by
/// dimension 2, …, and repeat. By the von Neumann–Halperin theorem the sweep
/// converges to the projection onto the orthogonal complement of the span of
/// all dummies, for any (unbalanced) panel; for a balanced two-way panel one
/// sweep is exact. Convergence is linear with rate `ρ < 1`, so a small change
/// alone does not prove a small error: a column stops when the last sweep
/// changed it by `δₜ ≤ tol·‖x‖` **and** the geometric tail bound
/// `δₜ·ρ̂/(1−ρ̂) ≤ tol·‖x‖` holds with `ρ̂ = δₜ/δₜ₋₁` (norms are Euclidean,
/// `‖x‖` is the column before demeaning; default `tol = 1e-13`). A column that
/// does not meet this within `maximumIterations` sweeps makes
/// `converged == false` and adds a note.
///
/// **Absorbed parameters.** One dimension: `L` levels. Two dimensions:
/// `L₁ + L₂ − C` with `C` the connected components of the bipartite level
/// graph (exact: the effects are identified up to one constant per component).
/// Three or more: `L₁ + L₂ − C + Σ_{d≥3}(L_d − 1)`, exact for the first two
/// dimensions and an upper bound otherwise (further redundancies among three or
/// more dimensions are not searched for, like fixest without
/// `fixef.force_exact`); a note says so.
enum FixedEffectsAbsorber {
    /// Absorbs `effects` from the columns of `x` and from `y`.
    /// Rows with zero weight are kept but carry no weight in the means.
    static func absorb(
        _ effects: FixedEffects, x: Matrix, y: [Double], weights: [Double]?
    ) throws(RegressionError) -> (summary: FixedEffectsSummary, x: Matrix, y: [Double], kept: [Int], denseCodes: [[Int]]) {
        let n = x.rows
        if effects.codes.isEmpty { throw .invalidFixedEffects("no fixed-effect dimension was given") }
        if effects.names.count != effects.codes.count {
            throw .invalidFixedEffects("\(effects.codes.count) fixed-effect code vector(s) but \(effects.names.count) name(s): give one name per dimension")
        }
        for (d, c) in effects.codes.enumerated() where c.count != n {
            throw .invalidFixedEffects("fixed effect '\(effects.names[d])' has \(c.count) codes for \(n) observations: give one code per row")
        }
        if !(effects.tolerance > 0) || effects.maximumIterations < 1 {
            throw .invalidFixedEffects("tolerance must be positive and maximumIterations at least 1")
        }
        // Dense codes 0..<L per dimension over all rows.
        var dense: [[Int]] = []
        var levels: [Int] = []
        for c in effects.codes {
            var map: [Int: Int] = [:]
            var out = [Int](repeating: 0, count: n)
            for i in 0..<n {
                if let v = map[c[i]] { out[i] = v } else {
                    let v = map.count
                    map[c[i]] = v
                    out[i] = v
                }
            }
            dense.append(out)
            levels.append(map.count)
        }
        let candidate = (0..<n).map { i in weights.map { w in w[i] > 0 } ?? true }
        var keepMask = candidate
        if effects.dropSingletons {
            keepMask = SingletonFilter.keptRows(codes: dense, levels: levels, candidate: candidate)
        }
        // Zero-weight rows carry no information (and no degree of freedom): they are
        // ignored by the singleton search and kept, with no weight in any mean.
        let dropped = (0..<n).filter { candidate[$0] && !keepMask[$0] }
        let keptSet = (0..<n).filter { keepMask[$0] || !candidate[$0] }
        if keptSet.isEmpty { throw .invalidFixedEffects("no observations left after removing singleton groups") }

        // Re-densify on kept rows.
        var codesKept: [[Int]] = []
        var levelsKept: [Int] = []
        for d in 0..<dense.count {
            var map: [Int: Int] = [:]
            var out = [Int](repeating: 0, count: keptSet.count)
            for (r, i) in keptSet.enumerated() {
                let c = dense[d][i]
                if let v = map[c] { out[r] = v } else {
                    let v = map.count
                    map[c] = v
                    out[r] = v
                }
            }
            codesKept.append(out)
            levelsKept.append(map.count)
        }
        let w: [Double]? = weights.map { ww in keptSet.map { ww[$0] } }
        let m = keptSet.count

        var notes: [String] = []
        if !dropped.isEmpty {
            notes.append("\(dropped.count) singleton observation(s) dropped (alone in their fixed-effect group, iteratively; rows \(dropped.prefix(20).map(String.init).joined(separator: ", "))\(dropped.count > 20 ? ", …" : ""))")
        }

        var absorbed = levelsKept[0]
        var components: Int? = nil
        var exact = true
        if codesKept.count >= 2 {
            let c = ConnectedComponents.count(codesKept[0], levelsA: levelsKept[0], codesKept[1], levelsB: levelsKept[1])
            components = c
            absorbed = levelsKept[0] + levelsKept[1] - c
            for d in 2..<codesKept.count { absorbed += levelsKept[d] - 1 }
            if codesKept.count >= 3 {
                exact = false
                notes.append("absorbed parameters counted as L1 + L2 − components + Σ(L_d − 1) for the other dimensions: an upper bound with three or more fixed effects (as fixest without fixef.force_exact)")
            }
        }

        // Demean every column and y.
        var outX = Matrix(rows: m, columns: x.columns)
        var maxIter = 0
        var converged = true
        let demeaner = Demeaner(codes: codesKept, levels: levelsKept, weights: w)
        for j in 0..<x.columns {
            let col = keptSet.map { x.storage[$0 + j * n] }
            let r = demeaner.demean(col, tolerance: effects.tolerance, maximumIterations: effects.maximumIterations)
            maxIter = max(maxIter, r.iterations)
            converged = converged && r.converged
            for i in 0..<m { outX[i, j] = r.values[i] }
        }
        let ry = demeaner.demean(keptSet.map { y[$0] }, tolerance: effects.tolerance, maximumIterations: effects.maximumIterations)
        maxIter = max(maxIter, ry.iterations)
        converged = converged && ry.converged
        if !converged {
            notes.append("alternating projections did not converge to \(scientific(effects.tolerance)) within \(effects.maximumIterations) sweeps: estimates may be inaccurate; raise maximumIterations or check the fixed-effect structure")
        }
        let summary = FixedEffectsSummary(
            names: effects.names, levels: levelsKept, observationsUsed: m,
            droppedSingletonRows: dropped, absorbedParameters: absorbed, absorbedCountIsExact: exact,
            connectedComponents: components, iterations: maxIter, converged: converged, notes: notes)
        return (summary, outX, ry.values, keptSet, codesKept)
    }

    /// Whether every level of `codes` (dense, on the estimation rows) lies inside a
    /// single level of `cluster`, i.e. the fixed effect is nested in the cluster variable.
    static func isNested(_ codes: [Int], levels: Int, in cluster: [Int]) -> Bool {
        var owner = [Int?](repeating: nil, count: levels)
        for i in 0..<codes.count {
            if let o = owner[codes[i]] {
                if o != cluster[i] { return false }
            } else {
                owner[codes[i]] = cluster[i]
            }
        }
        return true
    }
}

/// Weighted group-mean sweeps for the alternating projections.
struct Demeaner {
    let codes: [[Int]]
    let levels: [Int]
    let weights: [Double]?
    /// `Σ_{i∈g} wᵢ` per dimension and level, in double-double.
    let groupWeights: [[DoubleDouble]]

    init(codes: [[Int]], levels: [Int], weights: [Double]?) {
        self.codes = codes
        self.levels = levels
        self.weights = weights
        var gw: [[DoubleDouble]] = []
        for d in 0..<codes.count {
            var s = [DoubleDouble](repeating: .zero, count: levels[d])
            for i in 0..<codes[d].count { s[codes[d][i]] = s[codes[d][i]] + (weights?[i] ?? 1) }
            gw.append(s)
        }
        self.groupWeights = gw
    }

    /// One projection: subtract the weighted group means of dimension `d` (sums in double-double).
    func sweep(_ v: inout [Double], dimension d: Int) {
        var sums = [DoubleDouble](repeating: .zero, count: levels[d])
        let c = codes[d]
        if let w = weights {
            for i in 0..<v.count { sums[c[i]] = sums[c[i]] + DoubleDouble.product(v[i], w[i]) }
        } else {
            for i in 0..<v.count { sums[c[i]] = sums[c[i]] + v[i] }
        }
        var means = [DoubleDouble](repeating: .zero, count: levels[d])
        for g in 0..<levels[d] where !groupWeights[d][g].isZero { means[g] = sums[g] / groupWeights[d][g] }
        for i in 0..<v.count { v[i] = (DoubleDouble(v[i]) - means[c[i]]).doubleValue }
    }

    func demean(_ x: [Double], tolerance: Double, maximumIterations: Int) -> (values: [Double], iterations: Int, converged: Bool) {
        var v = x
        if codes.count == 1 {
            sweep(&v, dimension: 0)
            return (v, 1, true)
        }
        let scale = norm(x)
        if scale == 0 { return (v, 0, true) }
        var previousChange = Double.infinity
        for it in 1...maximumIterations {
            let before = v
            for d in 0..<codes.count { sweep(&v, dimension: d) }
            var s = 0.0
            for i in 0..<v.count { let e = v[i] - before[i]; s += e * e }
            let change = s.squareRoot()
            let rate = change / previousChange
            let tail = rate < 1 ? change * rate / (1 - rate) : Double.infinity
            if change <= tolerance * scale && (it == 1 ? false : tail <= tolerance * scale || change == 0) {
                return (v, it, true)
            }
            if change == 0 { return (v, it, true) }
            previousChange = change
        }
        return (v, maximumIterations, false)
    }

    private func norm(_ x: [Double]) -> Double {
        var m = 0.0
        for v in x { m = max(m, Swift.abs(v)) }
        if m == 0 { return 0 }
        var s = 0.0
        for v in x { let t = v / m; s += t * t }
        return m * s.squareRoot()
    }
}
