import Foundation
import Modeling
import PanelData
import Stats

/// What to do with observations alone in a fixed-effect group (`--singletons`).
public enum SingletonPolicy: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// Drop them, iteratively (Stata `reghdfe`'s default; Correia 2015): they are
    /// fitted exactly by their own effect and would inflate N and the clustered
    /// covariance's small-sample factor. The package default.
    case drop
    /// Keep them (R `fixest`'s default, `fixef.rm = "none"` for singletons).
    case keep
}

/// A wild cluster bootstrap asked of `egov regress` (`--bootstrap wild`): the
/// restricted wild cluster bootstrap (WCR) of ``/Stats/WildClusterBootstrap``
/// for each named coefficient, clustered by the `--vcov cluster(c)` (or `cr2(c)`) variable.
///
/// **p-value convention (the package's, for every wild bootstrap, including
/// `egov paradox --metric group-slope`)**: symmetric, `p = #{b : |t*_b| ≥ |t|} / B`
/// (Stata `boottest`, R `fwildclusterboot`), where a replicate equal to `t`
/// within a relative 1e-9 counts as extreme (so under full enumeration the
/// replicate of all +1 weights, which reproduces `t`, always counts, and the
/// smallest attainable p-value is `2/2^G`). With Rademacher weights and
/// `2^G ≤ B` all `2^G` sign vectors are enumerated and `B = 2^G`.
public struct WildBootstrapRequest: Sendable, Equatable, Hashable {
    /// Coefficients to test (`--bootstrap-terms`); empty: every estimated coefficient but the intercept.
    public var terms: [String]
    /// `B` (`--reps`), 9,999 by default.
    public var replications: Int
    /// Weight distribution (`--weights`), Rademacher by default.
    public var weights: WildBootstrapWeights
    /// Seed of the Xoshiro256** generator (`--seed`), 1 by default.
    public var seed: UInt64

    /// A request; every option defaults to the `egov regress --bootstrap wild` default.
    public init(terms: [String] = [], replications: Int = 9_999, weights: WildBootstrapWeights = .rademacher, seed: UInt64 = 1) {
        self.terms = terms
        self.replications = replications
        self.weights = weights
        self.seed = seed
    }
}

extension RegressionAnalysis {
    /// Below this many clusters a note recommends the wild cluster bootstrap or
    /// CR2: cluster-robust t tests over-reject with few clusters (Cameron &
    /// Miller 2015, JHR 50:317–372; the number is Angrist & Pischke's 2009 rule of thumb, 42).
    public static let fewClustersThreshold = 42

    /// Unit and time columns join the listwise deletion when a panel covariance needs them.
    static func panelAuxiliaryVariables(_ spec: RegressionSpecification, data: some ColumnSource) throws(RegressionAnalysisError) -> [AuxiliaryVariable] {
        guard spec.effectiveCovariance.needsPanelIndex else { return [] }
        let index = try spec.panelIndex.resolve(in: data)
        if case .neweyWest = spec.effectiveCovariance {
            return [AuxiliaryVariable(name: index.time, role: .other)]
        }
        return [AuxiliaryVariable(name: index.unit, role: .other), AuxiliaryVariable(name: index.time, role: .other)]
    }

    /// The result under a panel covariance, or `nil` for the others.
    static func panelResult(
        _ spec: RegressionSpecification, fitted: FittedLinearModel, data: some ColumnSource, rows: [Int]
    ) throws(RegressionAnalysisError) -> RegressionResult? {
        let choice: PanelCovariance
        switch spec.effectiveCovariance {
        case .driscollKraay(let lag):
            choice = .driscollKraay(time: try spec.panelIndex.codes(data: data, rows: rows).time, lag: lag)
        case .neweyWest(let lag):
            let index = spec.panelIndex
            guard let values = data.numericValues(index.time) else {
                throw .panelIndex("the time column '\(index.time)' must be numeric (whole numbers such as years)")
            }
            var time: [Int] = []
            for r in rows {
                guard let v = values[r], v.isFinite, v == v.rounded(), Swift.abs(v) < 1e15 else {
                    throw .panelIndex("the time column '\(index.time)' has a value that is not a whole number in row \(r + 1)")
                }
                time.append(Int(v))  // checked: whole with |v| < 1e15 (guard above)
            }
            choice = .neweyWest(time: time, lag: lag)
        case .pcse(let rule):
            let codes = try spec.panelIndex.codes(data: data, rows: rows)
            choice = .pcse(unit: codes.unit, time: codes.time, rule: rule)
        case .cr2(let c):
            choice = .cr2(clusterVariable(c, data: data, rows: rows))
        default:
            return nil
        }
        do { return try fitted.result(panelCovariance: choice, level: spec.level) } catch { throw .panelCovariance(error) }
    }

    /// Notes on rows removed by cluster or weight variables, few clusters and
    /// singletons; then the wild bootstrap, if asked for.
    static func addInferenceNotesAndBootstrap(
        _ report: inout RegressionReport, fitted: FittedLinearModel, design: DesignMatrix, data: some ColumnSource
    ) throws(RegressionAnalysisError) {
        let spec = report.specification
        var notes: [String] = []
        // Rows removed only because a cluster or weight variable is missing.
        let auxNames = Set(spec.effectiveCovariance.clusterVariables + (spec.weights.map { [$0] } ?? []))
        if !auxNames.isEmpty {
            let removed = report.droppedRows.filter {
                $0.reason == .missing && !$0.variables.isEmpty && $0.variables.allSatisfy { auxNames.contains($0) }
            }
            if !removed.isEmpty {
                let names = Set(removed.flatMap(\.variables)).sorted().map { "'\($0)'" }.joined(separator: ", ")
                var groups: [String] = []
                if let iso = data.textValues("iso3") {
                    var seen = Set<String>()
                    for d in removed { if let c = iso[d.rowIndex], seen.insert(c).inserted { groups.append(c) } }
                }
                let listed = groups.prefix(12).joined(separator: ", ") + (groups.count > 12 ? " and \(groups.count - 12) more" : "")
                notes.append("\(removed.count) rows with all model variables present were dropped because \(names) is missing" + (groups.isEmpty ? "" : " (\(groups.count) countries: \(listed))") + ": the sample is restricted to rows where \(names) is defined; check that this is intended")
            }
        }
        // Few clusters.
        if let g = report.result.clusters.map(\.clusters).min(), g < fewClustersThreshold {
            let c = report.result.clusters.first?.name ?? "c"
            if case .cr2 = spec.effectiveCovariance {
                notes.append("few clusters (G = \(g) < \(fewClustersThreshold)): CR2 with Satterthwaite df is designed for this case; --bootstrap wild gives a restricted wild cluster bootstrap as a check")
            } else if spec.bootstrap == nil {
                notes.append("few clusters (G = \(g) < \(fewClustersThreshold)): cluster-robust t tests tend to over-reject; consider --bootstrap wild (restricted wild cluster bootstrap) or --vcov \"cr2(\(c))\" (Bell–McCaffrey with Satterthwaite df)")
            }
        }
        // Per-coefficient degrees of freedom (CR2), also for the text output.
        let dfs = report.result.coefficients.compactMap { c in c.degreesOfFreedom.map { "\(c.term) \(ResultTable.formatNumber($0, .significant(6)))" } }
        if !dfs.isEmpty {
            notes.append("Satterthwaite degrees of freedom (t reference of each coefficient): " + dfs.joined(separator: ", "))
        }
        // Singletons, in every fixed-effects output.
        if let fe = report.result.fixedEffects {
            switch spec.singletons {
            case .drop:
                notes.append("fixed-effect singletons: dropped (\(fe.droppedSingletonRows.count) rows), the default, as Stata reghdfe (Correia 2015); R fixest keeps them by default: pass --singletons keep for that")
            case .keep:
                notes.append("fixed-effect singletons: kept (--singletons keep, R fixest's default); Stata reghdfe and this package's default drop them")
            }
        }
        if let request = spec.bootstrap {
            let (results, bootNotes) = try wildBootstrap(request, spec: spec, fitted: fitted, design: design, data: data)
            report.bootstrap = results
            notes.append(contentsOf: bootNotes)
        }
        report.analysisNotes.append(contentsOf: notes)
    }

    /// Runs the restricted wild cluster bootstrap for each requested term.
    static func wildBootstrap(
        _ request: WildBootstrapRequest, spec: RegressionSpecification, fitted: FittedLinearModel,
        design: DesignMatrix, data: some ColumnSource
    ) throws(RegressionAnalysisError) -> ([WildBootstrapResult], [String]) {
        let clusterName: String
        switch spec.effectiveCovariance {
        case .cluster(let c), .cr2(let c): clusterName = c
        case .twoWayCluster:
            throw .invalidOption("--bootstrap wild resamples one cluster dimension: use --vcov \"cluster(c)\" with one variable (two-way wild bootstrap is not implemented)")
        default:
            throw .invalidOption("--bootstrap wild needs clusters: add --vcov \"cluster(c)\" (e.g. cluster(iso3)); the bootstrap draws one weight per cluster of that variable")
        }
        if request.replications < 1 {
            throw .invalidOption("--reps \(request.replications): the number of bootstrap replications must be at least 1 (9,999 is usual for publication)")
        }
        let cluster = clusterVariable(clusterName, data: data, rows: design.usedRows)
        var terms = request.terms
        if terms.isEmpty {
            terms = fitted.fit.keptColumns.map { fitted.termNames[$0] }.filter { $0 != "(Intercept)" }
        }
        let boot = WildClusterBootstrap(
            replications: request.replications, weights: request.weights, level: spec.level,
            absorbedParameters: spec.absorbedParameters)
        var results: [WildBootstrapResult] = []
        for term in terms {
            do {
                results.append(try boot.test(fitted, coefficient: term, cluster: cluster, seed: request.seed))
            } catch {
                throw .bootstrap(error)
            }
        }
        var notes: [String] = []
        if let first = results.first {
            let how = first.enumerated
                ? "all 2^\(first.clusters) = \(first.replications) Rademacher sign vectors enumerated (2^G ≤ B = \(request.replications)): exact with respect to the bootstrap distribution"
                : "B = \(first.replications) draws, Xoshiro256** seed \(request.seed)"
            notes.append("wild cluster bootstrap (restricted, WCR; Cameron, Gelbach & Miller 2008; Roodman et al. 2019 as Stata boottest): \(request.weights.rawValue) weights, one per cluster of '\(clusterName)' (G = \(first.clusters)), \(how); H0 β = 0 imposed; statistic: the CR1 t; p-value = #{|t*| ≥ |t|}/B with a replicate equal to |t| (within 1e-9 relative) counted as extreme, so under enumeration the all-ones replicate always counts; \(Int((spec.level * 100).rounded()))% interval by inverting the bootstrap test with the same weights")
            if case .cr2 = spec.effectiveCovariance {
                notes.append("the wild bootstrap studentizes with the CR1 standard error (as boottest), not with CR2")
            }
            for r in results {
                let ci = [r.confidenceLow, r.confidenceHigh].map { $0.map { ResultTable.formatNumber($0, .significant(6)) } ?? "NA" }
                notes.append("wild bootstrap \(r.coefficient): p = \(ResultTable.formatNumber(r.pValue, .significant(6))), interval [\(ci[0]), \(ci[1])]")
            }
        }
        return (results, notes)
    }
}

extension RegressionReport {
    /// Keys added to a coefficient's JSON object: `df` when it differs by
    /// coefficient (CR2), and the wild bootstrap's p-value and interval.
    func coefficientExtras(_ c: RegressionResult.Coefficient) -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        if let df = c.degreesOfFreedom { out.append(("df", .number(df))) }
        if let b = bootstrap.first(where: { $0.coefficient == c.term }) {
            out.append(("bootstrap_p_value", .number(b.pValue)))
            out.append(("bootstrap_conf_low", .number(b.confidenceLow)))
            out.append(("bootstrap_conf_high", .number(b.confidenceHigh)))
        }
        return out
    }

    /// The standard-error sentence for the panel and small-sample covariances.
    var panelStandardErrorStatement: String {
        let r = result
        let df = r.residualDegreesOfFreedom
        switch specification.effectiveCovariance {
        case .driscollKraay(let l):
            return "Driscoll–Kraay (R plm::vcovSCC, HC0, Bartlett kernel, maximum lag \(l) among the periods present), p-values from t(\(df)) (residual df)"
        case .neweyWest(let l):
            return "Newey–West (R sandwich::NeweyWest, lag \(l), prewhite = FALSE, adjust = FALSE), p-values from t(\(df))"
        case .pcse:
            return "Beck–Katz panel-corrected (R pcse, Stata xtpcse; \(r.covarianceLabel)), p-values from t(\(df))"
        case .cr2:
            let by = r.clusters.map { "\($0.name) (G = \($0.clusters))" }.joined(separator: ", ")
            return "CR2 (Bell–McCaffrey) clustered by \(by), p-values from t with Satterthwaite df per coefficient (R clubSandwich::coef_test)"
        default:
            return r.covarianceLabel
        }
    }
}
