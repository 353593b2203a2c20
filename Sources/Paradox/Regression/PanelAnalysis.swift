import Foundation
import Modeling
import PanelData
import Stats

/// Panel columns asked for with `--panel unit,time`.
public struct PanelColumns: Sendable, Equatable, Hashable, Codable {
    /// The unit column (e.g. `iso3`).
    public var unit: String
    /// The time column (e.g. `year`).
    public var time: String

    /// `unit` and `time` columns.
    public init(unit: String, time: String) {
        self.unit = unit
        self.time = time
    }

    /// Parses `"iso3,year"`.
    /// - Throws: ``RegressionAnalysisError/invalidPanel(text:)`` unless the text is two comma-separated names.
    public init(parsing text: String) throws(RegressionAnalysisError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .invalidPanel(text: text) }
        self.init(unit: parts[0], time: parts[1])
    }
}

/// What a panel fit adds to the regression report (JSON keys `estimator`,
/// `panel`, `theta`, `sigma_u`, `sigma_e`, `hausman`, `hausman_mundlak`).
public struct PanelReport: Sendable, Equatable {
    /// The estimator used.
    public var estimator: PanelEstimator
    /// Unit and time columns, when a panel structure was used.
    public var panel: PanelColumns?
    /// Number of units in the estimation sample.
    public var units: Int?
    /// Swamy–Arora components and θ (random effects).
    public var components: RandomEffectsComponents?
    /// The unit names of `components.thetaByUnit`, in the same order.
    public var unitNames: [String]
    /// FE against RE (`--hausman`).
    public var hausman: HausmanTest?
    /// The cluster-robust Mundlak form of the test (`--hausman`).
    public var hausmanMundlak: HausmanTest?
    /// Why the Mundlak form could not be computed, if it could not.
    public var hausmanMundlakUnavailable: String?
    /// Notes about the panel construction (operators built before `--where`, …).
    public var notes: [String]
}

extension RegressionSpecification {
    /// Whether the specification needs a panel structure.
    var usesPanel: Bool {
        panel != nil || !formula.panelOperators.isEmpty || estimator != .pooled || hausman
    }
}

extension PanelEstimator {
    /// The title of the text output, for the estimators that transform the data.
    var textTitle: String? {
        switch self {
        case .pooled, .fixedEffects: return nil
        case .randomEffects: return "Random effects (feasible GLS, Swamy–Arora components)"
        case .firstDifference: return "First differences (OLS of Δy on Δx)"
        case .between: return "Between estimator (OLS of unit means)"
        }
    }
}

/// The panel part of ``RegressionAnalysis``: panel structure, operator columns, panel estimators, Hausman tests.
enum PanelAnalysis {
    /// The panel structure of `data` for `spec` (explicit `--panel`, else iso3/year when present), or nil when not used.
    static func structure(_ spec: RegressionSpecification, data: some ColumnSource) throws(RegressionAnalysisError) -> PanelStructure? {
        guard spec.usesPanel else { return nil }
        let columns: PanelColumns
        if let p = spec.panel {
            columns = p
        } else if let d = PanelStructure.defaultStructure(in: data) {
            columns = PanelColumns(unit: d.unit, time: d.time)
        } else {
            if let op = spec.formula.panelOperators.first { throw .panel(.operatorWithoutPanel(expression: op.rDescription)) }
            throw .panelRequired(estimator: spec.estimator)
        }
        do { return try PanelStructure.resolve(unit: columns.unit, time: columns.time, data: data) } catch { throw .panel(error) }
    }

    /// The formula actually fitted: `--estimator fe` absorbs the unit.
    static func effectiveFormula(_ spec: RegressionSpecification, panel: PanelStructure?) throws(RegressionAnalysisError) -> Formula {
        let f = spec.formula
        switch spec.estimator {
        case .pooled: return f
        case .fixedEffects:
            guard let p = panel else { return f }
            if f.fixedEffects.contains(p.unit) { return f }
            return Formula(response: f.response, terms: f.terms, intercept: f.intercept, fixedEffects: [p.unit] + f.fixedEffects)
        case .randomEffects, .firstDifference, .between:
            if !f.fixedEffects.isEmpty { throw .estimatorWithFixedEffects(estimator: spec.estimator, fixedEffects: f.fixedEffects) }
            return f
        }
    }

    /// Notes about the panel set-up.
    static func notes(_ spec: RegressionSpecification, panel: PanelStructure) -> [String] {
        var notes = ["panel: unit \(panel.unit), time \(panel.time)" + (spec.panel == nil ? " (default: both columns exist)" : "")]
        let ops = spec.formula.panelOperators
        if !ops.isEmpty {
            notes.append("\(ops.map(\.rDescription).joined(separator: ", ")): lags, leads and differences by \(panel.unit) along \(panel.time), looked up by time value (a gap or an absent row gives a missing value, never the previous row), computed on the whole data before --where selects rows (as Stata and fixest)")
        }
        return notes
    }

    /// Fits `spec.estimator` (re, fd, between) on the design; nil for ols/fe (the existing path).
    static func fit(
        _ spec: RegressionSpecification, design: DesignMatrix, x: Matrix, panel: PanelStructure,
        covariance: CovarianceEstimator
    ) throws(RegressionAnalysisError) -> (result: RegressionResult, residuals: [Double], report: PanelReport) {
        if let w = spec.weights {
            throw .panelModel(.unsupported("--weights \(w) cannot be combined with --estimator \(spec.estimator.rawValue): the panel estimators here are unweighted (as plm's); drop --weights"))
        }
        guard let codes = panel.codes(rows: design.usedRows) else {
            throw .panel(.operatorWithoutPanel(expression: "--estimator \(spec.estimator.rawValue)"))
        }
        let model = PanelLinearModel(design: x, response: design.y, termNames: design.columnNames, hasIntercept: design.hasIntercept,
                                     units: codes.units, times: codes.times, unitName: panel.unit)
        var report = PanelReport(estimator: spec.estimator, panel: PanelColumns(unit: panel.unit, time: panel.time),
                                 units: Set(codes.units).count, components: nil, unitNames: [], hausman: nil, hausmanMundlak: nil,
                                 hausmanMundlakUnavailable: nil, notes: [])
        let fitted: FittedPanelModel
        do { fitted = try model.estimate(spec.estimator) } catch { throw .panelModel(error) }
        let result: RegressionResult
        do { result = try fitted.result(covariance: covariance, level: spec.level) } catch { throw .regression(error) }
        if let c = fitted.components {
            report.components = c
            // Dense codes are in order of first appearance among the used rows.
            var seen = Set<Int>()
            report.unitNames = codes.units.filter { seen.insert($0).inserted }.map { panel.unitLevels[$0] }
        }
        if spec.hausman {
            do { report.hausman = try model.hausman() } catch { throw .panelModel(error) }
            do { report.hausmanMundlak = try model.mundlakHausman() } catch { report.hausmanMundlakUnavailable = error.description }
        }
        return (result, fitted.fitted.fit.residuals, report)
    }
}
