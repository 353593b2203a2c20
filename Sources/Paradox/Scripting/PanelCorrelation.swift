// `panel.correlate("x", "y", ...)`: a correlation test on two columns of a panel,
// with the row selection and listwise deletion a script would otherwise write by hand.

import Foundation
import Modeling
import PanelData
import Stats

/// A correlation test between two variables of a panel, with the rows it used.
///
/// Made by ``Paradox/PanelData/PanelDataset/correlate(_:_:method:where:alternative:level:exact:)``. The
/// test itself (estimate, statistic, p-value and how it was computed, confidence
/// interval) is ``test``; the rest says which rows it rests on, so that the listwise
/// deletion is never silent.
public struct PanelCorrelation: Sendable, Equatable, CustomStringConvertible {
    /// The first variable (column name).
    public let x: String
    /// The second variable (column name).
    public let y: String
    /// The row condition, if any (`"year == 2022"`).
    public let condition: String?
    /// The test: see ``/Stats/CorrelationTest``.
    public let test: CorrelationTest
    /// Rows selected by the condition (all rows without one).
    public let rowsConsidered: Int
    /// Rows selected but dropped because `x` or `y` is missing, labelled `KAZ 2022`
    /// when the panel has `iso3` and `year` columns (else `row 5`, 1-based).
    public let droppedRows: [String]

    /// A result from its parts (``Paradox/PanelData/PanelDataset/correlate(_:_:method:where:alternative:level:exact:)`` builds these).
    public init(x: String, y: String, condition: String?, test: CorrelationTest, rowsConsidered: Int, droppedRows: [String]) {
        self.x = x; self.y = y; self.condition = condition; self.test = test
        self.rowsConsidered = rowsConsidered; self.droppedRows = droppedRows
    }

    /// One line a reader can quote, e.g.
    /// `Spearman's rank correlation rho of egdi and wgi_cc: 0.812 (S = 1.2e+05, p < 2.2e-16, asymptotic), n = 180; 13 of 193 rows dropped for missing values`.
    /// Numbers are rounded to 3–4 significant digits for reading; take them from ``test`` at full precision.
    public var description: String {
        var s = "\(test.method.description) of \(x) and \(y): \(Self.g(test.estimate, 3)) ("
        s += "\(test.statisticName) = \(Self.g(test.statistic, 4)), p "
        s += test.pValue < 2.2e-16 ? "< 2.2e-16" : "= \(Self.g(test.pValue, 3))"
        s += ", \(test.pValueMethod.rawValue)"
        if let ci = test.confidenceInterval {
            s += "; \(Self.g(ci.level * 100, 3))% CI \(Self.g(ci.lower, 3)) to \(Self.g(ci.upper, 3)), \(ci.method)"
        }
        s += "), n = \(test.n)"
        if let condition { s += ", rows with \(condition)" }
        if !droppedRows.isEmpty { s += "; \(droppedRows.count) of \(rowsConsidered) rows dropped for missing values" }
        return s
    }

    /// `%.{digits}g`, with R's NA/Inf for non-finite values.
    static func g(_ v: Double, _ digits: Int) -> String {
        if v.isNaN { return "NA" }
        if v.isInfinite { return v > 0 ? "Inf" : "-Inf" }
        return String(format: "%.\(digits)g", v)
    }
}

/// Why ``Paradox/PanelData/PanelDataset/correlate(_:_:method:where:alternative:level:exact:)`` failed.
public enum PanelCorrelationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The row condition cannot be parsed or evaluated.
    case filter(FilterError)
    /// A variable is not in the panel (with the nearest names) or is not numeric.
    case variable(TableError)
    /// The test failed: too few complete pairs, a constant variable, an invalid level, ...
    case correlation(CorrelationError)

    public var description: String {
        switch self {
        case .filter(let e): return "where: " + e.description
        case .variable(let e): return e.description
        case .correlation(let e): return e.description
        }
    }
}

extension PanelDataset {
    /// Tests the correlation of two numeric variables, as `egov correlate --x x --y y` does
    /// and as R's `cor.test(x, y, method = ...)` on the complete pairs.
    ///
    /// Rows are those matching `condition`; of those, rows where either variable is missing
    /// are dropped (listwise deletion) and listed in ``PanelCorrelation/droppedRows``.
    ///
    /// - Pearson: t = r√((n − 2)/(1 − r²)) on n − 2 df, Fisher-z interval.
    /// - Spearman: exact p-value without ties for n ≤ 17 (n ≤ 20 with `exact: .yes`), with
    ///   ties by enumeration for n ≤ 10; above, without ties, AS 89's Edgeworth series up to
    ///   n = 1290 (R's default), else the t approximation; Fisher-z
    ///   interval with the Bonett–Wright (2000) standard error.
    /// - Kendall τ-b: exact without ties for n < 50, else the tie-corrected normal
    ///   approximation (Kendall 1970); Fieller–Hartley–Pearson (1957) interval.
    ///
    /// See ``/Stats/Correlation/pearson(x:y:alternative:level:)``,
    /// ``/Stats/Correlation/spearman(x:y:alternative:level:exact:)`` and
    /// ``/Stats/Correlation/kendall(x:y:alternative:level:exact:continuity:)`` for the details.
    ///
    /// ```swift
    /// let rho = try panel.correlate("egdi", "wgi_cc", method: .spearman, where: "year == 2022")
    /// print(rho)            // one readable line
    /// rho.test.pValue       // full precision
    /// ```
    ///
    /// - Throws: ``PanelCorrelationError``.
    public func correlate(
        _ x: String, _ y: String, method: CorrelationMethod = .pearson, where condition: String? = nil,
        alternative: CorrelationAlternative = .twoSided, level: Double = 0.95, exact: ExactPolicy = .auto
    ) throws(PanelCorrelationError) -> PanelCorrelation {
        var selected = [Bool](repeating: true, count: table.rowCount)
        if let condition {
            do { selected = try RowFilter.parse(condition).evaluate(on: table) } catch { throw .filter(error) }
        }
        let xs: NumericColumn, ys: NumericColumn
        do {
            xs = try table.numeric(x)
            ys = try table.numeric(y)
        } catch { throw .variable(error) }

        let label = RegressionAnalysis.rowLabeller(table)
        var xv: [Double] = [], yv: [Double] = [], dropped: [String] = []
        var considered = 0
        for r in 0..<table.rowCount where selected[r] {
            considered += 1
            if let a = xs[r], let b = ys[r], a.isFinite, b.isFinite {
                xv.append(a); yv.append(b)
            } else {
                dropped.append(label(r))
            }
        }
        let test: CorrelationTest
        do {
            switch method {
            case .pearson: test = try Correlation.pearson(x: xv, y: yv, alternative: alternative, level: level)
            case .spearman: test = try Correlation.spearman(x: xv, y: yv, alternative: alternative, level: level, exact: exact)
            case .kendall: test = try Correlation.kendall(x: xv, y: yv, alternative: alternative, level: level, exact: exact)
            }
        } catch {
            // Name the variable rather than "x"/"y".
            if case .zeroVariance(let v) = error {
                throw .correlation(.zeroVariance(variable: v.hasPrefix("x") ? x : (v.hasPrefix("y") ? y : v)))
            }
            throw .correlation(error)
        }
        return PanelCorrelation(x: x, y: y, condition: condition, test: test, rowsConsidered: considered, droppedRows: dropped)
    }
}
