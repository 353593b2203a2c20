#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A linear model fitted once. `result(covariance:level:)` turns it into a
/// `RegressionResult` under any covariance estimator without refitting (the
/// idea of statsmodels' `get_robustcov_results`).
public struct FittedLinearModel: Sendable, Equatable {
    /// The specification that was fitted.
    public let model: LinearModel
    /// The least-squares kernel's output (on the demeaned data with fixed effects).
    public let fit: LeastSquaresFit
    // The data the kernel saw (demeaned with fixed effects; rows `rows` of the input).
    let x: Matrix
    let low: Matrix?
    let y: [Double]
    /// The response before demeaning, on the estimation rows (for the overall R²).
    let yOriginal: [Double]
    let weights: [Double]?
    /// Names of the columns of `x`.
    public let termNames: [String]
    let interceptColumn: Int?
    /// Input rows used, ascending (all rows unless singletons were dropped).
    public var rows: [Int] { estimationRows ?? Array(0..<model.design.rows) }
    /// The rows when they are a proper subset (fixed effects dropped singletons);
    /// nil for all rows, so a plain fit does not build an n-element index (8 MB at n = 1e6).
    let estimationRows: [Int]?
    /// `rows.count` without building `rows`.
    var rowCount: Int { estimationRows?.count ?? model.design.rows }
    let fixedEffectsCodes: [[Int]]
    public let fixedEffects: FixedEffectsSummary?
    /// Parameters absorbed by the fixed effects (0 without).
    public let absorbedParameters: Int
    /// Terms dropped (collinear with the fixed effects, or with earlier terms).
    public let droppedTerms: [String]
    let notes: [String]

    /// Observations that count (positive weight).
    public var observations: Int { fit.effectiveObservations }

    /// `N − rank − absorbed`.
    public var residualDegreesOfFreedom: Int { fit.residualDegreesOfFreedom - absorbedParameters }

    /// The result under `covariance`, with `level` confidence intervals and, for
    /// cluster-robust covariances of fixed-effects models, `rule` for counting
    /// the absorbed parameters in `K`.
    public func result(
        covariance: CovarianceEstimator = .classical, level: Double = 0.95,
        absorbedParameters rule: AbsorbedParameterRule = .nested
    ) throws(RegressionError) -> RegressionResult {
        guard level > 0 && level < 1 else { throw .invalidLevel(level) }
        let n = observations
        let k = fit.rank
        let dfResid = residualDegreesOfFreedom
        if dfResid <= 0 { throw .noResidualDegreesOfFreedom(observations: n, parameters: k + absorbedParameters) }
        let rss = fit.residualSumOfSquares
        let sigma2 = rss / Double(dfResid)
        var notes = self.notes
        let kFull = k + absorbedParameters

        var v: Matrix
        var label: String
        var factor = 1.0
        var kAdj: Int? = nil
        var clusterInfo: [RegressionResult.ClusterInfo] = []
        var kind = RegressionResult.StatisticKind.t
        var inferenceDF: Int = dfResid

        switch covariance {
        case .classical:
            label = "classical"
            v = fit.unscaledCovariance.scaled(by: sigma2)
        case .hc0, .hc1, .hc2, .hc3, .hc4:
            let est = covariance.kind
            label = est.rawValue.uppercased()
            if fixedEffects != nil && (est == .hc2 || est == .hc3 || est == .hc4) {
                throw .leverageCovarianceWithFixedEffects(est)
            }
            // HC0/HC1 need no per-row scale (nil), and no leverages.
            var scale: [Double]? = nil
            if est == .hc2 || est == .hc3 || est == .hc4 {
                guard fit.leverage.count == x.rows else { throw .leveragesNotComputed(est) }
                var sc = [Double](repeating: 1, count: x.rows)
                for i in 0..<x.rows where (weights?[i] ?? 1) > 0 {
                    let h = fit.leverage[i]
                    if !(h < 1 - 1e-12) { throw .leverageOne(row: estimationRows?[i] ?? i, estimator: est) }
                    switch est {
                    case .hc2: sc[i] = 1 / (1 - h)
                    case .hc3: sc[i] = 1 / ((1 - h) * (1 - h))
                    default:
                        let delta = Swift.min(4, Double(n) * h / Double(k))
                        sc[i] = pow(1 - h, -delta)
                    }
                }
                scale = sc
            }
            v = SandwichCovariance.compute(fit: fit, x: x, low: low, weights: weights, meat: .heteroskedastic(scale: scale))
            if est == .hc1 {
                factor = Double(n) / Double(dfResid)
                kAdj = kFull
                v = v.scaled(by: factor)
            }
        case let .cluster(variable, adjustment, inference):
            let c = try denseClusterCodes(variable)
            clusterInfo = [.init(name: variable.name, clusters: c.groups)]
            let kc = clusterK(rule: rule, clusters: [c.codes])
            factor = clusterFactor(adjustment, groups: c.groups, n: n, k: kc)
            kAdj = adjustment == .cr1 ? kc : nil
            label = adjustment.label
            v = SandwichCovariance.compute(
                fit: fit, x: x, low: low, weights: weights,
                meat: .clustered([(c.codes, c.groups, factor)]))
            (kind, inferenceDF) = inferenceChoice(inference, minClusters: c.groups, dfResid: dfResid)
            notes.append(clusterNote(adjustment, inference: inference, k: kc, rule: rule))
        case let .twoWayCluster(first, second, adjustment, groupCount, inference):
            let c1 = try denseClusterCodes(first)
            let c2 = try denseClusterCodes(second)
            // Intersection codes on the estimation rows.
            var map: [Int64: Int] = [:]
            var c12 = [Int](repeating: 0, count: c1.codes.count)
            var g12Positive = Set<Int>()
            for i in 0..<c12.count {
                let key = Int64(c1.codes[i]) &* Int64(c2.groups + 1) &+ Int64(c2.codes[i])
                if let v = map[key] { c12[i] = v } else { c12[i] = map.count; map[key] = map.count }
                if (weights?[i] ?? 1) > 0 { g12Positive.insert(c12[i]) }
            }
            let g12 = g12Positive.count
            clusterInfo = [.init(name: first.name, clusters: c1.groups), .init(name: second.name, clusters: c2.groups)]
            let kc = clusterK(rule: rule, clusters: [c1.codes, c2.codes])
            let gMin = Swift.min(c1.groups, c2.groups)
            func f(_ g: Int) -> Double {
                clusterFactor(adjustment, groups: groupCount == .minimum ? gMin : g, n: n, k: kc)
            }
            factor = f(c1.groups)
            kAdj = adjustment == .cr1 ? kc : nil
            label = adjustment.label + " two-way"
            v = SandwichCovariance.compute(
                fit: fit, x: x, low: low, weights: weights,
                meat: .clustered([(c1.codes, c1.groups, f(c1.groups)), (c2.codes, c2.groups, f(c2.groups)),
                                  (c12, map.count, -f(g12))]))
            (kind, inferenceDF) = inferenceChoice(inference, minClusters: gMin, dfResid: dfResid)
            notes.append(
                "two-way clustered covariance (Cameron, Gelbach & Miller 2011): V = V(\(first.name)) + V(\(second.name)) − V(intersection), G/(G−1) factors with \(groupCount == .eachTerm ? "each term's own G (\(c1.groups), \(c2.groups), \(g12))" : "G_min = \(gMin) for all terms (fixest)")")
            notes.append(clusterNote(adjustment, inference: inference, k: kc, rule: rule))
            if let repaired = SymmetricEigen.clippedToPositiveSemidefinite(v) {
                v = repaired
                notes.append("two-way clustered covariance was not positive semi-definite: negative eigenvalues set to zero (Cameron, Gelbach & Miller 2011)")
            }
        }

        // Coefficient table.
        let alpha = 1 - level
        let crit: Double
        switch kind {
        case .t: crit = ReferenceDistributions.studentTUpperQuantile(alpha / 2, degreesOfFreedom: Double(inferenceDF))
        case .z: crit = ReferenceDistributions.normalUpperQuantile(alpha / 2)
        }
        var coefs: [RegressionResult.Coefficient] = []
        for (c, j) in fit.keptColumns.enumerated() {
            let b = fit.coefficients[c]
            let se = v[c, c].squareRoot()
            let stat = b / se
            let p: Double
            switch kind {
            case .t: p = ReferenceDistributions.studentTTwoSidedPValue(stat, degreesOfFreedom: Double(inferenceDF))
            case .z: p = ReferenceDistributions.normalTwoSidedPValue(stat)
            }
            coefs.append(.init(
                term: termNames[j], estimate: b, standardError: se, statistic: stat, pValue: p,
                confidenceLow: b - crit * se, confidenceHigh: b + crit * se))
        }

        // Goodness of fit.
        let wts = weights
        func wsum(_ f: (Int) -> Double) -> Double {
            var s = DoubleDouble.zero
            if let w = wts {
                for i in 0..<y.count where w[i] > 0 { s = s + DoubleDouble.product(f(i), w[i]) }
            } else {
                // Unit weights: the products are exact, so add the doubles directly, into
                // two partial sums (even and odd rows) so that consecutive double-double
                // additions overlap.
                // The two partial sums are the two lanes of a vector (the same
                // operations as `DoubleDouble + Double` lane by lane).
                typealias V = SIMD2<Double>
                var accH = V(), accL = V()
                var i = 0
                while i + 2 <= y.count {
                    let v = V(f(i), f(i + 1))
                    // DoubleDouble + Double (JMP Algorithm 4): TwoSum, then FastTwoSum.
                    let sh = accH + v
                    let bb = sh - accH
                    let sl = (accH - (sh - bb)) + (v - bb)
                    let t = accL + sl
                    let zh = sh + t
                    accL = t - (zh - sh)
                    accH = zh
                    i += 2
                }
                s = DoubleDouble(uncheckedHi: accH[0], lo: accL[0])
                if i < y.count { s = s + f(i) }
                s = s + DoubleDouble(uncheckedHi: accH[1], lo: accL[1])
            }
            return s.doubleValue
        }
        let sumW = wts == nil ? Double(y.count) : wsum { _ in 1 }
        let withinR2: Double?
        let r2: Double
        let adjR2: Double
        let r2Kind: RegressionResult.RSquaredKind
        let tssForF: Double
        if fixedEffects != nil {
            let mean = wsum { yOriginal[$0] } / sumW
            let tss = wsum { (yOriginal[$0] - mean) * (yOriginal[$0] - mean) }
            let tssWithin = wsum { y[$0] * y[$0] }
            r2 = 1 - rss / tss
            adjR2 = 1 - (1 - r2) * Double(n - 1) / Double(dfResid)
            withinR2 = 1 - rss / tssWithin
            r2Kind = .centered
            tssForF = tssWithin
        } else if interceptColumn != nil {
            let mean = wsum { y[$0] } / sumW
            let tss = wsum { (y[$0] - mean) * (y[$0] - mean) }
            r2 = 1 - rss / tss
            adjR2 = 1 - (1 - r2) * Double(n - 1) / Double(dfResid)
            withinR2 = nil
            r2Kind = .centered
            tssForF = tss
        } else {
            let tss = wsum { y[$0] * y[$0] }
            r2 = 1 - rss / tss
            adjR2 = 1 - (1 - r2) * Double(n) / Double(dfResid)
            withinR2 = nil
            r2Kind = .uncentered
            tssForF = tss
            notes.append("no intercept: R² is uncentered (1 − RSS/Σy², as R's summary.lm)")
        }

        // F test of all slopes.
        let slopeIdx = (0..<k).filter { fit.keptColumns[$0] != interceptColumn }
        let q = slopeIdx.count
        var fTest: RegressionResult.FTest? = nil
        if q > 0 {
            if case .classical = covariance {
                let f = ((tssForF - rss) / Double(q)) / sigma2
                fTest = .init(
                    kind: .classical, statistic: f, numeratorDegreesOfFreedom: q, denominatorDegreesOfFreedom: dfResid,
                    pValue: ReferenceDistributions.fisherFUpperTail(f, numerator: Double(q), denominator: Double(dfResid)))
            } else {
                let b = slopeIdx.map { fit.coefficients[$0] }
                var sub = Matrix(rows: q, columns: q)
                for (a, ia) in slopeIdx.enumerated() { for (c, ic) in slopeIdx.enumerated() { sub[a, c] = v[ia, ic] } }
                if let w = WaldStatistic.quadraticForm(sub, b) {
                    let f = w / Double(q)
                    switch kind {
                    case .t:
                        fTest = .init(
                            kind: .wald, statistic: f, numeratorDegreesOfFreedom: q, denominatorDegreesOfFreedom: inferenceDF,
                            pValue: ReferenceDistributions.fisherFUpperTail(f, numerator: Double(q), denominator: Double(inferenceDF)))
                    case .z:
                        fTest = .init(
                            kind: .waldChiSquared, statistic: f, numeratorDegreesOfFreedom: q, denominatorDegreesOfFreedom: nil,
                            pValue: ReferenceDistributions.chiSquaredUpperTail(w, degreesOfFreedom: Double(q)))
                    }
                } else {
                    notes.append("Wald F test of all slopes not reported: the covariance of the slopes is singular (rank below \(q), e.g. fewer clusters than slopes), as Stata reports it missing")
                }
            }
        }

        // Log-likelihood as R's logLik.lm (zero weights excluded).
        var sumLogW = 0.0
        if let w = wts { for x in w where x > 0 { sumLogW += log(x) } }
        let nn = Double(n)
        let ll = 0.5 * sumLogW - nn / 2 * (log(2 * Double.pi) + 1 - log(nn) + log(rss))
        let pLL = Double(kFull + 1)

        if let fe = fixedEffects {
            notes.append("fixed effects absorbed: \(zip(fe.names, fe.levels).map { "\($0) (\($1) levels)" }.joined(separator: ", ")); \(absorbedParameters) parameters, residual df = N − slopes − absorbed = \(dfResid)")
        }

        return RegressionResult(
            coefficients: coefs, droppedTerms: droppedTerms, covariance: v, covarianceLabel: label,
            clusters: clusterInfo, smallSampleFactor: factor, smallSampleParameters: kAdj, statisticKind: kind,
            inferenceDegreesOfFreedom: kind == .t ? inferenceDF : nil, level: level, observations: n,
            observationsDropped: model.design.rows - rowCount, residualDegreesOfFreedom: dfResid,
            modelDegreesOfFreedom: q, sigma: sigma2.squareRoot(), rSquared: r2, adjustedRSquared: adjR2,
            rSquaredKind: r2Kind, withinRSquared: withinR2, fTest: fTest, logLikelihood: ll,
            aic: -2 * ll + 2 * pLL, bic: -2 * ll + log(nn) * pLL, conditionNumber: fit.conditionNumber,
            fixedEffects: fixedEffects, notes: notes)
    }

    // MARK: Clusters

    /// Dense codes of `variable` on the estimation rows, and `G` = the number of
    /// clusters with at least one positive-weight observation.
    private func denseClusterCodes(_ variable: ClusterVariable) throws(RegressionError) -> (codes: [Int], groups: Int) {
        if variable.codes.count != model.design.rows {
            throw .clusterLengthMismatch(name: variable.name, codes: variable.codes.count, observations: model.design.rows)
        }
        var map: [Int: Int] = [:]
        var out = [Int](repeating: 0, count: rowCount)
        var positive = Set<Int>()
        for (r, i) in rows.enumerated() {
            let c = variable.codes[i]
            if let v = map[c] { out[r] = v } else { out[r] = map.count; map[c] = map.count }
            if (weights?[r] ?? 1) > 0 { positive.insert(out[r]) }
        }
        if positive.count < 2 { throw .tooFewClusters(name: variable.name, clusters: positive.count) }
        // Clusters made only of zero-weight rows contribute nothing; G counts the others.
        return (out, positive.count)
    }

    /// `K` for `(N−1)/(N−K)` (see `AbsorbedParameterRule`).
    private func clusterK(rule: AbsorbedParameterRule, clusters: [[Int]]) -> Int {
        let k = fit.rank
        guard let fe = fixedEffects else { return k }
        switch rule {
        case .none: return k
        case .full: return k + absorbedParameters
        case .nested:
            let nested = (0..<fixedEffectsCodes.count).map { d in
                clusters.contains { FixedEffectsAbsorber.isNested(fixedEffectsCodes[d], levels: fe.levels[d], in: $0) }
            }
            if nested.allSatisfy({ $0 }) { return k + 1 }
            var kk = k + absorbedParameters
            for d in 0..<nested.count where nested[d] { kk -= fe.levels[d] - 1 }
            return kk
        }
    }

    private func clusterFactor(_ adjustment: ClusterAdjustment, groups g: Int, n: Int, k: Int) -> Double {
        let gf = Double(g) / Double(g - 1)
        switch adjustment {
        case .cr0: return 1
        case .clusterOnly: return gf
        case .cr1: return gf * Double(n - 1) / Double(n - k)
        }
    }

    private func inferenceChoice(
        _ inference: ClusterInference, minClusters: Int, dfResid: Int
    ) -> (RegressionResult.StatisticKind, Int) {
        switch inference {
        case .clustersMinusOne: return (.t, minClusters - 1)
        case .residual: return (.t, dfResid)
        case .normal: return (.z, 0)
        }
    }

    private func clusterNote(_ adjustment: ClusterAdjustment, inference: ClusterInference, k: Int, rule: AbsorbedParameterRule) -> String {
        let adj: String
        switch adjustment {
        case .cr1: adj = "CR1 small-sample factor G/(G−1)·(N−1)/(N−K) with K = \(k)" + (fixedEffects != nil ? " (absorbed parameters counted by the '\(rule.rawValue)' rule)" : "")
        case .cr0: adj = "CR0 (no small-sample factor)"
        case .clusterOnly: adj = "small-sample factor G/(G−1) only"
        }
        let inf: String
        switch inference {
        case .clustersMinusOne: inf = "t and F tests with G − 1 denominator df (Stata; R's lmtest::coeftest default would use the residual df)"
        case .residual: inf = "t and F tests with the residual df (R's lmtest::coeftest default; Stata uses G − 1)"
        case .normal: inf = "z and χ² tests (asymptotic)"
        }
        return "\(adj); \(inf)"
    }
}

extension ClusterAdjustment {
    var label: String {
        switch self {
        case .cr1: return "CR1"
        case .cr0: return "CR0"
        case .clusterOnly: return "CR (G/(G−1))"
        }
    }
}

extension Matrix {
    /// Every entry multiplied by `f`.
    func scaled(by f: Double) -> Matrix {
        Matrix(uncheckedRows: rows, columns: columns, storage: storage.map { $0 * f })
    }
}
