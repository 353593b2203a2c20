// How report.html reads in a browser, from a 390 px phone to a desktop: figures at the
// column width from their SVG (the PNG only where SVG is not supported), wide tables in a
// horizontal-scroll wrapper with the first column kept in view (the table notes shown as a
// caption under the table, so they wrap at its width instead of widening it), and type
// sizes and margins for narrow screens. Appended after `Report.stylesheet`, so these rules take precedence.

extension Report {
    /// Layout rules for screens (added to `report.html` after the base stylesheet).
    static let layoutStylesheet = """
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { overflow-wrap: break-word; }
    code, .files, figcaption a { overflow-wrap: anywhere; }
    figure img, figure picture { display: block; width: 100%; height: auto; box-sizing: border-box; }
    figure.w85 img, figure.w85 picture { width: 100%; max-width: 34rem; }
    figure.w175 img, figure.w175 picture { width: 100%; max-width: none; }
    .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
    .scroll table th:first-child, .scroll table td:first-child { position: sticky; left: 0; z-index: 1;
        background: #fff; box-shadow: 1px 0 0 #ddd; }
    .scroll table tfoot { display: table-caption; caption-side: bottom; }
    .scroll table tfoot tr, .scroll table tfoot td { display: block; box-shadow: none; padding-left: 0; }
    .scroll table tfoot td { position: sticky; left: 0; max-width: min(100%, calc(100vw - 2.5rem)); }
    @media (max-width: 40rem) {
      body { font-size: 16px; margin: 1rem auto; padding: 0 .75rem; }
      h1 { font-size: 1.45rem; }
      h2 { font-size: 1.2rem; margin-top: 2rem; }
      nav ol { columns: 1; padding-left: 1.4rem; }
      table { font-size: .8rem; }
      th, td { padding: .15rem .45rem; }
      dl dd { margin-left: .6rem; }
    }
    """

    /// A drawn figure: the SVG at the column width (a `<picture>` whose fallback `<img>` is
    /// the PNG, for browsers without SVG images), the caption, and links to PDF, SVG and PNG.
    static func htmlFigure(_ f: ReportFigure) -> [String] {
        let cls = f.widthMillimetres > 100 ? "w175" : "w85"
        return ["<figure class=\"\(cls)\">",
                "<picture><source srcset=\"\(f.stem).svg\" type=\"image/svg+xml\"><img src=\"\(f.stem).png\" alt=\"\(HTML.escape(f.title))\"></picture>",
                "<figcaption><strong>Figure.</strong> \(HTML.escape(f.caption)) <a href=\"\(f.stem).pdf\">PDF</a> · <a href=\"\(f.stem).svg\">SVG</a> · <a href=\"\(f.stem).png\">PNG</a></figcaption>",
                "</figure>"]
    }
}
