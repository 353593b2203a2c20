import Foundation
import Testing
import Plot
@testable import PlotCairo

@Suite struct PangoTextMeasurerTests {
    /// One Pango unit, the layout's resolution.
    let pangoUnit = 1.0 / 1024

    @Test func lineBoxIsDejaVuHheaAscentAndDescent() throws {
        let m = try TestSupport.dejaVuMetrics()
        let e = try PangoTextMeasurer.shared().measure("0123456789", style: TextStyle(size: 10))
        #expect(abs(e.ascent - m.ascender / m.unitsPerEm * 10) <= pangoUnit)
        #expect(abs(e.descent - (-m.descender) / m.unitsPerEm * 10) <= pangoUnit)
    }

    @Test func widthIsTheSumOfUnhintedAdvances() throws {
        let m = try TestSupport.dejaVuMetrics()
        let measurer = try PangoTextMeasurer.shared()
        for size in [7.0, 8.0, 9.5, 10.0] {
            let digits = measurer.measure("0123456789", style: TextStyle(size: size))
            let expected = (0...9).map { m.advance[String($0)] ?? .nan }.reduce(0, +) / m.unitsPerEm * size
            #expect(abs(digits.width - expected) <= 10 * pangoUnit, "size \(size): \(digits.width) vs \(expected)")
            let minus = measurer.measure("\u{2212}", style: TextStyle(size: size))
            #expect(abs(minus.width - (m.advance["\u{2212}"] ?? .nan) / m.unitsPerEm * size) <= pangoUnit)
        }
    }

    @Test func markupCharactersAreLiteralText() throws {
        let measurer = try PangoTextMeasurer.shared()
        let text = RichText("a < b & c > d")
        let count = measurer.engine.withLayout(text, style: TextStyle()) { $0.characterCount }
        #expect(count == text.plainText.unicodeScalars.count)
        #expect(measurer.measure(text, style: TextStyle()).width > measurer.measure("a  b  c  d", style: TextStyle()).width)
    }

    @Test func superscriptRaisesInkAndGrowsTheLineBox() throws {
        let measurer = try PangoTextMeasurer.shared()
        let style = TextStyle(size: 10)
        let plain = RichText("R2")
        let sup = RichText([TextRun("R", italic: true), TextRun("2", shift: .superscript)])
        let sub = RichText([TextRun("CO"), TextRun("2", shift: .subscript)])
        let a = measurer.measure(plain, style: style), b = measurer.measure(sup, style: style)
        #expect(b.ascent > a.ascent)
        #expect(b.width < a.width + 1, "the superscript digit is smaller")
        let boxes = { (t: RichText) throws -> TextBoxes in
            try #require(measurer.boxes(for: TextItem(t, style: style, at: Point(x: 0, y: 0))))
        }
        // Baseline at y = 0. The digit 2 sits flat on its baseline, so its ink
        // bottom shows where the shifted baseline went: up by the rise (0.36 em),
        // down by the drop (0.15 em); 0.02 pt allows for the outline's rounding.
        let sup2 = try boxes(RichText([TextRun("2", shift: .superscript)])).ink
        let sub2 = try boxes(RichText([TextRun("2", shift: .subscript)])).ink
        let plain2 = try boxes("2").ink
        #expect(abs(plain2.maxY) < 0.02)
        #expect(abs(sup2.maxY + PangoTextLayout.superscriptRise * style.size) < 0.02, "\(sup2)")
        #expect(abs(sub2.maxY - PangoTextLayout.subscriptDrop * style.size) < 0.02, "\(sub2)")
        #expect(abs(sup2.height - PangoTextLayout.scriptScale * plain2.height) < 0.05)
        #expect(try boxes(sup).ink.minY < boxes(plain).ink.minY - 1)
        #expect(try boxes(sub).ink.maxY > boxes("CO2").ink.maxY + 1)
    }

    @Test func italicAndBoldChangeTheFace() throws {
        let measurer = try PangoTextMeasurer.shared()
        let regular = measurer.measure("Côte d'Ivoire", style: TextStyle(size: 10))
        let bold = measurer.measure("Côte d'Ivoire", style: TextStyle(size: 10, weight: .bold))
        let boldRun = measurer.measure(RichText([TextRun("Côte d'Ivoire", bold: true)]), style: TextStyle(size: 10))
        #expect(bold.width > regular.width)
        #expect(boldRun == bold)
    }

    @Test(arguments: [HorizontalAlignment.left, .center, .right])
    func horizontalAlignmentPlacesTheLogicalBox(h: HorizontalAlignment) throws {
        let measurer = try PangoTextMeasurer.shared()
        let item = TextItem("Türkiye", style: TextStyle(size: 9), at: Point(x: 50, y: 20), horizontal: h)
        let box = try #require(measurer.boxes(for: item)).logical
        let expected: Double = switch h { case .left: box.minX; case .center: box.center.x; case .right: box.maxX }
        #expect(abs(expected - 50) <= pangoUnit)
        #expect(abs(box.width - measurer.measure(item.text, style: item.style).width) <= 1e-12)
    }

    @Test(arguments: [VerticalAlignment.top, .middle, .baseline, .bottom])
    func verticalAlignmentPlacesTheLineBox(v: VerticalAlignment) throws {
        let measurer = try PangoTextMeasurer.shared()
        let item = TextItem("Türkiye", style: TextStyle(size: 9), at: Point(x: 50, y: 20), vertical: v)
        let box = try #require(measurer.boxes(for: item)).logical
        let e = measurer.measure(item.text, style: item.style)
        let anchorY: Double = switch v {
        case .top: box.minY
        case .middle: box.center.y
        case .baseline: box.minY + e.ascent
        case .bottom: box.maxY
        }
        #expect(abs(anchorY - 20) <= pangoUnit)
        #expect(abs(box.height - e.height) <= 1e-12)
    }

    @Test func measuringIsIndependentOfInstanceAndThreads() async throws {
        let shared = try PangoTextMeasurer.shared()
        let own = try PangoTextMeasurer()
        let style = TextStyle(size: 8)
        let reference = shared.measure("Côte d'Ivoire \u{2212}0.5", style: style)
        #expect(own.measure("Côte d'Ivoire \u{2212}0.5", style: style) == reference)
        let results = await withTaskGroup(of: TextExtents.self) { group in
            for _ in 0..<8 { group.addTask { shared.measure("Côte d'Ivoire \u{2212}0.5", style: style) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == reference })
    }
}
