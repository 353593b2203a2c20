// RegressionTable in text, CSV, JSON, Markdown, LaTeX (booktabs) and HTML.
// People read text, Markdown, LaTeX and HTML (rounded, stars); machines read CSV and
// JSON (full precision, shortest round-trip, nothing rounded).

extension RegressionTable {
    /// The table in `format`, ending with a newline.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text: return renderText()
        case .csv: return renderCSV()
        case .json: return renderJSON().serialized(pretty: true) + "\n"
        case .markdown: return renderMarkdown()
        case .latex: return renderLaTeX()
        }
    }

    // MARK: text

    private func renderText() -> String {
        let rows = displayRows
        let header1 = [""] + columnNumbers
        let shared = sharedModelName
        let header2 = [""] + models.map { shared == nil ? $0.name : "" }
        let body = rows.map { [$0.label] + $0.cells.map { $0.text + $0.stars } }
        var widths = header1.indices.map { max(header1[$0].count, header2[$0].count) }
        for r in body { for (j, s) in r.enumerated() { widths[j] = max(widths[j], s.count) } }
        // One dependent variable for every model: written once, centred over the model columns.
        var spanned: String? = nil
        if let shared, let last = widths.indices.last {
            let span = widths.dropFirst().reduce(0, +) + 2 * (models.count - 1)
            if shared.count > span { widths[last] += shared.count - span }
            let room = widths.dropFirst().reduce(0, +) + 2 * (models.count - 1)
            let left = (room - shared.count) / 2
            spanned = String(repeating: " ", count: widths[0] + 2 + left) + shared
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { j, s in
                let fill = String(repeating: " ", count: max(0, widths[j] - s.count))
                return j == 0 ? s + fill : fill + s
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        var out: [String] = []
        if let title { out += [title, ""] }
        if let spanned { out += [spanned.replacingTrailingSpaces(), line(header1), rule] } else { out += [line(header1), line(header2), rule] }
        var previous: RowKind? = nil
        for (r, cells) in zip(rows, body) {
            if let p = previous, (p == .uncertainty || p == .estimate), r.kind != .estimate, r.kind != .uncertainty { out.append(rule) }
            out.append(line(cells))
            previous = r.kind
        }
        out.append(rule)
        out += footnotes.map { "Note: " + $0 }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: CSV

    /// Long-ish CSV: `term,statistic,<model>...`; one row per coefficient statistic
    /// (estimate, std_error, p_value, conf_low, conf_high), then extra rows, fixed effects
    /// (yes/no), nobs, r_squared, adj_r_squared, within_r_squared and the vcov description.
    private func renderCSV() -> String {
        func num(_ x: Double?) -> String { x.map { $0.isFinite ? JSONValue.format($0) : "" } ?? "" }
        var lines = [(["term", "statistic"] + models.map(\.name)).map(ResultTable.csvField).joined(separator: ",")]
        func add(_ term: String, _ statistic: String, _ values: [String]) {
            lines.append(([term, statistic] + values).map(ResultTable.csvField).joined(separator: ","))
        }
        for t in rowTerms {
            add(t.term, "estimate", models.map { num($0.estimate(t.term)?.estimate) })
            add(t.term, "std_error", models.map { num($0.estimate(t.term)?.standardError) })
            add(t.term, "p_value", models.map { num($0.estimate(t.term)?.pValue) })
            add(t.term, "conf_low", models.map { num($0.estimate(t.term)?.confidenceLow) })
            add(t.term, "conf_high", models.map { num($0.estimate(t.term)?.confidenceHigh) })
        }
        for x in extraRows { add(x.key, "", models.map { num($0.extra[x.key]) }) }
        for f in fixedEffectRows { add("fixed_effect:" + f.key, "", models.map { $0.fixedEffects.contains(f.key) ? "yes" : "no" }) }
        add("nobs", "", models.map { String($0.observations) })
        add("r_squared", "", models.map { num($0.rSquared) })
        add("adj_r_squared", "", models.map { num($0.adjustedRSquared) })
        if models.contains(where: { $0.withinRSquared != nil }) { add("within_r_squared", "", models.map { num($0.withinRSquared) }) }
        add("vcov", "", models.map(\.standardErrors))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    /// `{"title", "models": [{"name", "nobs", "r_squared", "adj_r_squared", "within_r_squared",
    /// "fixed_effects", "vcov", "level", "coefficients": [{"term", "estimate", "std_error",
    /// "p_value", "conf_low", "conf_high"}], "extra": {...}}], "stars", "notes"}`.
    public func renderJSON() -> JSONValue {
        .object([
            ("title", .string(title)),
            ("models", .array(models.map { m in
                .object([
                    ("name", .string(m.name)),
                    ("nobs", .integer(m.observations)),
                    ("r_squared", .number(m.rSquared)),
                    ("adj_r_squared", .number(m.adjustedRSquared)),
                    ("within_r_squared", .number(m.withinRSquared)),
                    ("fixed_effects", .array(fixedEffectRows.filter { m.fixedEffects.contains($0.key) }.map { .string($0.key) })),
                    ("vcov", .string(m.standardErrors)),
                    ("level", .number(m.level)),
                    ("coefficients", .array(m.estimates.map { e in
                        .object([("term", .string(e.term)), ("estimate", .number(e.estimate)),
                                 ("std_error", .number(e.standardError)), ("p_value", .number(e.pValue)),
                                 ("conf_low", .number(e.confidenceLow)), ("conf_high", .number(e.confidenceHigh))])
                    })),
                    ("extra", .object(extraRows.map { ($0.key, .number(m.extra[$0.key])) })),
                ])
            })),
            ("stars", .array(stars.levels.map { .object([("symbol", .string($0.symbol)), ("threshold", .number($0.threshold))]) })),
            ("notes", .array(footnotes.map { .string($0) })),
        ])
    }

    // MARK: Markdown

    private func renderMarkdown() -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "*", with: "\\*")
        }
        var out: [String] = []
        if let title { out += ["**\(escape(title))**", ""] }
        out.append("| | " + zip(columnNumbers, models).map { escape($0 + " " + $1.name) }.joined(separator: " | ") + " |")
        out.append("|:---|" + models.map { _ in ":---:|" }.joined())
        for r in displayRows {
            out.append("| " + escape(r.label) + " | " + r.cells.map { escape($0.text + $0.stars) }.joined(separator: " | ") + " |")
        }
        out.append("")
        out += footnotes.map { "*Note:* " + escape($0) + "  " }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: LaTeX

    /// LaTeX text (``LaTeX/text(_:)``: ASCII only, specials escaped, symbols as commands).
    static func latex(_ s: String) -> String { LaTeX.text(s) }

    /// A number cell: math minus, powers of ten, stars as a superscript.
    static func latexCell(_ c: Cell) -> String {
        var t = LaTeX.number(c.text)
        if !c.stars.isEmpty { t += "$^{" + LaTeX.text(c.stars) + "}$" }
        return t
    }

    /// booktabs, no siunitx (columns centred); notes as `\multicolumn` rows below `\bottomrule`.
    private func renderLaTeX() -> String {
        let n = models.count + 1
        var out: [String] = []
        if let title { out.append("% " + Self.latex(title)) }
        out.append("\\begin{tabular}{l" + String(repeating: "c", count: models.count) + "}")
        out.append("\\toprule")
        if let shared = sharedModelName {
            out.append(" & \\multicolumn{\(models.count)}{c}{" + Self.latex(shared) + "} \\\\")
            out.append("\\cmidrule(lr){2-\(n)}")
            out.append(" & " + columnNumbers.map(Self.latex).joined(separator: " & ") + " \\\\")
        } else {
            out.append(" & " + columnNumbers.map(Self.latex).joined(separator: " & ") + " \\\\")
            out.append(" & " + models.map { Self.latex($0.name) }.joined(separator: " & ") + " \\\\")
        }
        out.append("\\midrule")
        var previous: RowKind? = nil
        for r in displayRows {
            if let p = previous, (p == .uncertainty || p == .estimate), r.kind != .estimate, r.kind != .uncertainty { out.append("\\midrule") }
            out.append(Self.latex(r.label) + " & " + r.cells.map(Self.latexCell).joined(separator: " & ") + " \\\\")
            previous = r.kind
        }
        out.append("\\bottomrule")
        let rows = displayRows
        var cells: [[String]] = [[""] + rows.map(\.label)]
        for j in models.indices {
            cells.append([columnNumbers[j]] + (sharedModelName == nil ? [models[j].name] : []) + rows.map { $0.cells[j].text + $0.cells[j].stars })
        }
        let width = LaTeX.noteWidth(columns: cells)
        for note in footnotes { out.append(LaTeX.noteRow(note, columns: n, width: width)) }
        out.append("\\end{tabular}")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: HTML

    /// An HTML `<table class="regression">` (no styles inline; the report's stylesheet styles it).
    public func renderHTML() -> String {
        let n = models.count + 1
        var out: [String] = ["<table class=\"regression\">"]
        if let title { out.append("<caption>\(HTML.escape(title))</caption>") }
        out.append("<thead>")
        if let shared = sharedModelName {
            out.append("<tr><th></th><th colspan=\"\(models.count)\">\(HTML.escape(shared))</th></tr>")
            out.append("<tr><th></th>" + columnNumbers.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>")
        } else {
            out.append("<tr><th></th>" + columnNumbers.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>")
            out.append("<tr><th></th>" + models.map { "<th>\(HTML.escape($0.name))</th>" }.joined() + "</tr>")
        }
        out.append("</thead>")
        out.append("<tbody>")
        var previous: RowKind? = nil
        for r in displayRows {
            let ruled = previous.map { ($0 == .uncertainty || $0 == .estimate) && r.kind != .estimate && r.kind != .uncertainty } ?? false
            let cls = ruled ? " class=\"rule\"" : (r.kind == .uncertainty ? " class=\"se\"" : "")
            let cells = r.cells.map { c in
                "<td>" + HTML.escape(c.text.replacingOccurrences(of: "-", with: "\u{2212}"))
                    + (c.stars.isEmpty ? "" : "<sup>\(HTML.escape(c.stars))</sup>") + "</td>"
            }
            out.append("<tr\(cls)><th scope=\"row\">\(HTML.escape(r.label))</th>" + cells.joined() + "</tr>")
            previous = r.kind
        }
        out.append("</tbody>")
        out.append("<tfoot>")
        for note in footnotes { out.append("<tr><td colspan=\"\(n)\">\(HTML.escape(note))</td></tr>") }
        out.append("</tfoot>")
        out.append("</table>")
        return out.joined(separator: "\n") + "\n"
    }
}

extension RegressionTable {
    /// The dependent variable when every model (two or more, from saved fits) has the same
    /// one: the renderers write it once over all model columns (as stargazer and esttab do).
    var sharedModelName: String? {
        guard spanSharedName, models.count > 1, let first = models.first?.name, !first.isEmpty,
              models.allSatisfy({ $0.name == first }) else { return nil }
        return first
    }
}

extension String {
    /// The lines with trailing spaces removed.
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
