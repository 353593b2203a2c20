// A presentational table (what commands print): title, typed cells, notes.
// Text, Markdown and LaTeX show numbers rounded for reading; CSV and JSON keep
// full precision (shortest round-trip), so nothing a machine reads is rounded.

import Foundation

/// How a number is shown in the human-readable formats (text, Markdown, LaTeX).
public enum NumberStyle: Sendable, Equatable, Hashable {
    /// Fixed number of decimals, e.g. `.decimals(3)` -> 0.123.
    case decimals(Int)
    /// Significant digits, switching to scientific notation for very small or
    /// large magnitudes, e.g. `.significant(4)` -> 1.235e-07.
    case significant(Int)
    /// The shortest round-trip representation.
    case shortest
}

/// One cell of a `ResultTable`.
public enum TableCell: Sendable, Equatable, Hashable {
    case text(String)
    case number(Double, NumberStyle)
    case integer(Int)
    case missing

    public static func number(_ x: Double?, _ style: NumberStyle = .significant(6)) -> TableCell {
        x.map { .number($0, style) } ?? .missing
    }
}

public enum ColumnAlignment: String, Sendable, Equatable, Hashable { case left, right }

/// A column of a `ResultTable`: the header shown to people and the key used in JSON.
public struct TableColumn: Sendable, Equatable, Hashable {
    public var header: String
    public var key: String
    public var alignment: ColumnAlignment

    public init(_ header: String, key: String? = nil, alignment: ColumnAlignment = .right) {
        self.header = header
        self.key = key ?? header
        self.alignment = alignment
    }
}

/// A table of results with notes (conventions, dropped rows, warnings).
public struct ResultTable: Sendable, Equatable {
    public var title: String?
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    public var notes: [String]

    public init(title: String? = nil, columns: [TableColumn], rows: [[TableCell]] = [], notes: [String] = []) {
        self.title = title; self.columns = columns; self.rows = rows; self.notes = notes
    }

    /// The table in the requested format, ending with a newline.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text: return renderText()
        case .csv: return renderCSV()
        case .json: return renderJSON().serialized(pretty: true) + "\n"
        case .markdown: return renderMarkdown()
        case .latex: return renderLaTeX()
        }
    }

    // MARK: formatting cells

    /// Human-readable form of a cell (ASCII hyphen-minus, so terminals and
    /// spreadsheets read it back).
    public static func display(_ cell: TableCell) -> String {
        switch cell {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .missing: return "NA"
        case .number(let x, let style): return formatNumber(x, style)
        }
    }

    public static func formatNumber(_ x: Double, _ style: NumberStyle) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "Inf" : "-Inf") }
        switch style {
        case .shortest:
            return JSONValue.format(x)
        case .decimals(let d):
            let s = String(format: "%.\(max(0, d))f", x)
            // "-0.000" reads as a sign error; show it as zero.
            if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(s.dropFirst()) }
            return s
        case .significant(let n):
            let digits = max(1, n)
            if x == 0 { return "0" }
            let magnitude = abs(x)
            if magnitude < 1e-4 || magnitude >= pow(10, Double(digits)) {
                return String(format: "%.\(digits - 1)e", x)
            }
            var s = String(format: "%.\(digits)g", x)
            if s.contains("e") { s = String(format: "%.\(digits - 1)e", x) }
            return s
        }
    }

    /// Full-precision form for CSV (shortest round-trip; missing as empty).
    static func machine(_ cell: TableCell) -> String {
        switch cell {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .missing: return ""
        case .number(let x, _): return x.isFinite ? JSONValue.format(x) : ""
        }
    }

    // MARK: renderers

    private func renderText() -> String {
        let shown = rows.map { $0.map(ResultTable.display) }
        var widths = columns.map { $0.header.count }
        for row in shown { for (j, s) in row.enumerated() where j < widths.count { widths[j] = max(widths[j], s.count) } }
        func pad(_ s: String, _ j: Int) -> String {
            let fill = String(repeating: " ", count: max(0, widths[j] - s.count))
            return columns[j].alignment == .left ? s + fill : fill + s
        }
        var lines: [String] = []
        if let title { lines.append(title); lines.append("") }
        lines.append(columns.indices.map { pad(columns[$0].header, $0) }.joined(separator: "  "))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in shown { lines.append(row.indices.map { pad(row[$0], $0) }.joined(separator: "  ")) }
        if !notes.isEmpty { lines.append(""); lines.append(contentsOf: notes.map { "Note: " + $0 }) }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
    }

    private func renderCSV() -> String {
        var lines = [columns.map { ResultTable.csvField($0.key) }.joined(separator: ",")]
        for row in rows { lines.append(row.map { ResultTable.csvField(ResultTable.machine($0)) }.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ s: String) -> String {
        let needsQuotes = s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || s.first == " " || s.last == " "
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// `{"title", "columns", "rows": [{key: value}], "notes"}`; numbers at full
    /// precision, missing and non-finite as null.
    public func renderJSON() -> JSONValue {
        let jsonRows: [JSONValue] = rows.map { row in
            .object(zip(columns, row).map { column, cell in
                let value: JSONValue
                switch cell {
                case .text(let s): value = .string(s)
                case .integer(let i): value = .integer(i)
                case .missing: value = .null
                case .number(let x, _): value = .number(x)
                }
                return (column.key, value)
            })
        }
        return .object([
            ("title", .string(title)),
            ("columns", .array(columns.map { .string($0.key) })),
            ("rows", .array(jsonRows)),
            ("notes", .array(notes.map { .string($0) })),
        ])
    }

    private func renderMarkdown() -> String {
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var lines: [String] = []
        if let title { lines.append("**\(escape(title))**"); lines.append("") }
        lines.append("| " + columns.map { escape($0.header) }.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { $0.alignment == .left ? ":---|" : "---:|" }.joined())
        for row in rows { lines.append("| " + row.map { escape(ResultTable.display($0)) }.joined(separator: " | ") + " |") }
        if !notes.isEmpty { lines.append(""); lines.append(contentsOf: notes.map { "*Note:* " + escape($0) + "  " }) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text-mode LaTeX of `s`, pure ASCII (``LaTeX/text(_:)``: specials escaped, non-ASCII transliterated).
    public static func latexEscape(_ s: String) -> String { LaTeX.text(s) }

    /// A booktabs tabular (needs only `booktabs`); numbers with a math minus and powers of
    /// ten; notes in `\multicolumn{n}{p{W}}` rows that wrap at the table's estimated width.
    private func renderLaTeX() -> String {
        func cell(_ c: TableCell) -> String {
            let shown = ResultTable.display(c)
            switch c {
            case .number, .integer: return LaTeX.number(shown)
            default: return ResultTable.latexEscape(shown)
            }
        }
        var lines: [String] = []
        if let title { lines.append("% " + ResultTable.latexEscape(title)) }
        lines.append("\\begin{tabular}{" + columns.map { $0.alignment == .left ? "l" : "r" }.joined() + "}")
        lines.append("\\toprule")
        lines.append(columns.map { ResultTable.latexEscape($0.header) }.joined(separator: " & ") + " \\\\")
        lines.append("\\midrule")
        for row in rows { lines.append(row.map(cell).joined(separator: " & ") + " \\\\") }
        lines.append("\\bottomrule")
        let width = LaTeX.noteWidth(columns: columns.indices.map { j in
            [columns[j].header] + rows.map { j < $0.count ? ResultTable.display($0[j]) : "" }
        })
        for note in notes { lines.append(LaTeX.noteRow("Note: " + note, columns: columns.count, width: width)) }
        lines.append("\\end{tabular}")
        return lines.joined(separator: "\n") + "\n"
    }
}
