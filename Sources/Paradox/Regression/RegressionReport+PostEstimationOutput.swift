import Modeling
import Stats

extension PointSetting {
    var text: String { "\(variable)=\(value)" }
    var json: JSONValue {
        switch value {
        case .number(let x): return .number(x)
        case .level(let s): return .string(s)
        }
    }
}

extension RegressionReport {
    /// The DESIGN.md §6 keys `tests`, `lincom`, `slopes`, `predictions` (only those asked for).
    var postEstimationJSONMembers: [(String, JSONValue)] {
        guard let p = postEstimation else { return [] }
        var members: [(String, JSONValue)] = []
        if !p.tests.isEmpty {
            members.append(("tests", .array(p.tests.map { t in
                .object([
                    ("hypothesis", .string(t.hypothesis)),
                    ("statistic", .number(t.statistic)),
                    ("df1", .integer(t.numeratorDegreesOfFreedom)),
                    ("df2", t.denominatorDegreesOfFreedom.map { .integer($0) } ?? .null),
                    ("p_value", .number(t.pValue)),
                    ("distribution", .string(t.distribution.rawValue)),
                    ("restrictions", .array(t.restrictions.map { .string($0) })),
                ])
            })))
        }
        func inference(_ i: EstimateInference, estimateKey: String = "estimate", test: Bool = true) -> [(String, JSONValue)] {
            var m: [(String, JSONValue)] = [(estimateKey, .number(i.estimate)), ("std_error", .number(i.standardError))]
            if test { m += [("statistic", .number(i.statistic)), ("p_value", .number(i.pValue))] }
            m += [("conf_low", .number(i.confidenceLow)), ("conf_high", .number(i.confidenceHigh))]
            return m
        }
        if !p.linearCombinations.isEmpty {
            members.append(("lincom", .array(p.linearCombinations.map { l in
                .object([("expression", .string(l.expression))] + inference(l.inference))
            })))
        }
        if !p.slopes.isEmpty {
            members.append(("slopes", .array(p.slopes.map { s in
                .object([("term", .string(s.term)), ("at", .object(s.at.map { ($0.variable, $0.json) }))] + inference(s.inference))
            })))
        }
        if !p.predictions.isEmpty {
            members.append(("predictions", .array(p.predictions.map { s in
                .object([("at", .object(s.at.map { ($0.variable, $0.json) }))] + inference(s.inference, estimateKey: "fit", test: false))
            })))
        }
        return members
    }

    /// Text blocks for the post-estimation results (empty when none were asked for).
    var postEstimationTextLines: [String] {
        guard let p = postEstimation else { return [] }
        var out: [String] = []
        let stat = inferenceReference.statisticName
        let pct = Self.significant(result.level * 100, 6) + "%"
        func table(_ labels: [String], _ rows: [EstimateInference], head: String, test: Bool = true) {
            var heads = [head, "Estimate", "Std. Error"]
            if test { heads += ["\(stat) value", "Pr(>|\(stat)|)"] }
            heads += ["\(pct) low", "\(pct) high"]
            let est = Self.formatColumn(rows.map(\.estimate)), se = Self.formatColumn(rows.map(\.standardError))
            let ci = Self.formatColumn(rows.flatMap { [$0.confidenceLow, $0.confidenceHigh] })
            let pv = Self.pValueColumn(rows.map(\.pValue))
            var cells: [[String]] = []
            for (i, r) in rows.enumerated() {
                var c = [labels[i], est[i], se[i]]
                if test { c += [Self.fixed(r.statistic, 3), pv[i]] }
                c += [ci[2 * i], ci[2 * i + 1]]
                cells.append(c)
            }
            var w = heads.map(\.count)
            for c in cells { for (j, s) in c.enumerated() { w[j] = max(w[j], s.count) } }
            func line(_ c: [String]) -> String {
                c.enumerated().map { j, s in
                    j == 0 ? s.padding(toLength: w[j], withPad: " ", startingAt: 0) : String(repeating: " ", count: max(0, w[j] - s.count)) + s
                }.joined(separator: " ")
            }
            out.append(line(heads))
            for c in cells { out.append(line(c)) }
        }
        if !p.tests.isEmpty {
            out.append("")
            out.append("Wald tests (\(result.covarianceLabel) covariance):")
            for t in p.tests {
                let pv = t.pValue < 2.220446049250313e-16 ? "< 2.2e-16" : Self.significant(t.pValue, 4)
                switch t.distribution {
                case .f:
                    out.append("  \(t.hypothesis):  F(\(t.numeratorDegreesOfFreedom), \(t.denominatorDegreesOfFreedom ?? 0)) = \(Self.significant(t.statistic, 6)),  p-value: \(pv)")
                case .chiSquared:
                    out.append("  \(t.hypothesis):  chi2(\(t.numeratorDegreesOfFreedom)) = \(Self.significant(t.statistic, 6)),  p-value: \(pv)")
                }
            }
        }
        if !p.linearCombinations.isEmpty {
            out.append("")
            out.append("Linear combinations:")
            table(p.linearCombinations.map(\.expression), p.linearCombinations.map(\.inference), head: "")
        }
        if !p.slopes.isEmpty {
            out.append("")
            out.append("Conditional slopes of \(p.slopes[0].term) (d \(slopeTarget)[\(designLayout?.formula.response.rDescription ?? "y")] / d \(p.slopes[0].term)):")
            let none = glmInverseLink == nil ? "(held values)" : "(sample average)"
            table(p.slopes.map { $0.at.isEmpty ? none : $0.at.map(\.text).joined(separator: ", ") }, p.slopes.map(\.inference), head: "at")
        }
        if !p.predictions.isEmpty {
            out.append("")
            out.append(glmInverseLink == nil ? "Predictions (fitted mean):" : "Predictions (fitted mean on the response scale; interval from the link scale):")
            table(p.predictions.map { $0.at.map(\.text).joined(separator: ", ") }, p.predictions.map(\.inference), head: "at", test: false)
        }
        return out
    }

    /// The post-estimation results as one table (CSV, Markdown, LaTeX), or nil when none.
    public func postEstimationTable() -> ResultTable? {
        guard let p = postEstimation, !(p.tests.isEmpty && p.linearCombinations.isEmpty && p.slopes.isEmpty && p.predictions.isEmpty) else { return nil }
        let pct = ResultTable.formatNumber(result.level * 100, .significant(6))
        let columns = [
            TableColumn("Kind", key: "kind", alignment: .left), TableColumn("Quantity", key: "quantity", alignment: .left),
            TableColumn("Estimate", key: "estimate"), TableColumn("Std. Error", key: "std_error"),
            TableColumn("Statistic", key: "statistic"), TableColumn("df", key: "df", alignment: .left),
            TableColumn("p-value", key: "p_value"),
            TableColumn("\(pct)% CI low", key: "conf_low"), TableColumn("\(pct)% CI high", key: "conf_high"),
        ]
        func cell(_ x: Double, _ s: NumberStyle = .significant(6)) -> TableCell { x.isFinite ? .number(x, s) : .missing }
        let df: String
        switch inferenceReference {
        case .studentT(let d): df = "t(\(d))"
        case .normal: df = "z"
        }
        var rows: [[TableCell]] = []
        for t in p.tests {
            let d = t.distribution == .f ? "F(\(t.numeratorDegreesOfFreedom), \(t.denominatorDegreesOfFreedom ?? 0))" : "chi2(\(t.numeratorDegreesOfFreedom))"
            rows.append([.text("Wald test"), .text(t.hypothesis), .missing, .missing, cell(t.statistic), .text(d), cell(t.pValue, .significant(4)), .missing, .missing])
        }
        func add(_ kind: String, _ label: String, _ i: EstimateInference, test: Bool = true) {
            rows.append([.text(kind), .text(label), cell(i.estimate), cell(i.standardError),
                         test ? cell(i.statistic) : .missing, .text(df), test ? cell(i.pValue, .significant(4)) : .missing,
                         cell(i.confidenceLow), cell(i.confidenceHigh)])
        }
        for l in p.linearCombinations { add("lincom", l.expression, l.inference) }
        for s in p.slopes { add("slope of \(s.term)", s.at.map(\.text).joined(separator: ", "), s.inference) }
        for s in p.predictions { add("prediction", s.at.map(\.text).joined(separator: ", "), s.inference, test: false) }
        return ResultTable(title: "Post-estimation: " + formula, columns: columns, rows: rows, notes: p.notes)
    }
}
