// Minimal HTML text helpers for the report (no dependency, deterministic output).

enum HTML {
    /// Escapes `& < > "` for text and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The report's inline markup (`` `code` `` and `**bold**`, nothing else) as HTML.
    static func inline(_ s: String) -> String {
        var out = ""
        var code = false, bold = false
        var i = s.startIndex
        while i < s.endIndex {
            let ch = s[i]
            if ch == "`" {
                out += code ? "</code>" : "<code>"; code.toggle()
            } else if !code, ch == "*", s.index(after: i) < s.endIndex, s[s.index(after: i)] == "*" {
                out += bold ? "</strong>" : "<strong>"; bold.toggle()
                i = s.index(after: i)
            } else {
                out += escape(String(ch))
            }
            i = s.index(after: i)
        }
        if code { out += "</code>" }
        if bold { out += "</strong>" }
        return out
    }

    /// A `ResultTable` as an HTML table (numbers rounded as in Markdown; U+2212 minus).
    static func table(_ t: ResultTable) -> String {
        var out = ["<table class=\"result\">", "<thead>",
                   "<tr>" + t.columns.map { "<th class=\"\($0.alignment.rawValue)\">\(escape($0.header))</th>" }.joined() + "</tr>",
                   "</thead>", "<tbody>"]
        for row in t.rows {
            let cells = zip(t.columns, row).map { column, cell -> String in
                var shown = ResultTable.display(cell)
                if case .number = cell, shown.hasPrefix("-") { shown = "\u{2212}" + shown.dropFirst() }
                return "<td class=\"\(column.alignment.rawValue)\">\(escape(shown))</td>"
            }
            out.append("<tr>" + cells.joined() + "</tr>")
        }
        out.append("</tbody>")
        if !t.notes.isEmpty {
            out.append("<tfoot>")
            for n in t.notes { out.append("<tr><td colspan=\"\(t.columns.count)\">\(escape(n))</td></tr>") }
            out.append("</tfoot>")
        }
        out.append("</table>")
        return out.joined(separator: "\n") + "\n"
    }
}
