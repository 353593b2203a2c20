import Foundation
import Testing
@testable import Paradox

/// Every table `egov report` writes as .tex, compiled by pdflatex in one document (a page
/// large enough that no table is cut off) and read back by pdftotext.
@Suite struct ReportTablesLaTeXTests {
    @Test func everyReportTableCompilesWithTheirNumbers() throws {
        let report = try #require(SharedReport.report)
        let tables = report.tables
        #expect(tables.count > 10)
        var doc = """
        \\documentclass{article}
        \\usepackage{booktabs}
        \\setlength{\\paperwidth}{120cm}\\setlength{\\paperheight}{500cm}
        \\setlength{\\pdfpagewidth}{\\paperwidth}\\setlength{\\pdfpageheight}{\\paperheight}
        \\setlength{\\textwidth}{110cm}\\setlength{\\textheight}{480cm}
        \\setlength{\\oddsidemargin}{0cm}\\setlength{\\topmargin}{0cm}
        \\pagestyle{empty}
        \\begin{document}

        """
        var expected: [(String, String)] = []
        for t in tables {
            guard let tex = t.files.first(where: { $0.path.hasSuffix(".tex") })?.contents else { continue }
            #expect(tex.unicodeScalars.allSatisfy { $0.isASCII }, "\(t.stem).tex is not ASCII")
            doc += tex + "\n\\clearpage\n"
            // A number of the first row, as the reader sees it (a minus becomes U+2212).
            switch t.content {
            case .result(let r):
                if let cell = r.rows.first?.first(where: { if case .number(let x, _) = $0 { return x.isFinite } else { return false } }) {
                    expected.append((t.stem, ResultTable.display(cell).replacingOccurrences(of: "-", with: "\u{2212}")))
                }
            case .regression(let r):
                if let first = r.displayRows.first?.cells.first(where: { !$0.text.isEmpty }) {
                    expected.append((t.stem, first.text.replacingOccurrences(of: "-", with: "\u{2212}")))
                }
            }
        }
        doc += "\\end{document}\n"
        let text = try ExternalTools.pdfText(ofLaTeX: doc)
        #expect(expected.count > 10)
        for (stem, number) in expected {
            // Scientific notation is typeset as a power of ten: look for the mantissa.
            let plain = number.split(separator: "e").first.map(String.init) ?? number
            #expect(text.contains(plain), "\(stem): pdftotext lacks \(plain)")
        }
    }
}
