// The report as one Markdown document (GitHub-flavoured: pipe tables, relative links).

extension Report {
    /// `report.md`: title, summary, contents, then each section; tables inline (rounded),
    /// each followed by links to its CSV/Markdown/LaTeX files; figures as PNG images with
    /// links to the PDF and SVG. Deterministic: no dates, no absolute paths.
    public func markdown() -> String {
        var out: [String] = ["# " + title, ""]
        for p in summary { out += [p, ""] }
        out += ["## Contents", ""]
        for (i, s) in sections.enumerated() { out.append("\(i + 1). [\(s.title)](#\(s.anchor))") }
        out.append("")
        for (i, s) in sections.enumerated() {
            out += ["<a id=\"\(s.anchor)\"></a>", "", "## \(i + 1). \(s.title)", ""]
            for block in s.blocks {
                switch block {
                case .paragraph(let p):
                    out += [p, ""]
                case .bullets(let items):
                    out += items.map { "- " + $0 }
                    out.append("")
                case .definitions(let items):
                    out += items.map { "- **\($0.term)**: \($0.text)" }
                    out.append("")
                case .table(let t):
                    out += ["**Table.** " + Report.markdownEscape(t.caption), ""]
                    switch t.content {
                    case .regression(let r):
                        var shown = r
                        shown.title = nil
                        out.append(shown.rendered(as: .markdown))
                    case .result(let full):
                        var shown = t.shown ?? full
                        shown.title = nil
                        out.append(shown.rendered(as: .markdown))
                    }
                    if let note = t.shownNote { out += ["*" + Report.markdownEscape(note) + "*", ""] }
                    out += ["Files: [CSV](\(t.stem).csv) · [Markdown](\(t.stem).md) · [LaTeX](\(t.stem).tex)", ""]
                case .figure(let f):
                    if f.isDrawn {
                        out += ["![\(Report.markdownEscape(f.title))](\(f.stem).png)", ""]
                        out += ["**Figure.** " + Report.markdownEscape(f.caption) + " [PDF](\(f.stem).pdf) · [SVG](\(f.stem).svg) · [PNG](\(f.stem).png)", ""]
                    } else {
                        out += ["**Figure (not drawn in this build).** " + Report.markdownEscape(f.title) + ": " + Report.markdownEscape(f.caption), ""]
                    }
                }
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes the characters that would start emphasis or break a table in running text.
    static func markdownEscape(_ s: String) -> String {
        s.replacingOccurrences(of: "*", with: "\\*").replacingOccurrences(of: "|", with: "\\|")
    }
}
