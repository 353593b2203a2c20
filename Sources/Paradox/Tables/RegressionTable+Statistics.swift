// The bottom block of a regression table when `statistics` lists it (`egov table --stats`).

extension RegressionTable {
    /// Rows of `list` in order; a statistic no model has is left out (e.g. within R² without
    /// fixed effects), a model without it shows an empty cell.
    func statisticRows(_ list: [TableStatistic]) -> [Row] {
        var rows: [Row] = []
        func number(_ label: String, _ decimals: Int, _ value: (Model) -> Double?) {
            guard models.contains(where: { value($0).map { !$0.isNaN } ?? false }) else { return }
            rows.append(Row(label: label, cells: models.map { m in Cell(text: value(m).map { $0.isNaN ? "" : Self.fixed($0, decimals) } ?? "") },
                            kind: .statistic))
        }
        for s in list {
            switch s {
            case .nobs:
                rows.append(Row(label: "N", cells: models.map { Cell(text: String($0.observations)) }, kind: .statistic))
            case .r2: number("R\u{00B2}", fitDecimals, \.rSquared)
            case .adjR2: number("Adj. R\u{00B2}", fitDecimals, \.adjustedRSquared)
            case .withinR2: number("Within R\u{00B2}", fitDecimals, \.withinRSquared)
            case .pseudoR2: number("Pseudo R\u{00B2}", fitDecimals, \.pseudoRSquared)
            case .aic: number("AIC", 1, \.aic)
            case .bic: number("BIC", 1, \.bic)
            case .loglik: number("Log-likelihood", 1, \.logLikelihood)
            case .fe:
                var keys: [FixedEffectRow] = fixedEffectRows
                for m in models { for k in m.fixedEffects where !keys.contains(where: { $0.key == k }) { keys.append(FixedEffectRow(key: k, label: k + " FE")) } }
                for f in keys {
                    rows.append(Row(label: f.label, cells: models.map { Cell(text: $0.fixedEffects.contains(f.key) ? "Yes" : "No") }, kind: .fixedEffect))
                }
            case .vcov:
                guard models.contains(where: { $0.covarianceShort != nil }) else { continue }
                rows.append(Row(label: "Standard errors", cells: models.map { Cell(text: $0.covarianceShort ?? "") }, kind: .statistic))
            case .clusters:
                guard models.contains(where: { !$0.clusterGroups.isEmpty }) else { continue }
                rows.append(Row(label: "Clusters", cells: models.map { m in
                    Cell(text: m.clusterGroups.map { c in c.groups.map(String.init) ?? "?" }.joined(separator: " \u{00D7} "))
                }, kind: .statistic))
            }
        }
        return rows
    }
}
