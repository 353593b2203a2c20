import Foundation
import Stats

extension RegressionReport {
    /// The standard-error sentence of a quantile regression.
    static func quantileStatement(_ q: QuantileRegressionResult) -> String {
        let dist = "p-values from t(\(q.residualDegreesOfFreedom)) as summary.rq"
        switch q.covarianceKind {
        case .nid:
            return "nid (Hendricks–Koenker sandwich with local densities, Hall–Sheather bandwidth h = \(ResultTable.formatNumber(q.bandwidth ?? .nan, .significant(4))), α = 0.05; summary.rq se = \"nid\"), \(dist); the default here for every n (summary.rq's default is rank-inversion intervals without standard errors for n < 1001 and nid above)"
        case .iid:
            return "iid (τ(1−τ)ŝ²(XᵀX)⁻¹, sparsity ŝ = \(ResultTable.formatNumber(q.sparsity ?? .nan, .significant(4))) by summary.rq's se = \"iid\" rule, Hall–Sheather bandwidth), \(dist)"
        case let .bootstrap(b, seed):
            return "xy-pairs bootstrap, \(b) replications, seed \(seed) (summary.rq se = \"boot\"; agrees with R only within Monte Carlo error), \(dist)"
        }
    }

    /// JSON members for 2SLS and quantile fits (DESIGN.md §6: "estimator",
    /// "first_stage", "wu_hausman", "sargan"; "tau"). Empty for least squares.
    public var beyondLinearJSON: [(String, JSONValue)] {
        var m: [(String, JSONValue)] = []
        func fTest(_ t: InstrumentalVariablesResult.FTest) -> JSONValue {
            .object([
                ("statistic", .number(t.statistic)), ("df1", .integer(t.numeratorDegreesOfFreedom)),
                ("df2", .integer(t.denominatorDegreesOfFreedom)), ("p_value", .number(t.pValue)), ("vcov", .string(t.covariance)),
            ])
        }
        if let iv = instrumental {
            m.append(("endogenous", .array(iv.endogenous.map { .string($0) })))
            m.append(("instruments", .array(iv.instruments.map { .string($0) })))
            m.append(("first_stage", .array(iv.firstStages.map { s in
                var o: [(String, JSONValue)] = [
                    ("endogenous", .string(s.endogenous)), ("f_statistic", .number(s.fTest.statistic)),
                    ("df1", .integer(s.fTest.numeratorDegreesOfFreedom)), ("df2", .integer(s.fTest.denominatorDegreesOfFreedom)),
                    ("p_value", .number(s.fTest.pValue)), ("partial_r2", .number(s.partialRSquared)),
                ]
                if let r = s.robustWald {
                    o.append(("robust_f_statistic", .number(r.statistic)))
                    o.append(("robust_p_value", .number(r.pValue)))
                    o.append(("robust_f_kind", .string(iv.endogenous.count == 1
                        ? "Kleibergen-Paap rk Wald F (one endogenous regressor: robust Wald F of the first stage, \(r.covariance))"
                        : "robust Wald F of this first stage (\(r.covariance)); not the joint Kleibergen-Paap statistic")))
                }
                return .object(o)
            })))
            m.append(("wu_hausman", fTest(iv.wuHausman)))
            if let s = iv.sargan {
                m.append(("sargan", .object([("statistic", .number(s.statistic)), ("df", .integer(s.degreesOfFreedom)), ("p_value", .number(s.pValue))])))
            } else {
                m.append(("sargan", .null))
            }
        }
        if let q = quantile {
            m.append(("tau", .number(q.tau)))
            m.append(("objective", .number(q.objective)))
            m.append(("nonunique", .bool(q.nonUnique)))
            m.append(("quantile_vcov", .string(q.covarianceKind.label)))
            if let b = q.bandwidth { m.append(("bandwidth", .number(b))) }
            if let s = q.sparsity { m.append(("sparsity", .number(s))) }
        }
        return m
    }

    /// Text lines for 2SLS (instrument diagnostics) and quantile fits; empty otherwise.
    var beyondLinearTextLines: [String] {
        var out: [String] = []
        func p(_ x: Double) -> String { Self.pValue(x) }
        if let iv = instrumental {
            out.append("")
            out.append("Instruments: \(iv.endogenous.joined(separator: ", ")) instrumented by \(iv.instruments.joined(separator: ", ")) (and the exogenous regressors)")
            out.append("Diagnostic tests (AER summary(ivreg, diagnostics = TRUE)):")
            for s in iv.firstStages {
                var line = "  First stage \(s.endogenous): F = \(Self.significant(s.fTest.statistic, 5)) on \(s.fTest.numeratorDegreesOfFreedom) and \(s.fTest.denominatorDegreesOfFreedom) DF, p-value \(p(s.fTest.pValue)); partial R-squared \(Self.significant(s.partialRSquared, 4))"
                if let r = s.robustWald {
                    line += "; robust Wald F (\(iv.endogenous.count == 1 ? "Kleibergen-Paap, " : "")\(r.covariance)) = \(Self.significant(r.statistic, 5)), p-value \(p(r.pValue))"
                }
                out.append(line)
            }
            let w = iv.wuHausman
            out.append("  Wu-Hausman: F = \(Self.significant(w.statistic, 5)) on \(w.numeratorDegreesOfFreedom) and \(w.denominatorDegreesOfFreedom) DF, p-value \(p(w.pValue))\(w.covariance == "classical" ? "" : " (Wald form, \(w.covariance))")")
            if let s = iv.sargan {
                out.append("  Sargan: chi-squared = \(Self.significant(s.statistic, 5)) on \(s.degreesOfFreedom) DF, p-value \(p(s.pValue))")
            } else {
                out.append("  Sargan: not defined (exactly identified: as many instruments as endogenous regressors)")
            }
        }
        if let q = quantile {
            out.append("")
            out.append("Quantile: tau = \(Self.significant(q.tau, 6)); objective sum rho_tau(r) = \(Self.significant(q.objective, 7)); \(q.nonUnique ? "solution may be nonunique" : "unique solution") (simplex, \(q.iterations) pivots)")
        }
        return out
    }

    /// Text modelled on R's `print(summary(rq(...)))`.
    func quantileText(_ q: QuantileRegressionResult) -> String {
        let r = result
        var out: [String] = ["Quantile regression (tau = \(Self.significant(q.tau, 6)); exact simplex solution as quantreg's rq(method = \"br\"))", ""]
        out.append("Formula: " + formula)
        out.append("Data:    " + dataSource + (filter.map { ", where " + $0 } ?? ""))
        out.append("")
        out.append("Coefficients:")
        let heads = ["", "Value", "Std. Error", "t value", "Pr(>|t|)", ""]
        let est = Self.formatColumn(r.coefficients.map(\.estimate))
        let se = Self.formatColumn(r.coefficients.map(\.standardError))
        let pv = Self.pValueColumn(r.coefficients.map(\.pValue))
        var rows: [[String]] = []
        for (i, c) in r.coefficients.enumerated() {
            rows.append([c.term, est[i], se[i], Self.fixed(c.statistic, 3), pv[i], RSignificanceCodes.code(c.pValue)])
        }
        var widths = heads.map(\.count)
        for row in rows { for (j, s) in row.enumerated() { widths[j] = max(widths[j], s.count) } }
        func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { j, s in j == 0 || j == 5 ? s.padding(toLength: widths[j], withPad: " ", startingAt: 0) : pad(s, widths[j]) }
                .joined(separator: " ")
        }
        out.append(line(heads))
        for row in rows { out.append(line(row)) }
        out.append("---")
        out.append(RSignificanceCodes.legend)
        out.append(contentsOf: beyondLinearTextLines)
        out.append("")
        out.append("Observations: \(r.observations) used, \(observationsDropped) dropped of \(rowsConsidered)\(filter == nil ? "" : " selected") rows")
        out.append("Standard errors: " + standardErrorStatement)
        out.append("Confidence intervals: \(Self.significant(r.level * 100, 6))% (β̂ ± t·SE; --format json or csv lists them)")
        out.append(contentsOf: postEstimationTextLines)
        let notes = allNotes.dropFirst()
        if !notes.isEmpty {
            out.append("")
            out.append("Notes:")
            for n in notes { out.append("- " + n) }
        }
        return out.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }
}
