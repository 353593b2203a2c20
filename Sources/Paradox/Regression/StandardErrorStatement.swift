import Foundation
import Stats

extension RegressionReport {
    /// One sentence stating how the standard errors were computed: estimator,
    /// small-sample convention and the reference distribution of the tests
    /// (DESIGN.md §2: state the conventions in every output).
    public var standardErrorStatement: String {
        if let l = likelihood { return likelihoodStandardErrorStatement(l) }
        if let q = quantile { return Self.quantileStatement(q) }
        let r = result
        let n = r.observations
        let df = r.residualDegreesOfFreedom
        let dist: String
        switch r.statisticKind {
        case .t: dist = "p-values from t(\(r.inferenceDegreesOfFreedom.map(String.init) ?? "?"))"
        case .z: dist = "p-values from the standard normal"
        }
        switch specification.effectiveCovariance {
        case .classical:
            let base = "classical (iid errors, σ̂²(XᵀX)⁻¹), \(dist)"
            if specification.covariance == nil {
                return base + "; the default, as R's lm: pass --vcov hc1 for heteroskedasticity-robust or --vcov \"cluster(c)\" for cluster-robust standard errors"
            }
            return base
        case .hc0: return "HC0 (White 1980, no small-sample factor), \(dist)"
        case .hc1: return "HC1 (Stata's small-sample factor n/(n−k) = \(n)/\(df)), \(dist)"
        case .hc2: return "HC2 (eᵢ²/(1−hᵢᵢ), MacKinnon & White 1985), \(dist)"
        case .hc3: return "HC3 (eᵢ²/(1−hᵢᵢ)², MacKinnon & White 1985; R sandwich's default), \(dist)"
        case .hc4: return "HC4 (Cribari-Neto 2004), \(dist)"
        case .cluster, .twoWayCluster:
            let by = r.clusters.map { "\($0.name) (G = \($0.clusters))" }.joined(separator: " and ")
            let twoWay = r.clusters.count == 2 ? ", two-way (Cameron, Gelbach & Miller 2011)" : ""
            let adjustment: String
            switch specification.clusterAdjustment {
            case .cr1:
                adjustment = "CR1 (G/(G−1)·(N−1)/(N−K), K = \(r.smallSampleParameters.map(String.init) ?? "?")"
                    + (r.fixedEffects != nil ? ", fixed effects counted by the '\(specification.absorbedParameters.rawValue)' rule" : "") + ")"
            case .cr0: adjustment = "CR0 (no small-sample factor)"
            case .clusterOnly: adjustment = "G/(G−1) factor only"
            }
            return "clustered by \(by)\(twoWay), \(adjustment), \(dist)"
        case .driscollKraay, .pcse, .neweyWest, .cr2:
            return panelStandardErrorStatement
        }
    }
}
