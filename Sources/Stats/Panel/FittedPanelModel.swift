/// A panel model fitted once (``PanelLinearModel/estimate(_:)``): ask it for a
/// ``RegressionResult`` under any covariance estimator.
public struct FittedPanelModel: Sendable, Equatable {
    /// The estimator used.
    public let estimator: PanelEstimator
    /// The OLS fit of the transformed data (quasi-demeaned, differenced, unit means, …).
    public let fitted: FittedLinearModel
    /// For each row of the transformed regression, the row of the panel model it
    /// comes from (the later row of a difference; the first row of a unit for `between`).
    public let sourceRows: [Int]
    /// Dense unit code of every row of the panel model.
    let units: [Int]
    let unitCount: Int
    /// Swamy–Arora components (random effects only).
    public let components: RandomEffectsComponents?
    /// The intercept column of the panel model's design, if any.
    let interceptColumn: Int?
    /// Conventions of the estimator, for the output.
    public let notes: [String]

    /// The result under `covariance` at confidence `level`. Cluster variables
    /// carry codes for the rows of the panel model; they are carried to the
    /// transformed rows (for `between`, a unit takes the code of its first row).
    public func result(covariance: CovarianceEstimator = .classical, level: Double = 0.95) throws(RegressionError) -> RegressionResult {
        let mapped = map(covariance)
        var r = try fitted.result(covariance: mapped, level: level)
        var notes = self.notes
        switch estimator {
        case .randomEffects:
            r = try randomEffectsResult(r, covariance: covariance, level: level)
            notes = r.notes + notes
        default:
            notes = r.notes + notes
        }
        return r.replacingNotes(notes)
    }

    private func map(_ covariance: CovarianceEstimator) -> CovarianceEstimator {
        func m(_ v: ClusterVariable) -> ClusterVariable {
            ClusterVariable(name: v.name, codes: sourceRows.map { $0 >= 0 && $0 < v.codes.count ? v.codes[$0] : -1 })
        }
        switch covariance {
        case .classical, .hc0, .hc1, .hc2, .hc3, .hc4: return covariance
        case let .cluster(v, adjustment, inference): return .cluster(m(v), adjustment: adjustment, inference: inference)
        case let .twoWayCluster(a, b, adjustment, groupCount, inference):
            return .twoWayCluster(m(a), m(b), adjustment: adjustment, groupCount: groupCount, inference: inference)
        }
    }

    /// z inference, the Wald χ² of the slopes, and R² as plm reports them for random effects.
    private func randomEffectsResult(_ r: RegressionResult, covariance: CovarianceEstimator, level: Double) throws(RegressionError) -> RegressionResult {
        let crit = ReferenceDistributions.normalUpperQuantile((1 - level) / 2)
        let coefs = r.coefficients.map { c in
            RegressionResult.Coefficient(
                term: c.term, estimate: c.estimate, standardError: c.standardError, statistic: c.statistic,
                pValue: ReferenceDistributions.normalTwoSidedPValue(c.statistic),
                confidenceLow: c.estimate - crit * c.standardError, confidenceHigh: c.estimate + crit * c.standardError)
        }
        let interceptName = interceptColumn.map { fitted.model.termNames[$0] }
        let slopes = coefs.indices.filter { coefs[$0].term != interceptName }
        var fTest: RegressionResult.FTest? = nil
        var notes = r.notes.filter { !$0.hasPrefix("no intercept: R² is uncentered") }.map { note -> String in
            guard let cut = note.range(of: "; t and F tests") else { return note }
            return String(note[..<cut.lowerBound]) + "; z and χ² tests (random effects, as Stata's xtreg, re with vce(cluster))"
        }
        if !slopes.isEmpty {
            var sub = Matrix(rows: slopes.count, columns: slopes.count)
            for (a, ia) in slopes.enumerated() { for (c, ic) in slopes.enumerated() { sub[a, c] = r.covariance[ia, ic] } }
            if let w = WaldStatistic.quadraticForm(sub, slopes.map { coefs[$0].estimate }) {
                let q = Double(slopes.count)
                fTest = .init(kind: .waldChiSquared, statistic: w / q, numeratorDegreesOfFreedom: slopes.count, denominatorDegreesOfFreedom: nil,
                              pValue: ReferenceDistributions.chiSquaredUpperTail(w, degreesOfFreedom: q))
            }
        }
        // R² as plm's summary reports it for random effects: the squared correlation of the
        // quasi-demeaned response and its fitted values (r.squared(type = "cor")).
        let ys = fitted.y
        let fv = fitted.fit.fittedValues
        let r2 = squaredCorrelation(ys, fv)
        let n = r.observations
        let adj = 1 - (1 - r2) * Double(n - 1) / Double(r.residualDegreesOfFreedom)
        if let c = components {
            let (lo, hi) = c.thetaRange
            notes.append("random effects by feasible GLS, Swamy–Arora variance components as R plm (random.method = \"swar\"): σ_u = \(c.sigmaU), σ_e = \(c.sigmaE), " +
                         (c.isBalanced ? "θ = \(lo)" : "θ_i = 1 − √(σ²_e/(σ²_e + T_i σ²_u)) from \(lo) to \(hi) (unbalanced panel: plm's unbiased between step; Stata's xtreg, re differs on unbalanced panels)"))
            if c.unitVarianceTruncated { notes.append("the Swamy–Arora estimate of σ²_u was negative and is set to 0, as plm does: θ = 0 and RE equals pooled OLS") }
        }
        notes.append("z statistics and normal p-values, χ² Wald test of the slopes (as plm's summary and Stata's xtreg, re print); R² = cor(y*, ŷ*)² of the quasi-demeaned regression, as plm's summary")
        if case .classical = covariance {} else {
            notes.append("the covariance is computed on the quasi-demeaned regression (R plm::vcovHC conventions: cluster = arellano, hc0/hc1 = white1)")
        }
        return RegressionResult(
            coefficients: coefs, droppedTerms: r.droppedTerms, covariance: r.covariance, covarianceLabel: r.covarianceLabel,
            clusters: r.clusters, smallSampleFactor: r.smallSampleFactor, smallSampleParameters: r.smallSampleParameters,
            statisticKind: .z, inferenceDegreesOfFreedom: nil, level: level, observations: n,
            observationsDropped: r.observationsDropped, residualDegreesOfFreedom: r.residualDegreesOfFreedom,
            modelDegreesOfFreedom: slopes.count, sigma: r.sigma, rSquared: r2, adjustedRSquared: adj,
            rSquaredKind: .centered, withinRSquared: nil, fTest: fTest, logLikelihood: .nan, aic: .nan, bic: .nan,
            conditionNumber: r.conditionNumber, fixedEffects: nil, notes: notes)
    }
}

/// cor(a, b)², with the means and sums in double-double.
func squaredCorrelation(_ a: [Double], _ b: [Double]) -> Double {
    let n = Double(a.count)
    var sa = DoubleDouble.zero, sb = DoubleDouble.zero
    for i in a.indices { sa = sa + a[i]; sb = sb + b[i] }
    let ma = (sa / DoubleDouble(n)).doubleValue, mb = (sb / DoubleDouble(n)).doubleValue
    var sab = DoubleDouble.zero, saa = DoubleDouble.zero, sbb = DoubleDouble.zero
    for i in a.indices {
        let da = a[i] - ma, db = b[i] - mb
        sab = sab + DoubleDouble.product(da, db)
        saa = saa + DoubleDouble.product(da, da)
        sbb = sbb + DoubleDouble.product(db, db)
    }
    let c = sab.doubleValue
    return c * c / (saa.doubleValue * sbb.doubleValue)
}

extension RegressionResult {
    /// The same result with other notes.
    func replacingNotes(_ notes: [String]) -> RegressionResult {
        RegressionResult(
            coefficients: coefficients, droppedTerms: droppedTerms, covariance: covariance, covarianceLabel: covarianceLabel,
            clusters: clusters, smallSampleFactor: smallSampleFactor, smallSampleParameters: smallSampleParameters,
            statisticKind: statisticKind, inferenceDegreesOfFreedom: inferenceDegreesOfFreedom, level: level, observations: observations,
            observationsDropped: observationsDropped, residualDegreesOfFreedom: residualDegreesOfFreedom,
            modelDegreesOfFreedom: modelDegreesOfFreedom, sigma: sigma, rSquared: rSquared, adjustedRSquared: adjustedRSquared,
            rSquaredKind: rSquaredKind, withinRSquared: withinRSquared, fTest: fTest, logLikelihood: logLikelihood, aic: aic, bic: bic,
            conditionNumber: conditionNumber, fixedEffects: fixedEffects, notes: notes)
    }
}
