import Modeling
import Stats

/// The reference distribution of a model's coefficient tests, as far as the covariance
/// estimator carries it (the cluster inference of one- and two-way clustering).
enum CoefficientInference: Sendable, Equatable {
    /// Least squares and 2SLS: t tests, with clusters the `--cluster-inference` choice
    /// (t(G − 1) by default, DESIGN.md section 2).
    case student
    /// Likelihood models (GLMs): z tests, also with clusters (R sandwich + lmtest::coeftest, Stata).
    case normal
}

extension RegressionAnalysis {
    /// The one mapping from `--vcov` (``CovarianceChoice``) to ``/Stats/CovarianceEstimator``, for
    /// least squares, 2SLS and GLMs alike: cluster codes taken on the design's `rows`, the
    /// `--cluster-adjustment` and two-way group-count rules of `spec`, and the cluster inference of
    /// `inference`.
    /// - Parameters:
    ///   - spec: the specification (its covariance, cluster adjustment and cluster inference).
    ///   - data: the data the design was built from.
    ///   - rows: the estimation rows (indices into `data`).
    ///   - inference: t (least squares, 2SLS: `spec.clusterInference`) or normal (GLMs).
    /// - Returns: the estimator, or nil for the covariances only least-squares panel fits compute
    ///   themselves (Driscoll–Kraay, PCSE, Newey–West, CR2): the caller refuses or handles them.
    static func covarianceEstimator(
        _ spec: RegressionSpecification, data: some ColumnSource, rows: [Int], inference: CoefficientInference
    ) -> CovarianceEstimator? {
        let clusterInference: ClusterInference = inference == .normal ? .normal : spec.clusterInference
        switch spec.effectiveCovariance {
        case .classical: return .classical
        case .hc0: return .hc0
        case .hc1: return .hc1
        case .hc2: return .hc2
        case .hc3: return .hc3
        case .hc4: return .hc4
        case .cluster(let c):
            return .cluster(clusterVariable(c, data: data, rows: rows), adjustment: spec.clusterAdjustment, inference: clusterInference)
        case .twoWayCluster(let a, let b):
            return .twoWayCluster(
                clusterVariable(a, data: data, rows: rows), clusterVariable(b, data: data, rows: rows),
                adjustment: spec.clusterAdjustment, groupCount: spec.twoWayGroupCount, inference: clusterInference)
        case .driscollKraay, .pcse, .neweyWest, .cr2:
            return nil
        }
    }
}

extension RegressionAnalysis {
    /// The layout of a 2SLS fit's structural equation `y ~ w + endo` (the instruments are not
    /// regressors: they neither get slopes nor can be set in `--predict`), summarised on the
    /// estimation rows, for slopes and predictions; nil if the design cannot be rebuilt.
    static func structuralLayout(formula f: Formula, endogenous: [Term], data: some ColumnSource, rows: [Int]) -> DesignLayout? {
        var terms = f.terms
        for t in endogenous where !terms.contains(t) { terms.append(t) }
        let structural = Formula(response: f.response, terms: terms, intercept: f.intercept, fixedEffects: f.fixedEffects)
        var mask = [Bool](repeating: false, count: data.rowCount)
        for r in rows where r >= 0 && r < mask.count { mask[r] = true }
        guard let design = try? DesignMatrix.build(formula: structural, data: data, options: DesignOptions(rowSelection: mask)) else { return nil }
        return DesignLayout(design: design, data: data)
    }
}
