import Foundation

/// Runs the independent readers the output tests rely on: pdflatex + pdftotext (TeX Live,
/// poppler; `make deps` installs them) and Python's standard library (zipfile, xml.etree).
enum ExternalTools {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs `tool` with `arguments` in `directory`; returns (status, stdout).
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + arguments
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-tables-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Compiles `document` with `pdflatex -interaction=nonstopmode -halt-on-error` (quiet:
    /// its output is discarded, the log is quoted on failure) and returns the PDF's text
    /// (`pdftotext -layout`).
    static func pdfText(ofLaTeX document: String) throws -> String {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try document.write(to: dir.appendingPathComponent("t.tex"), atomically: true, encoding: .utf8)
        let (status, _) = try run("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "t.tex"], in: dir)
        guard status == 0 else {
            let log = (try? String(contentsOf: dir.appendingPathComponent("t.log"), encoding: .utf8)) ?? "(no log)"
            let errors = log.split(separator: "\n").filter { $0.hasPrefix("!") || $0.hasPrefix("l.") }.prefix(10).joined(separator: "\n")
            throw Failure(description: "pdflatex failed (status \(status)):\n\(errors)")
        }
        let (s2, text) = try run("pdftotext", ["-layout", "t.pdf", "-"], in: dir)
        guard s2 == 0 else { throw Failure(description: "pdftotext failed (status \(s2))") }
        return text
    }

    /// A minimal document that needs only booktabs around a tabular fragment.
    static func minimalBooktabs(_ fragment: String) -> String {
        "\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\n" + fragment + "\\end{document}\n"
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }
}
