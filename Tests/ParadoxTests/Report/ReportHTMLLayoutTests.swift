import Foundation
import Testing
import Paradox
import Plot

/// Issue 20.6: report.html in a browser (the rendering itself is checked in headless Chromium
/// by scripts/check-report-html.sh; these pin the markup it relies on).
@Suite struct ReportHTMLLayoutTests {
    static func report(_ blocks: [ReportBlock]) -> String {
        Report(title: "R", summary: [], sections: [ReportSection(title: "S", anchor: "s", blocks: blocks)]).html()
    }

    @Test func figuresUseTheSVGAtColumnWidthWithThePNGAsFallback() {
        var f = ReportFigure(stem: "figure_j_map", title: "A <map>", caption: "C.", chart: nil, widthMillimetres: 175)
        f.map = ChoroplethMap(features: [])
        let html = Self.report([.figure(f)])
        #expect(html.contains("<figure class=\"w175\">\n<picture><source srcset=\"figure_j_map.svg\" type=\"image/svg+xml\"><img src=\"figure_j_map.png\" alt=\"A &lt;map&gt;\"></picture>"))
        #expect(html.contains("<a href=\"figure_j_map.pdf\">PDF</a> · <a href=\"figure_j_map.svg\">SVG</a> · <a href=\"figure_j_map.png\">PNG</a>"))
        #expect(html.contains("figure.w175 img, figure.w175 picture { width: 100%;"))
    }

    @Test func narrowScreensAndStickyFirstColumn() {
        let html = Self.report([])
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("@media (max-width: 40rem)"))
        #expect(html.contains(".scroll table th:first-child, .scroll table td:first-child { position: sticky; left: 0;"))
        // The layout rules come after the base stylesheet, so they win.
        let base = html.range(of: "figure.w85 img { width: 85mm; }"), layout = html.range(of: "figure.w85 img, figure.w85 picture")
        #expect(base != nil && layout != nil && base?.lowerBound ?? html.endIndex < layout?.lowerBound ?? html.startIndex)
    }
}
