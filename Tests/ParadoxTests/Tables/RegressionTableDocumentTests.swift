import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Paradox

/// Every LaTeX output compiled by pdflatex and read back by pdftotext; the .docx read by
/// Python's zipfile + ElementTree (Fixtures/read_docx.py); the HTML page parsed as XML.
@Suite(.serialized) struct RegressionTableDocumentTests {
    /// Labels and notes with every character class LaTeX trips on.
    static func hostileTable() throws -> RegressionTable {
        let options = SavedFitTableOptions(
            labels: ["egdi": "EGDI (σ) & 100% <x>|Δ", "post_soviet": "Türkiye–Ελλάδα “q” √n"],
            notes: ["A long note that must wrap inside the table width rather than running off the page: "
                    + String(repeating: "governance outcomes and e-government scores, ", count: 8) + "end.",
                    "Every class of character: ρ ≥ ≤ ± … ~ ^ _ # $ { } \\ ² × · − – — Côte d’Ivoire, Łódź, São Tomé, Ålesund."],
            title: "Table 1: Control of Corruption — three models")
        return try RegressionTableFromFitsTests.table(options)
    }

    @Test func latexIsASCII() throws {
        let tex = try Self.hostileTable().rendered(as: .latex)
        #expect(tex.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII in \(tex)")
        #expect(tex.contains("$-$3.956"))
        #expect(tex.contains("\\multicolumn{4}{p{"))
    }

    @Test func fragmentCompilesInMinimalBooktabsDocument() throws {
        let tex = try Self.hostileTable().rendered(as: .latex)
        let text = try ExternalTools.pdfText(ofLaTeX: ExternalTools.minimalBooktabs(tex))
        for s in ["\u{2212}3.956", "(0.601)", "0.343", "(0.163)", "2.100", "1952", "0.708", "CR1 by iso3", "Country FE", "Tu\u{0308}rkiye"] {
            #expect(text.contains(s) || text.contains(s.precomposedStringWithCanonicalMapping), "pdftotext lacks \(s):\n\(text)")
        }
        // The long note wraps: no output line is longer than the table's widest line by much.
        let lines: [Int] = text.split(separator: Character("\n")).map { (line: Substring) -> Int in line.count }
        #expect((lines.max() ?? 0) < 160, "a line runs past the table: \(lines.max() ?? 0) characters")
    }

    @Test func standaloneDocumentCompiles() throws {
        let data = try Self.hostileTable().document(.latex, standalone: true)
        let tex = String(decoding: data, as: UTF8.self)
        #expect(tex.hasPrefix("\\documentclass"))
        #expect(!tex.contains("siunitx") && !tex.contains("threeparttable") && !tex.contains("lmodern"))
        let text = try ExternalTools.pdfText(ofLaTeX: tex)
        for s in ["\u{2212}0.684", "(0.176)", "0.438", "185", "\u{2212}1.500"] { #expect(text.contains(s), "pdftotext lacks \(s)") }
    }

    @Test func scientificNotationAndMinusInLaTeX() {
        #expect(LaTeX.number("1.304e-77") == "$1.304\\times10^{-77}$")
        #expect(LaTeX.number("-2.5e+300") == "$-2.5\\times10^{300}$")
        #expect(LaTeX.number("[-1.20, 3.40]") == "[$-$1.20, 3.40]")
        #expect(LaTeX.number("-Inf") == "$-\\infty$")
        #expect(LaTeX.text("ü σ Δ √ | < 50% a_b") == "\\\"{u} $\\sigma$ $\\Delta$ $\\surd$ $|$ $<$ 50\\% a\\_b")
        #expect(LaTeX.text("Ã§ Ǆ") == "\\~{A}\\S{} ?")
    }

    @Test func docxReadBackIndependently() throws {
        let data = try Self.hostileTable().document(.docx)
        let dir = try ExternalTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.docx")
        try data.write(to: file)
        let script = ExternalTools.fixtures.appendingPathComponent("read_docx.py").path
        let (status, out) = try ExternalTools.run("python3", [script, file.path])
        #expect(status == 0, "read_docx.py refused the package")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[[String]]])
        #expect(tables.count == 1)
        let rows = try #require(tables.first)
        // The shared dependent variable spans the model columns (w:gridSpan), then the column numbers.
        #expect(rows[0] == ["", "WGI Control of Corruption"])
        #expect(rows[1] == ["", "(1)", "(2)", "(3)"])
        #expect(rows[2] == ["Constant", "\u{2212}3.956***", "", ""])
        #expect(rows[3] == ["", "(0.601)", "", ""])
        #expect(rows.contains(["N", "185", "1952", "1952"]))
        #expect(rows.contains(["Clusters", "", "185", "185"]))
        #expect(rows.contains { $0.first == "EGDI (σ) & 100% <x>|Δ" })
        #expect(rows.contains { $0.first == "EGDI (σ) & 100% <x>|Δ × Türkiye–Ελλάδα “q” √n" })
        let paragraphs = try #require(object["paragraphs"] as? [String])
        #expect(paragraphs.first == "Table 1: Control of Corruption — three models")
        #expect(paragraphs.contains { $0.hasPrefix("* p < 0.1") })
        // Deterministic bytes.
        #expect(try Self.hostileTable().document(.docx) == data)
    }

    @Test func zipCRC32() {
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Data()) == 0)
    }

    @Test func htmlPageParses() throws {
        let page = try Self.hostileTable().htmlPage()
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("<link") && !page.contains("<script"))
        let cells = try HTMLTableCells.parse(page)
        #expect(cells.first == ["", "WGI Control of Corruption"])
        #expect(cells.dropFirst().first == ["", "(1)", "(2)", "(3)"])
        #expect(page.contains("<th colspan=\"3\">WGI Control of Corruption</th>"))
        #expect(cells.contains(["Constant", "\u{2212}3.956***", "", ""]))
        #expect(cells.contains(["N", "185", "1952", "1952"]))
        #expect(cells.contains { $0.first == "EGDI (σ) & 100% <x>|Δ" })
    }
}

/// The cells of the first <table> of a page, parsed as XML by Foundation's XMLParser (the
/// page is polyglot HTML5: well-formed XML).
final class HTMLTableCells: NSObject, XMLParserDelegate {
    var rows: [[String]] = []
    var current: [String]? = nil
    var cell: String? = nil
    var inTable = false

    static func parse(_ html: String) throws -> [[String]] {
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let p = XMLParser(data: Data(body.utf8))
        let d = HTMLTableCells()
        p.delegate = d
        guard p.parse() else { throw ExternalTools.Failure(description: "HTML is not well-formed: \(p.parserError.map { "\($0)" } ?? "?")") }
        return d.rows
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "table": inTable = true
        case "tr" where inTable: current = []
        case "td", "th": cell = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if cell != nil { cell? += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "td", "th": if let c = cell { current?.append(c) }; cell = nil
        case "tr": if let r = current { rows.append(r) }; current = nil
        case "table": inTable = false
        default: break
        }
    }
}
