// The report as one self-contained HTML page: inline CSS, figures by relative path, no scripts,
// no external assets, no timestamps.

extension Report {
    /// The stylesheet embedded in `report.html`.
    static let stylesheet = """
    body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.5;
           color: #1a1a1a; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1.25rem; }
    h1 { font-size: 1.7rem; line-height: 1.25; }
    h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; background: #f3f3f3; padding: 0 .2em; }
    nav ol { columns: 2; }
    figure { margin: 1.5rem 0; }
    figure img { display: block; max-width: 100%; height: auto; border: 1px solid #eee; }
    figure.w85 img { width: 85mm; }
    figure.w175 img { width: 175mm; }
    figcaption, .caption { font-size: .9rem; color: #333; margin: .4rem 0; }
    .missing { border: 1px dashed #999; padding: .75rem; color: #555; }
    .scroll { overflow-x: auto; margin: .5rem 0 .25rem; }
    table { border-collapse: collapse; font-size: .85rem; font-variant-numeric: tabular-nums; }
    thead tr:first-child th { border-top: 2px solid #000; }
    thead tr:last-child th { border-bottom: 1px solid #000; }
    tbody tr:last-child th, tbody tr:last-child td { border-bottom: 2px solid #000; }
    th, td { padding: .15rem .6rem; }
    td.right, th.right { text-align: right; }
    td.left, th.left { text-align: left; }
    table.regression td { text-align: center; }
    table.regression th[scope=row] { text-align: left; font-weight: normal; }
    table.regression tr.se td { color: #444; }
    table.regression tr.rule th, table.regression tr.rule td { border-top: 1px solid #000; }
    tfoot td { font-size: .8rem; color: #444; text-align: left !important; padding-top: .25rem; }
    caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: .3rem; }
    .files { font-size: .85rem; }
    dl dt { font-weight: bold; } dl dd { margin: 0 0 .6rem 1.2rem; }
    """

    /// `report.html`: the same content as `markdown()`, with SVG figures inline by relative
    /// path (links to PDF and PNG) and the stylesheet embedded.
    public func html() -> String {
        var out: [String] = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTML.escape(title))</title>", "<style>", Report.stylesheet, Report.layoutStylesheet, "</style>", "</head>", "<body>",
            "<h1>\(HTML.escape(title))</h1>",
        ]
        for p in summary { out.append("<p>\(HTML.inline(p))</p>") }
        out += ["<nav>", "<h2>Contents</h2>", "<ol>"]
        for s in sections { out.append("<li><a href=\"#\(s.anchor)\">\(HTML.escape(s.title))</a></li>") }
        out += ["</ol>", "</nav>"]
        for (i, s) in sections.enumerated() {
            out += ["<section id=\"\(s.anchor)\">", "<h2>\(i + 1). \(HTML.escape(s.title))</h2>"]
            for block in s.blocks {
                switch block {
                case .paragraph(let p):
                    out.append("<p>\(HTML.inline(p))</p>")
                case .bullets(let items):
                    out.append("<ul>")
                    out += items.map { "<li>\(HTML.inline($0))</li>" }
                    out.append("</ul>")
                case .definitions(let items):
                    out.append("<dl>")
                    for d in items { out += ["<dt>\(HTML.inline(d.term))</dt>", "<dd>\(HTML.inline(d.text))</dd>"] }
                    out.append("</dl>")
                case .table(let t):
                    out.append("<p class=\"caption\"><strong>Table.</strong> \(HTML.escape(t.caption))</p>")
                    out.append("<div class=\"scroll\">")
                    switch t.content {
                    case .regression(let r):
                        var shown = r
                        shown.title = nil
                        out.append(shown.renderHTML())
                    case .result(let full):
                        out.append(HTML.table(t.shown ?? full))
                    }
                    out.append("</div>")
                    if let note = t.shownNote { out.append("<p class=\"caption\"><em>\(HTML.escape(note))</em></p>") }
                    out.append("<p class=\"files\">Files: <a href=\"\(t.stem).csv\">CSV</a> · <a href=\"\(t.stem).md\">Markdown</a> · <a href=\"\(t.stem).tex\">LaTeX</a></p>")
                case .figure(let f):
                    if f.isDrawn {
                        out += Report.htmlFigure(f)
                    } else {
                        out.append("<p class=\"missing\"><strong>Figure (not drawn in this build).</strong> \(HTML.escape(f.title)): \(HTML.escape(f.caption))</p>")
                    }
                }
            }
            out.append("</section>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}
