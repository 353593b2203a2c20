import Foundation
import Plot

/// A small hand-built scene exercising every primitive the renderer supports:
/// axis-like lines, right-aligned tick labels with U+2212 minus, a circle,
/// a dashed line, a clipped group, rich text (italic, superscript,
/// subscript, &, <, >), a rotated axis title and non-ASCII country names.
enum TestScene {
    static let millimetre = 72 / 25.4
    /// 85 mm × 70 mm (a one-column journal figure).
    static let size = Size(width: 85 * millimetre, height: 70 * millimetre)
    static let tickStyle = TextStyle(size: 7)
    static let tickLabelX = 37.0
    static let panel = Rect(x: 40, y: 10, width: 190, height: 150)

    static var scene: Scene {
        var items: [Primitive] = []
        let axis = Stroke(color: .black, width: 0.6, cap: .square)
        items.append(.path(.polyline([Point(x: panel.minX, y: panel.minY), Point(x: panel.minX, y: panel.maxY),
                                      Point(x: panel.maxX, y: panel.maxY)]), fill: nil, stroke: axis))
        for (i, label) in ["\u{2212}0.5", "0", "0.5"].enumerated() {
            let y = panel.maxY - 20 - Double(i) * 55
            items.append(.path(.polyline([Point(x: panel.minX - 2.5, y: y), Point(x: panel.minX, y: y)]), fill: nil, stroke: axis))
            items.append(.text(TextItem(RichText(label), style: tickStyle, at: Point(x: tickLabelX, y: y),
                                        horizontal: .right, vertical: .middle)))
        }
        items.append(.path(.circle(center: Point(x: 120, y: 90), radius: 20),
                           fill: Color(hex: 0xE69F00, alpha: 0.7), stroke: Stroke(color: .black, width: 0.5)))
        items.append(.path(.polyline([Point(x: 40, y: 130), Point(x: 230, y: 40)]), fill: nil,
                           stroke: Stroke(color: Color(hex: 0x0072B2), width: 1, dash: [3, 2], cap: .round)))
        items.append(.group(role: "panel", clip: panel, children: [
            .path(.circle(center: Point(x: 225, y: 15), radius: 30), fill: Color(hex: 0x009E73, alpha: 0.5), stroke: nil),
            .text(TextItem("Türkiye", style: TextStyle(size: 7), at: Point(x: 124, y: 118))),
            .text(TextItem("Côte d'Ivoire", style: TextStyle(size: 7, slant: .italic), at: Point(x: 60, y: 60))),
        ]))
        let rich = RichText([TextRun("R", italic: true), TextRun("2", shift: .superscript), TextRun(" = 0.42, "),
                             TextRun("p", italic: true), TextRun(" < 0.001 & CO"), TextRun("2", shift: .subscript)])
        items.append(.text(TextItem(rich, style: TextStyle(size: 8), at: Point(x: 45, y: 24))))
        items.append(.text(TextItem("Control of Corruption (WGI)", style: TextStyle(size: 8),
                                    at: Point(x: 10, y: panel.center.y), horizontal: .center, vertical: .middle, rotation: 90)))
        items.append(.text(TextItem("EGDI (UN E-Government Development Index)", style: TextStyle(size: 8, weight: .bold),
                                    at: Point(x: panel.center.x, y: panel.maxY + 8), horizontal: .center, vertical: .top)))
        return Scene(size: size, items: items, title: "Test scene")
    }
}
