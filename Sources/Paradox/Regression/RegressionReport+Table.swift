import Stats

extension RegressionReport {
    /// The coefficient table as a `ResultTable` (CSV, Markdown, LaTeX): term,
    /// estimate, standard error, statistic, p-value, confidence bounds; in
    /// Markdown and LaTeX also the significance stars. Notes carry N, R², the
    /// standard-error convention and what was dropped. CSV keeps every digit.
    public func coefficientTable(for format: OutputFormat = .csv) -> ResultTable {
        let r = result
        let pct = ResultTable.formatNumber(r.level * 100, .significant(6))
        let stat = r.statisticKind == .z ? "z" : "t"
        var columns = [
            TableColumn("Term", key: "term", alignment: .left),
            TableColumn("Estimate", key: "estimate"),
            TableColumn("Std. Error", key: "std_error"),
            TableColumn("\(stat) value", key: "statistic"),
            TableColumn("Pr(>|\(stat)|)", key: "p_value"),
            TableColumn("\(pct)% CI low", key: "conf_low"),
            TableColumn("\(pct)% CI high", key: "conf_high"),
        ]
        let stars = format == .markdown || format == .latex
        if stars { columns.append(TableColumn("", key: "signif", alignment: .left)) }
        let dEst = Self.columnDecimals(r.coefficients.map(\.estimate))
        let dSE = Self.columnDecimals(r.coefficients.map(\.standardError))
        let dCI = Self.columnDecimals(r.coefficients.flatMap { [$0.confidenceLow, $0.confidenceHigh] })
        func style(_ d: Int?) -> NumberStyle { d.map { .decimals($0) } ?? .significant(4) }
        // Undefined values (NaN) are missing: "NA" in Markdown/LaTeX, empty in CSV.
        func cell(_ x: Double, _ s: NumberStyle) -> TableCell { x.isFinite ? .number(x, s) : .missing }
        let rows: [[TableCell]] = r.coefficients.map { c in
            var row: [TableCell] = [
                .text(c.term), cell(c.estimate, style(dEst)), cell(c.standardError, style(dSE)),
                cell(c.statistic, .decimals(3)), cell(c.pValue, .significant(3)),
                cell(c.confidenceLow, style(dCI)), cell(c.confidenceHigh, style(dCI)),
            ]
            if stars { row.append(.text(RSignificanceCodes.code(c.pValue))) }
            return row
        }
        var notes = ["N = \(r.observations) (\(observationsDropped) of \(rowsConsidered) rows dropped); R² = \(Self.significant(r.rSquared, 4)), adjusted R² = \(Self.significant(r.adjustedRSquared, 4)); residual SE \(Self.significant(r.sigma, 4)) on \(r.residualDegreesOfFreedom) df"]
        if let w = r.withinRSquared { notes[0] += "; within R² = \(Self.significant(w, 4))" }
        if stars { notes.append(RSignificanceCodes.legend) }
        notes.append(contentsOf: allNotes)
        if let d = diagnostics { notes.append(contentsOf: d.textLines.map { "diagnostics: " + $0 }) }
        if let why = diagnosticsUnavailable { notes.append(why) }
        return ResultTable(title: formula, columns: columns, rows: rows, notes: notes)
    }
}
