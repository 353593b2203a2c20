import Foundation
import Testing
import Paradox
@testable import NotebookKit

@Suite struct NotebookPageTableFilesTests {
    func scratch() throws -> (folder: URL, source: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notebook-tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("main.swift")
        try "let x = 1\n".write(to: source, atomically: true, encoding: .utf8)
        return (folder, source.path)
    }

    @Test func tablesAreWrittenAsLaTeXAndWordNumberedAsOnThePage() throws {
        let (folder, source) = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tables = folder.appendingPathComponent("tables")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: tables.appendingPathComponent("stale.tex"))
        try Data("keep".utf8).write(to: tables.appendingPathComponent("notes.txt"))

        var page = try NotebookPage(title: "T", sourceFile: source)
        let t = ResultTable(columns: [TableColumn("a")], rows: [[.number(-1.5, .decimals(1))]])
        page.table(t, caption: "Plain.")
        try page.table(t, caption: "Sample \u{2212} by edition.", file: "sample")
        let md = page.markdown
        #expect(md.contains("**Table 2.** Sample \u{2212} by edition.\n\n| a |\n|---:|\n| -1.5 |\n\nTable 2 for a manuscript: [LaTeX](tables/sample.tex) · [Word](tables/sample.docx)\n"))
        #expect(throws: NotebookError.duplicateTable("sample")) { try page.table(t, caption: "Again.", file: "sample") }

        let written = try page.write()
        #expect(written.contains("tables/sample.tex") && written.contains("tables/sample.docx"))
        let tex = try String(contentsOf: tables.appendingPathComponent("sample.tex"), encoding: .utf8)
        #expect(tex.contains("\\begin{document}\n\\setcounter{table}{1}\n"))
        #expect(tex.contains("\\caption{Sample $-$ by edition.}") || tex.contains("\\caption{Sample"))
        #expect(tex.unicodeScalars.allSatisfy { $0.isASCII })
        // Wider than the text: scaled down, never up.
        #expect(tex.contains("\\begin{lrbox}{\\tablebox}\n\\begin{tabular}"))
        #expect(tex.contains("\\ifdim\\wd\\tablebox>\\textwidth\\resizebox{\\textwidth}{!}{\\usebox{\\tablebox}}\\else\\usebox{\\tablebox}\\fi"))
        let docx = try Data(contentsOf: tables.appendingPathComponent("sample.docx"))
        #expect(Array(docx.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        // Stale table files go; other files stay.
        #expect(!FileManager.default.fileExists(atPath: tables.appendingPathComponent("stale.tex").path))
        #expect(FileManager.default.fileExists(atPath: tables.appendingPathComponent("notes.txt").path))
    }
}
