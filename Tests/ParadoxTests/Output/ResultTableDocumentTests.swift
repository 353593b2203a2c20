import Foundation
import Testing
@testable import Paradox

@Suite struct ResultTableDocumentTests {
    let table = ResultTable(title: "Means by group (\u{03C3} in parentheses)",
                            columns: [TableColumn("Group", alignment: .left), TableColumn("EGDI")],
                            rows: [[.text("Post-Soviet & Baltic"), .number(-0.5, .decimals(2))], [.text("Rest"), .integer(3)]],
                            notes: ["N < 200."])

    @Test func standaloneLaTeXIsAnASCIIDocumentWithTheTitleAsCaption() throws {
        let tex = String(decoding: try table.document(.latex, standalone: true), as: UTF8.self)
        #expect(tex.hasPrefix("\\documentclass[10pt]{article}"))
        #expect(tex.contains("\\caption{Means by group ($\\sigma$ in parentheses)}"))
        #expect(tex.contains("Post-Soviet \\& Baltic & $-$0.50 \\\\") || tex.contains("Post-Soviet \\& Baltic & $-0.50$ \\\\"))
        #expect(tex.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!tex.contains("% Means"))   // the title is the caption, not a comment as well
        // The fragment is the tabular alone.
        let fragment = String(decoding: try table.document(.latex), as: UTF8.self)
        #expect(!fragment.contains("\\documentclass"))
    }

    @Test func wordIsAZipWithARealTable() throws {
        let docx = try table.document(.docx)
        #expect(Array(docx.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let xml = table.docxDocument()
        #expect(xml.contains("<w:tbl>"))
        #expect(xml.contains("Post-Soviet &amp; Baltic"))
        #expect(xml.contains("\u{2212}0.50"))
        #expect(xml.contains("Note: N &lt; 200."))
        // Deterministic bytes.
        #expect(try table.document(.docx) == docx)
    }

    @Test func htmlEscapesAndOtherFormatsDelegate() throws {
        let html = String(decoding: try table.document(.html), as: UTF8.self)
        #expect(html.contains("<caption style=\"font-weight: bold;\">Means by group"))
        #expect(html.contains("Post-Soviet &amp; Baltic"))
        #expect(try table.document(.markdown) == Data(table.rendered(as: .markdown).utf8))
        #expect(try table.document(.csv) == Data(table.rendered(as: .csv).utf8))
    }
}
