import Foundation
import Stats

extension LikelihoodDetails {
    /// The saved fit's `family`: the GLM distribution ("binomial", "poisson") or the ordered model ("ordered-logit", ...).
    var familyName: String { glm.map { $0.family.distribution } ?? family.rawValue }

    /// The JSON keys of a likelihood model (DESIGN.md §6), after the contract's:
    /// `family, link, deviance, null_deviance, pseudo_r2, converged, iterations`
    /// for GLMs (`loglik` and `aic` are the contract's keys, filled with the
    /// model's log-likelihood and AIC); `family, link, levels, cutpoints, ...` for ordered
    /// models; `average_marginal_effects` with `--margins`.
    var jsonMembers: [(String, JSONValue)] {
        var m: [(String, JSONValue)] = []
        if let g = glm {
            m.append(("link", .string(g.family.link)))
            m.append(("deviance", .number(g.deviance)))
            m.append(("null_deviance", .number(g.nullDeviance)))
            m.append(("pseudo_r2", .number(g.pseudoRSquared)))
            m.append(("converged", .bool(g.converged)))
            m.append(("iterations", .integer(g.iterations)))
            m.append(("null_loglik", .number(g.nullLogLikelihood)))
            m.append(("lr_chi2", .number(g.likelihoodRatio)))
            m.append(("information", .string(g.information.rawValue)))
            m.append(("tolerance", .number(g.tolerance)))
        }
        if let o = ordered {
            m.append(("link", .string(o.link.rawValue)))
            m.append(("levels", .array(zip(o.levels, o.levelCounts).map { .object([("level", .string($0)), ("n", .integer($1))]) })))
            m.append(("cutpoints", .array(cutpoints.map { c in
                .object([("name", .string(c.term)), ("estimate", .number(c.estimate)), ("std_error", .number(c.standardError))])
            })))
            m.append(("deviance", .number(o.deviance)))
            m.append(("null_loglik", .number(o.nullLogLikelihood)))
            m.append(("pseudo_r2", .number(o.pseudoRSquared)))
            m.append(("converged", .bool(o.converged)))
            m.append(("iterations", .integer(o.iterations)))
            m.append(("gradient_norm", .number(o.gradientNorm)))
        }
        if let effects = marginalEffects {
            m.append(("average_marginal_effects", .array(effects.map { e in
                var fields: [(String, JSONValue)] = [("term", .string(e.term))]
                if let o = e.outcome { fields.append(("outcome", .string(o))) }
                fields.append(contentsOf: [
                    ("estimate", .number(e.estimate)),
                    ("std_error", .number(e.standardError)),
                    ("statistic", .number(e.statistic)),
                    ("p_value", .number(e.pValue)),
                    ("conf_low", .number(e.confidenceLow)),
                    ("conf_high", .number(e.confidenceHigh)),
                    ("kind", .string(e.kind)),
                ])
                return .object(fields)
            })))
            if let note = marginsNote { m.append(("margins_method", .string(note))) }
        }
        return m
    }
}

extension RegressionReport {
    /// The standard-error sentence of a likelihood model.
    func likelihoodStandardErrorStatement(_ l: LikelihoodDetails) -> String {
        let r = result
        if l.ordered != nil {
            return "inverse observed information in the (β, ζ) parametrisation (as R's vcov(polr)), p-values from the standard normal"
        }
        let info = l.glm?.information == .observed ? "observed" : "expected (Fisher)"
        let n = r.observations
        let df = r.residualDegreesOfFreedom
        switch specification.effectiveCovariance {
        case .classical:
            let base = "classical: inverse \(info) information at the estimate (\(l.glm?.information == .observed ? "Stata's logit/probit" : "R's glm, statsmodels GLM")), p-values from the standard normal"
            return specification.covariance == nil ? base + "; the default: pass --vcov hc1 for sandwich or --vcov \"cluster(c)\" for cluster-robust standard errors" : base
        case .hc0: return "HC0 sandwich on the \(info)-information bread (R sandwich::vcovHC(type = \"HC0\")), p-values from the standard normal"
        case .hc1: return "HC1 = HC0·n/(n−k) = HC0·\(n)/\(df) on the \(info)-information bread (R sandwich::vcovHC(type = \"HC1\"); Stata's logit/probit/poisson, vce(robust) use HC0·n/(n−1) instead), p-values from the standard normal"
        default:
            let by = r.clusters.map { "\($0.name) (G = \($0.clusters))" }.joined(separator: " and ")
            let adj: String
            switch specification.clusterAdjustment {
            case .cr1: adj = "CR1 G/(G−1)·(N−1)/(N−K), K = \(r.smallSampleParameters.map(String.init) ?? "?") (R sandwich::vcovCL(type = \"HC1\"), statsmodels)"
            case .cr0: adj = "CR0 (no small-sample factor)"
            case .clusterOnly: adj = "G/(G−1) only (Stata's logit/probit/poisson, vce(cluster))"
            }
            return "clustered by \(by), \(adj), on the \(info)-information bread, p-values from the standard normal"
        }
    }

    /// Text modelled on R's `summary(glm(...))` / `summary(polr(...))`.
    func likelihoodText(_ l: LikelihoodDetails) -> String {
        let r = result
        var out: [String] = []
        if let g = l.glm {
            out.append("Generalized linear model: \(l.family.rawValue) (\(g.family.distribution) family, \(g.family.link) link), maximum likelihood")
        } else {
            out.append("Ordered \(l.ordered?.link.rawValue ?? "") model (proportional \(l.ordered?.link == .logit ? "odds" : "probit")), maximum likelihood, R's polr convention P(Y <= j) = F(zeta_j - xb)")
        }
        out.append("")
        out.append("Formula: " + formula)
        out.append("Data:    " + dataSource + (filter.map { ", where " + $0 } ?? ""))
        if let o = l.ordered {
            out.append("Outcome levels (lowest first): " + zip(o.levels, o.levelCounts).map { "\($0) (n = \($1))" }.joined(separator: " < "))
        }
        out.append("")
        out.append("Coefficients:")
        let p = r.coefficients.count - l.cutpoints.count
        out.append(contentsOf: coefficientLines(Array(r.coefficients[0..<p]), dropped: r.droppedTerms))
        if !l.cutpoints.isEmpty {
            out.append("")
            out.append("Cut points (zeta):")
            out.append(contentsOf: coefficientLines(l.cutpoints, dropped: [], stars: false))
        }
        out.append("---")
        out.append(RSignificanceCodes.legend)
        out.append("")
        if let g = l.glm {
            let nullDF = r.observations - (g.likelihoodRatio == nil ? 0 : 1)
            out.append("    Null deviance: \(Self.significant(g.nullDeviance, 6)) on \(nullDF) degrees of freedom")
            out.append("Residual deviance: \(Self.significant(g.deviance, 6)) on \(r.residualDegreesOfFreedom) degrees of freedom")
            let missing = droppedRows.filter { $0.reason == .missing }.count
            if missing > 0 { out.append("  (\(missing) observation\(missing == 1 ? "" : "s") deleted due to missingness)") }
            out.append("Log-likelihood: \(Self.significant(g.logLikelihood, 7)) (df = \(r.coefficients.count)),  AIC: \(Self.significant(g.aic, 6)),  BIC: \(Self.significant(g.bic, 6))")
            out.append("McFadden pseudo R-squared: \(Self.significant(g.pseudoRSquared, 4))  (1 - logLik/logLik(null), null logLik \(Self.significant(g.nullLogLikelihood, 7)))")
            if let lr = g.likelihoodRatio {
                let pv = ReferencePValues.chiSquared(lr, df: g.likelihoodRatioDegreesOfFreedom)
                out.append("LR chi-squared vs the intercept-only model: \(Self.significant(lr, 6)) on \(g.likelihoodRatioDegreesOfFreedom) DF,  p-value: \(Self.pValue(pv))")
            }
            out.append("Iterations (IRLS): \(g.iterations), converged: coefficients changed by less than \(Self.significant(g.tolerance, 2)) relative")
        } else if let o = l.ordered {
            out.append("Residual deviance: \(Self.significant(o.deviance, 6)),  AIC: \(Self.significant(o.aic, 6))")
            out.append("Log-likelihood: \(Self.significant(o.logLikelihood, 7)) (df = \(r.coefficients.count)),  McFadden pseudo R-squared: \(Self.significant(o.pseudoRSquared, 4))")
            out.append("Iterations (Newton): \(o.iterations), converged, max |gradient| \(String(format: "%.1e", o.gradientNorm))")
        }
        if let f = r.fTest {
            out.append("Wald chi-squared of all slopes (\(r.covarianceLabel)): \(Self.significant(f.statistic * Double(f.numeratorDegreesOfFreedom), 6)) on \(f.numeratorDegreesOfFreedom) DF,  p-value: \(Self.pValue(f.pValue))")
        }
        if let effects = l.marginalEffects {
            out.append("")
            out.append("Average marginal effects (delta-method standard errors, \(r.covarianceLabel) covariance):")
            let heads = ["", l.ordered != nil ? "outcome" : "", "AME", "Std. Error", "z value", "Pr(>|z|)", "kind"]
            let est = Self.formatColumn(effects.map(\.estimate))
            let se = Self.formatColumn(effects.map(\.standardError))
            let pv = Self.pValueColumn(effects.map(\.pValue))
            var rows = [heads]
            for (i, e) in effects.enumerated() {
                rows.append([e.term, e.outcome ?? "", est[i], se[i], Self.fixed(e.statistic, 3), pv[i], e.kind])
            }
            out.append(contentsOf: Self.alignedRows(rows, leftColumns: [0, 1, 6]))
        }
        out.append("")
        out.append("Observations: \(r.observations) used, \(observationsDropped) dropped of \(rowsConsidered)\(filter == nil ? "" : " selected") rows")
        if !droppedRows.isEmpty {
            let shown = droppedRows.prefix(Self.droppedRowsShown).map { "\($0.label) (\($0.variables.joined(separator: ", ")))" }
            var s = "Dropped rows: " + shown.joined(separator: ", ")
            if droppedRows.count > Self.droppedRowsShown { s += ", and \(droppedRows.count - Self.droppedRowsShown) more (--format json lists all)" }
            out.append(s)
        }
        out.append("Standard errors: " + standardErrorStatement)
        out.append("Confidence intervals: \(Self.significant(r.level * 100, 6))% normal (--format json or csv lists them)")
        out.append(contentsOf: postEstimationTextLines)
        var notes = Array(allNotes.dropFirst())
        if let m = l.marginsNote { notes.append(m) }
        if !notes.isEmpty {
            out.append("")
            out.append("Notes:")
            for n in notes { out.append("- " + n) }
        }
        return out.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }

    /// An R-like coefficient block (estimate, SE, z, p, stars).
    private func coefficientLines(_ coefficients: [RegressionResult.Coefficient], dropped: [String], stars: Bool = true) -> [String] {
        let heads = ["", "Estimate", "Std. Error", "z value", "Pr(>|z|)", ""]
        let est = Self.formatColumn(coefficients.map(\.estimate))
        let se = Self.formatColumn(coefficients.map(\.standardError))
        let pv = Self.pValueColumn(coefficients.map(\.pValue))
        var rows = [heads]
        for (i, c) in coefficients.enumerated() {
            rows.append([c.term, est[i], se[i], Self.fixed(c.statistic, 3), pv[i], stars ? RSignificanceCodes.code(c.pValue) : ""])
        }
        for d in dropped { rows.append([d, "NA", "NA", "NA", "NA", ""]) }
        return Self.alignedRows(rows, leftColumns: [0, 5])
    }

    /// Rows of cells padded to column widths (left-aligned in `leftColumns`, right otherwise).
    static func alignedRows(_ rows: [[String]], leftColumns: Set<Int>) -> [String] {
        var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
        for row in rows { for (j, s) in row.enumerated() where j < widths.count { widths[j] = max(widths[j], s.count) } }
        return rows.map { row in
            row.enumerated().map { j, s in
                let pad = String(repeating: " ", count: max(0, widths[j] - s.count))
                return leftColumns.contains(j) ? s + pad : pad + s
            }.joined(separator: " ")
        }
    }
}

/// χ² upper-tail p-values for the text output.
enum ReferencePValues {
    static func chiSquared(_ x: Double, df: Int) -> Double {
        guard df > 0, let d = try? ChiSquared(degreesOfFreedom: Double(df)) else { return .nan }
        return d.sf(x)
    }
}
