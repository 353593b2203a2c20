// A ResultTable (descriptive statistics, test summaries) as a document, in the formats of
// `egov table`: so that every table of a study, not only the regression tables, can be
// lifted into a manuscript as LaTeX or Word.

import Foundation

extension ResultTable {
    /// The table in `format`: text, Markdown, CSV and JSON as ``rendered(as:)``; LaTeX a
    /// booktabs tabular (with `standalone`, a whole `article` document that plain `pdflatex`
    /// compiles, the title as its caption); HTML a self-contained page; Word a `.docx` with a
    /// real Word table (rules above and below the header and below the body), the notes as
    /// paragraphs below it. Text formats are UTF-8 (LaTeX is ASCII).
    /// - Parameters:
    ///   - format: the format to write.
    ///   - standalone: LaTeX only: a whole document instead of a `tabular` fragment.
    /// - Throws: ``ZipArchive/ArchiveError`` when the Word package cannot be assembled.
    public func document(_ format: TableFormat, standalone: Bool = false) throws(ZipArchive.ArchiveError) -> Data {
        switch format {
        case .text: return Data(rendered(as: .text).utf8)
        case .markdown: return Data(rendered(as: .markdown).utf8)
        case .csv: return Data(rendered(as: .csv).utf8)
        case .json: return Data(rendered(as: .json).utf8)
        case .latex:
            var body = self
            body.title = nil
            let fragment = body.rendered(as: .latex)
            return Data((standalone ? LaTeX.standalone(fragment, title: title) : rendered(as: .latex)).utf8)
        case .html: return Data(htmlPage().utf8)
        case .docx: return try renderDOCX()
        }
    }

    /// A whole HTML5 page: the table with inline styles, the title as its caption, the notes below.
    func htmlPage() -> String {
        var out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\"/>",
                   "<title>\(HTML.escape(title ?? "Table"))</title>", "</head>", "<body>",
                   "<table style=\"border-collapse: collapse; margin: 0 auto;\">"]
        if let title { out.append("<caption style=\"font-weight: bold;\">\(HTML.escape(title))</caption>") }
        func align(_ j: Int) -> String { j < columns.count && columns[j].alignment == .left ? "left" : "right" }
        out.append("<thead><tr>" + columns.enumerated().map { j, c in
            "<th style=\"border-top: 2px solid #000; border-bottom: 1px solid #000; padding: 0.15em 0.8em; text-align: \(align(j));\">\(HTML.escape(c.header))</th>"
        }.joined() + "</tr></thead>")
        out.append("<tbody>")
        for (i, row) in rows.enumerated() {
            let rule = i + 1 == rows.count ? " border-bottom: 2px solid #000;" : ""
            out.append("<tr>" + row.enumerated().map { j, c in
                "<td style=\"padding: 0.15em 0.8em; text-align: \(align(j));\(rule)\">\(HTML.escape(ResultTable.display(c)))</td>"
            }.joined() + "</tr>")
        }
        out.append("</tbody></table>")
        for note in notes { out.append("<p style=\"font-size: 0.85em;\">\(HTML.escape(note))</p>") }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The `.docx` bytes: the title as a bold paragraph, the table, the notes in 9 pt
    /// (the same minimal OOXML package as ``RegressionTable/renderDOCX()``).
    public func renderDOCX() throws(ZipArchive.ArchiveError) -> Data {
        try DOCXPackage.data(document: docxDocument())
    }

    /// `w:document` with the table.
    func docxDocument() -> String {
        func run(_ text: String, bold: Bool = false, size: Int? = nil) -> String {
            guard !text.isEmpty else { return "" }
            var pr = bold ? "<w:b/>" : ""
            if let size { pr += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
            return "<w:r>" + (pr.isEmpty ? "" : "<w:rPr>\(pr)</w:rPr>") + "<w:t xml:space=\"preserve\">\(RegressionTable.xml(text))</w:t></w:r>"
        }
        func cell(_ text: String, left: Bool, top: Bool, bottom: Bool) -> String {
            var borders = ""
            if top { borders += "<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" }
            if bottom { borders += "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" }
            return "<w:tc>" + (borders.isEmpty ? "" : "<w:tcPr><w:tcBorders>\(borders)</w:tcBorders></w:tcPr>")
                + "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"\(left ? "left" : "right")\"/></w:pPr>\(run(text))</w:p></w:tc>"
        }
        func minus(_ s: String, numeric: Bool) -> String { numeric && s.hasPrefix("-") ? "\u{2212}" + s.dropFirst() : s }
        var body = ""
        if let title { body += "<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr>\(run(title, bold: true))</w:p>" }
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/>"
            + "<w:tblLayout w:type=\"autofit\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>" + String(repeating: "<w:gridCol/>", count: columns.count) + "</w:tblGrid>"
        body += "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
            + columns.map { cell($0.header, left: $0.alignment == .left, top: true, bottom: true) }.joined() + "</w:tr>"
        for (i, row) in rows.enumerated() {
            let last = i + 1 == rows.count
            body += "<w:tr>" + row.enumerated().map { j, c in
                let numeric: Bool
                switch c { case .number, .integer: numeric = true; default: numeric = false }
                return cell(minus(ResultTable.display(c), numeric: numeric), left: j < columns.count && columns[j].alignment == .left, top: false, bottom: last)
            }.joined() + "</w:tr>"
        }
        body += "</w:tbl>"
        for note in notes { body += "<w:p><w:pPr><w:spacing w:before=\"40\" w:after=\"0\"/></w:pPr>\(run("Note: " + note, size: 18))</w:p>" }
        body += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + "</w:body></w:document>\n"
    }
}
