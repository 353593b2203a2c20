// The formats of `egov table` (DESIGN.md §6): what each writes and the HTML page.

import Foundation

/// The formats `egov table` writes.
public enum TableFormat: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case text, markdown, latex, html, docx, csv, json

    /// Whether the output is binary (written only to a file).
    public var isBinary: Bool { self == .docx }
}

extension RegressionTable {
    /// The table in `format`: text, Markdown, LaTeX (a booktabs fragment, or with
    /// `standalone` a whole `article` document), HTML (a self-contained page), Word (.docx
    /// bytes), CSV and JSON (full precision). Text formats are UTF-8 (LaTeX is ASCII).
    public func document(_ format: TableFormat, standalone: Bool = false) throws(ZipArchive.ArchiveError) -> Data {
        switch format {
        case .text: return Data(rendered(as: .text).utf8)
        case .markdown: return Data(rendered(as: .markdown).utf8)
        case .csv: return Data(rendered(as: .csv).utf8)
        case .json: return Data(rendered(as: .json).utf8)
        case .latex:
            let fragment = rendered(as: .latex)
            return Data((standalone ? LaTeX.standalone(fragment) : fragment).utf8)
        case .html: return Data(htmlPage().utf8)
        case .docx: return try renderDOCX()
        }
    }

    /// A whole HTML5 page around ``renderHTML()``: inline styles (rules above and below the
    /// header and the body, numbers centred, notes in small type), no external assets.
    public func htmlPage() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>\(HTML.escape(title ?? "Regression table"))</title>
        <style>
        body { font-family: "Times New Roman", Times, serif; margin: 2em; }
        table.regression { border-collapse: collapse; margin: 0 auto; }
        table.regression caption { font-weight: bold; margin-bottom: 0.5em; }
        table.regression th, table.regression td { padding: 0.15em 0.8em; text-align: center; font-weight: normal; }
        table.regression th[scope="row"] { text-align: left; }
        table.regression thead tr:first-child th { border-top: 2px solid #000; }
        table.regression thead tr:last-child th { border-bottom: 1px solid #000; }
        table.regression tbody tr.rule th, table.regression tbody tr.rule td { border-top: 1px solid #000; }
        table.regression tbody tr:last-child th, table.regression tbody tr:last-child td { border-bottom: 2px solid #000; }
        table.regression tfoot td { text-align: left; font-size: 0.85em; max-width: 40em; }
        </style>
        </head>
        <body>
        \(renderHTML())</body>
        </html>

        """
    }
}
