// RegressionTable as a Word document: the minimal OOXML (ECMA-376) package of DOCXPackage —
// [Content_Types].xml, _rels/.rels and word/document.xml in a ZIP of stored entries — whose
// body is one real Word table (w:tbl), with booktabs-like rules, followed by the notes.

import Foundation

extension RegressionTable {
    /// The `.docx` bytes: the title as a bold paragraph, the table, the notes in 9 pt.
    public func renderDOCX() throws(ZipArchive.ArchiveError) -> Data {
        try DOCXPackage.data(document: docxDocument())
    }

    /// XML character data: `& < > "` escaped, characters XML 1.0 forbids dropped.
    static func xml(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let v = u.value
                if v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000 {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// `w:document` with the table.
    func docxDocument() -> String {
        let rows = displayRows
        let n = models.count + 1
        func run(_ text: String, bold: Bool = false, superscript: Bool = false, size: Int? = nil) -> String {
            guard !text.isEmpty else { return "" }
            var pr = ""
            if bold { pr += "<w:b/>" }
            if superscript { pr += "<w:vertAlign w:val=\"superscript\"/>" }
            if let size { pr += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
            return "<w:r>" + (pr.isEmpty ? "" : "<w:rPr>\(pr)</w:rPr>") + "<w:t xml:space=\"preserve\">\(Self.xml(text))</w:t></w:r>"
        }
        enum Rule { case none, top, bottom, both }
        func cell(_ runs: String, left: Bool, rule: Rule, span: Int = 1) -> String {
            var borders = ""
            if rule == .top || rule == .both { borders += "<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" }
            if rule == .bottom || rule == .both { borders += "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" }
            let pr = (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + (borders.isEmpty ? "" : "<w:tcBorders>\(borders)</w:tcBorders>")
            return "<w:tc>" + (pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>")
                + "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"\(left ? "left" : "center")\"/></w:pPr>\(runs)</w:p></w:tc>"
        }
        func minus(_ s: String) -> String { s.replacingOccurrences(of: "-", with: "\u{2212}") }
        var body = ""
        if let title {
            body += "<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr>\(run(title, bold: true))</w:p>"
        }
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/>"
            + "<w:tblLayout w:type=\"autofit\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol/>", count: n) + "</w:tblGrid>"
        if let shared = sharedModelName {
            body += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("", left: true, rule: .top)
                + cell(run(shared), left: false, rule: .top, span: models.count) + "</w:tr>"
            body += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("", left: true, rule: .bottom)
                + columnNumbers.map { cell(run($0), left: false, rule: .bottom) }.joined() + "</w:tr>"
        } else {
            body += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("", left: true, rule: .top)
                + columnNumbers.map { cell(run($0), left: false, rule: .top) }.joined() + "</w:tr>"
            body += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("", left: true, rule: .bottom)
                + models.map { cell(run($0.name), left: false, rule: .bottom) }.joined() + "</w:tr>"
        }
        for (i, r) in rows.enumerated() {
            let next = i + 1 < rows.count ? rows[i + 1].kind : nil
            let isLast = i + 1 == rows.count
            let endsCoefficients = (r.kind == .estimate || r.kind == .uncertainty) && next.map { $0 != .estimate && $0 != .uncertainty } ?? false
            let rule: Rule = isLast || endsCoefficients ? .bottom : .none
            body += "<w:tr>" + cell(run(r.label), left: true, rule: rule)
                + r.cells.map { cell(run(minus($0.text)) + run($0.stars, superscript: true), left: false, rule: rule) }.joined() + "</w:tr>"
        }
        body += "</w:tbl>"
        for note in footnotes {
            body += "<w:p><w:pPr><w:spacing w:before=\"40\" w:after=\"0\"/></w:pPr>\(run(note, size: 18))</w:p>"
        }
        // A4, 2.5 cm margins.
        body += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + "</w:body></w:document>\n"
    }
}
