import Foundation
import Stats

extension RegressionReport {
    /// The report in `format`: R-like text, the JSON contract, or a
    /// coefficient table (CSV, Markdown, LaTeX) with the conventions as notes.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text: return text()
        case .json: return json().serialized(pretty: true) + "\n"
        case .csv, .markdown, .latex:
            return coefficientTable(for: format).rendered(as: format) + (postEstimationTable().map { "\n" + $0.rendered(as: format) } ?? "")
        }
    }

    /// Shown dropped rows in the text output before "and N more".
    static let droppedRowsShown = 12

    /// Text modelled on R's `print(summary(lm(...)))`: formula, residual
    /// quantiles, coefficient table with significance stars and their legend,
    /// residual standard error, R², F test; then what R leaves out: N and the
    /// dropped rows, the standard-error convention, fixed effects, notes.
    public func text() -> String {
        if let l = likelihood { return likelihoodText(l) }
        if let q = quantile { return quantileText(q) }
        let r = result
        var out: [String] = []
        var title = r.fixedEffects == nil ? "Linear regression" : "Linear regression with fixed effects"
        title += weights.map { " (weighted least squares, weights: \($0))" } ?? " (OLS)"
        if let p = panel?.estimator, let t = p.textTitle { title = t }
        if instrumental != nil { title = "Instrumental-variables regression (2SLS\(r.fixedEffects == nil ? "" : ", fixed effects absorbed"))" }
        out.append(title)
        out.append("")
        out.append("Formula: " + formula)
        out.append("Data:    " + dataSource + (filter.map { ", where " + $0 } ?? ""))

        if let q = residualQuantiles {
            out.append("")
            out.append(weights == nil ? "Residuals:" : "Weighted Residuals:")
            let cells = q.map { Self.significant($0, 4) }
            let heads = ["Min", "1Q", "Median", "3Q", "Max"]
            let w = max(cells.map(\.count).max() ?? 0, 6)
            out.append(heads.map { pad($0, w) }.joined(separator: " "))
            out.append(cells.map { pad($0, w) }.joined(separator: " "))
        }

        out.append("")
        out.append("Coefficients:")
        let isZ = r.statisticKind == .z
        let heads = ["", "Estimate", "Std. Error", isZ ? "z value" : "t value", isZ ? "Pr(>|z|)" : "Pr(>|t|)", ""]
        let est = Self.formatColumn(r.coefficients.map(\.estimate))
        let se = Self.formatColumn(r.coefficients.map(\.standardError))
        let pv = Self.pValueColumn(r.coefficients.map(\.pValue))
        var rows: [[String]] = []
        for (i, c) in r.coefficients.enumerated() {
            rows.append([c.term, est[i], se[i], Self.fixed(c.statistic, 3), pv[i], RSignificanceCodes.code(c.pValue)])
        }
        for d in r.droppedTerms { rows.append([d, "NA", "NA", "NA", "NA", ""]) }
        var widths = heads.map(\.count)
        for row in rows { for (j, s) in row.enumerated() { widths[j] = max(widths[j], s.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { j, s in j == 0 || j == 5 ? s.padding(toLength: widths[j], withPad: " ", startingAt: 0) : pad(s, widths[j]) }
                .joined(separator: " ")
        }
        out.append(line(heads))
        for row in rows { out.append(line(row)) }
        out.append("---")
        out.append(RSignificanceCodes.legend)
        if !r.droppedTerms.isEmpty {
            out.append("(\(r.droppedTerms.count) not defined because of singularities: \(r.droppedTerms.joined(separator: ", ")))")
        }

        out.append("")
        out.append("Residual standard error: \(Self.significant(r.sigma, 4)) on \(r.residualDegreesOfFreedom) degrees of freedom")
        let missing = droppedRows.filter { $0.reason == .missing }.count
        if missing > 0 { out.append("  (\(missing) observation\(missing == 1 ? "" : "s") deleted due to missingness)") }
        let r2Label = r.rSquaredKind == .uncentered ? "Multiple R-squared (uncentered)" : "Multiple R-squared"
        out.append("\(r2Label):  \(Self.significant(r.rSquared, 4)),\tAdjusted R-squared:  \(Self.significant(r.adjustedRSquared, 4))")
        if let w = r.withinRSquared { out.append("Within R-squared:  \(Self.significant(w, 4))") }
        if let f = r.fTest {
            let p = f.pValue.isNaN ? "NA" : (f.pValue < 2.220446049250313e-16 ? "< 2.2e-16" : Self.significant(f.pValue, 4))
            switch f.kind {
            case .classical:
                out.append("F-statistic: \(Self.significant(f.statistic, 4)) on \(f.numeratorDegreesOfFreedom) and \(f.denominatorDegreesOfFreedom ?? 0) DF,  p-value: \(p)")
            case .wald:
                out.append("Wald F-statistic (\(r.covarianceLabel)): \(Self.significant(f.statistic, 4)) on \(f.numeratorDegreesOfFreedom) and \(f.denominatorDegreesOfFreedom ?? 0) DF,  p-value: \(p)")
            case .waldChiSquared:
                out.append("Wald chi-squared/q (\(r.covarianceLabel)): \(Self.significant(f.statistic, 4)) on \(f.numeratorDegreesOfFreedom) DF,  p-value: \(p)")
            }
        }

        out.append("")
        out.append("Observations: \(r.observations) used, \(observationsDropped) dropped of \(rowsConsidered)\(filter == nil ? "" : " selected") rows")
        if !droppedRows.isEmpty {
            let shown = droppedRows.prefix(Self.droppedRowsShown).map { d -> String in
                switch d.reason {
                case .missing: return "\(d.label) (\(d.variables.joined(separator: ", ")))"
                case .singleton: return "\(d.label) (singleton)"
                case .zeroWeight: return "\(d.label) (zero weight)"
                }
            }
            var s = "Dropped rows: " + shown.joined(separator: ", ")
            if droppedRows.count > Self.droppedRowsShown {
                s += ", and \(droppedRows.count - Self.droppedRowsShown) more (--format json lists all)"
            }
            out.append(s)
        }
        out.append("Standard errors: " + standardErrorStatement)
        out.append("Confidence intervals: \(Self.significant(r.level * 100, 6))% (--format json or csv lists them)")
        if let fe = r.fixedEffects {
            var s = "Fixed effects: " + zip(fe.names, fe.levels).map { "\($0) (\($1) levels)" }.joined(separator: ", ")
            s += "; \(fe.droppedSingletonRows.count) singleton observation\(fe.droppedSingletonRows.count == 1 ? "" : "s") dropped"
            if let w = r.withinRSquared { s += "; within R-squared \(Self.significant(w, 4))" }
            out.append(s)
        }
        if r.logLikelihood.isFinite {
            out.append("Log-likelihood: \(Self.significant(r.logLikelihood, 6)), AIC: \(Self.significant(r.aic, 6)), BIC: \(Self.significant(r.bic, 6)), condition number (1-norm of R, κ₁(R) = ‖R‖₁‖R⁻¹‖₁): \(Self.significant(r.conditionNumber, 3))")
        }
        out.append(contentsOf: beyondLinearTextLines)
        out.append(contentsOf: postEstimationTextLines)
        if let d = diagnostics {
            out.append("")
            out.append("Diagnostics:")
            out.append(contentsOf: d.textLines)
        } else if let why = diagnosticsUnavailable {
            out.append("")
            out.append("Diagnostics: " + why)
        }
        let notes = allNotes.dropFirst()  // the first is the standard-error statement, shown above
        if !notes.isEmpty {
            out.append("")
            out.append("Notes:")
            for n in notes { out.append("- " + n) }
        }
        return out.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }

    private func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }

    // MARK: number formatting (R-like, ASCII minus)

    /// `x` with `digits` significant digits (R's `format(x, digits =)` for one value).
    static func significant(_ x: Double, _ digits: Int) -> String {
        ResultTable.formatNumber(x, .significant(digits))
    }

    static func fixed(_ x: Double, _ decimals: Int) -> String {
        ResultTable.formatNumber(x, .decimals(decimals))
    }

    /// R's `format.pval(p, digits = 3)` with `eps = .Machine$double.eps`.
    static func pValue(_ p: Double) -> String {
        guard !p.isNaN else { return "NA" }
        if p < 2.220446049250313e-16 { return "<2e-16" }
        return significant(p, 3)
    }

    /// A p-value column as R's `format.pval(p, digits = 3)` formats it: values
    /// below machine epsilon as `<2e-16`; values ≥ 0.001 together in fixed
    /// notation with enough decimals for 3 significant digits on each; smaller
    /// ones together, in fixed notation if that is no wider than scientific
    /// (R's `scipen = 0` rule: at most 6 decimals), else as `4.98e-07`.
    static func pValueColumn(_ ps: [Double]) -> [String] {
        let eps = 2.220446049250313e-16
        func decimals(_ group: [Double]) -> Int {
            group.map { 2 - Int(log10($0).rounded(.down)) }.max() ?? 0  // checked: p-values finite and >= 2.2e-16 (filtered below)
        }
        let regular = ps.filter { $0.isFinite && $0 >= eps }
        let dFixed = max(0, decimals(regular.filter { $0 >= 0.001 }))
        let dSmall = decimals(regular.filter { $0 < 0.001 })
        return ps.map { p in
            if p.isNaN { return "NA" }
            if p < eps { return "<2e-16" }
            if p >= 0.001 { return fixed(p, dFixed) }
            return dSmall <= 6 ? fixed(p, dSmall) : String(format: "%.2e", p)
        }
    }

    /// Decimals so that the smallest non-zero magnitude of a column shows 4
    /// significant digits (as R's `format` of a column); scientific notation
    /// when that would need more than 8 decimals or the column is huge.
    static func columnDecimals(_ xs: [Double]) -> Int? {
        let finite = xs.filter { $0.isFinite && $0 != 0 }.map(Swift.abs)
        guard let small = finite.min(), let big = finite.max() else { return 4 }
        let d = 3 - Int(log10(small).rounded(.down))  // checked: small finite and non-zero: |log10| <= 324
        if d > 8 || big >= 1e12 { return nil }
        return max(0, d)
    }

    static func formatColumn(_ xs: [Double]) -> [String] {
        if let d = columnDecimals(xs) { return xs.map { fixed($0, d) } }
        return xs.map { $0.isFinite ? String(format: "%.3e", $0) : ResultTable.formatNumber($0, .shortest) }
    }
}
