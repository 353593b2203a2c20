import Testing
import Plot
@testable import Paradox

struct ParadoxScatterFigureTests {
    let m = ApproximateTextMeasurer()

    /// Labels drawn in the panel (text primitives other than the r/n annotation).
    static func panelTexts(_ s: Scene) -> [TextItem] {
        s.items.flatMap { p -> [TextItem] in
            guard case .group("panel", _, let ch) = p else { return [] }
            return ch.compactMap { if case .text(let t) = $0 { return t }; return nil }
        }
    }

    @Test func fifteenHighlightedAllLabelledAtBothWidths() throws {
        let panel = try #require(Shared.panel)
        for width in [85.0, 175.0] {
            let f = try ParadoxScatterFigure.make(panel: panel, options: ParadoxFigureOptions(size: ParadoxFigureKind.paradoxScatter.defaultSize(width: .mm(width))))
            let points = f.chart.panels[0].layers.compactMap { if case .points(let p) = $0 { return p }; return nil }
            let highlighted = points.filter { $0.groups?.contains(where: { FigureStyle.subregionLevels.contains($0) }) ?? false }
            #expect(highlighted.count == 1 && highlighted[0].x.count == 15)
            let scene = f.chart.build(measurer: m)
            let labels = Set(Self.panelTexts(scene).map(\.text.plainText))
            for iso in CountryGroupsList.postSoviet { #expect(labels.contains(iso), "\(iso) labelled at \(width) mm") }
            #expect(!scene.warnings.contains { $0.contains("could not be placed") })
            // Labels never overlap each other.
            let frames = Self.panelTexts(scene).filter { $0.text.plainText.count == 3 }.map { frameOf($0, m) }
            for (i, a) in frames.enumerated() { for b in frames[(i + 1)...] { #expect(!a.intersects(b)) } }
        }
    }

    @Test func fitAnnotationAndTitles() throws {
        let panel = try #require(Shared.panel)
        let f = try ParadoxScatterFigure.make(panel: panel, options: ParadoxFigureOptions(edition: 2024))
        let texts = f.chart.panels[0].layers.compactMap { if case .text(let t) = $0 { return t }; return nil }
        #expect(texts.count == 1)
        let runs = texts[0].text.runs
        #expect(runs.first?.text == "r" && runs.first?.italic == true)
        #expect(runs.contains { $0.text == "n" && $0.italic })
        #expect(texts[0].text.plainText.hasSuffix("n = 191")) // 193 assessed, CAF and SOM flagged (egdi_flag)
        #expect(f.chart.x.title?.plainText == "E-Government Development Index (2024)")
        #expect(f.chart.y.title?.plainText == "Control of Corruption (WGI, 2023)")
        // The drawn line is FitBand's OLS line on the same data.
        let a = try panel.aligned(edition: 2024, variables: ["wgi_cc"])
        let rows = a.rows.compactMap { r in r.paired["wgi_cc"].flatMap { y in r.survey["egdi"].map { ($0, y) } } }
        let fb = try FitBand.ols(x: rows.map(\.0), y: rows.map(\.1), at: [0.5], level: 0.95)
        #expect(f.caption.contains("slope \(FigureStyle.number(fb.slope, 2))"))
        #expect(f.caption.contains("classical standard errors, t(189)"))
        let ribbons = f.chart.panels[0].layers.filter { if case .ribbon = $0 { return true }; return false }
        #expect(ribbons.count == 1)
    }
}

enum CountryGroupsList {
    static let postSoviet = ["ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LTU", "LVA", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"]
}

/// The box a text item occupies (left/baseline or aligned as given).
func frameOf(_ t: TextItem, _ m: some TextMeasuring) -> Rect {
    let e = m.measure(t.text, style: t.style)
    let x: Double = t.horizontal == .left ? t.position.x : (t.horizontal == .right ? t.position.x - e.width : t.position.x - e.width / 2)
    let y: Double
    switch t.vertical {
    case .top: y = t.position.y
    case .baseline: y = t.position.y - e.ascent
    case .middle: y = t.position.y - e.height / 2
    case .bottom: y = t.position.y - e.height
    }
    return Rect(x: x, y: y, width: e.width, height: e.height)
}
