import Foundation
import Plot
import Testing
@testable import PlotCairo

@Suite struct SVGElementIDsTests {
    static func square(_ x: Double, _ y: Double) -> Primitive {
        .path(.rect(Rect(x: x, y: y, width: 20, height: 20)), fill: Color(hex: 0x3366AA), stroke: nil)
    }

    static func scene(_ groups: [(String, Double)], clip: Rect? = nil) -> Scene {
        Scene(size: Size(width: 200, height: 100),
              items: [.group(role: "map", clip: clip, children: groups.map { .group(role: "#country-\($0.0)", clip: nil, children: [square($0.1, 10)]) }),
                      .text(TextItem("Legend", style: TextStyle(), at: Point(x: 10, y: 90)))])
    }

    @Test func everyIdentifiedGroupBecomesAnElementWithItsId() throws {
        let svg = String(decoding: try CairoRenderer(format: .svg).render(Self.scene([("KAZ", 10), ("RUS", 50), ("UKR", 90)])), as: UTF8.self)
        for code in ["KAZ", "RUS", "UKR"] {
            #expect(svg.contains("<g id=\"country-\(code)\""))
            #expect(svg.contains("<use xlink:href=\"#country-\(code)\"/>"))
        }
        // In drawing order.
        let order = ["KAZ", "RUS", "UKR"].compactMap { svg.range(of: "#country-\($0)")?.lowerBound }
        #expect(order == order.sorted())
        // No group of cairo's own is left referenced by a surface id.
        #expect(!svg.contains("<use xlink:href=\"#surface"))
    }

    @Test func pdfAndPNGAreUnaffected() throws {
        let pdf = try CairoRenderer(format: .pdf).render(Self.scene([("KAZ", 10)]))
        #expect(!pdf.isEmpty)
        let plain = Scene(size: Size(width: 200, height: 100), items: [.group(role: "map", clip: nil, children: [Self.square(10, 10)])])
        #expect(try CairoRenderer(format: .pdf).render(plain) == CairoRenderer(format: .pdf).render(plain))
    }

    @Test func aGroupCairoDropsOutsideTheClipFailsLoudly() {
        // The second country lies entirely outside the clip: cairo writes no group for it.
        let s = Self.scene([("KAZ", 10), ("RUS", 150)], clip: Rect(x: 0, y: 0, width: 100, height: 100))
        #expect(throws: RenderError.svgElementMismatch(expected: 2, found: 1)) { try CairoRenderer(format: .svg).render(s) }
    }

    @Test func rolesThatAreNotIdentifiersAreIgnored() {
        #expect(SVGElementIDs.identifier(ofRole: "#country-KAZ") == "country-KAZ")
        #expect(SVGElementIDs.identifier(ofRole: "panel") == nil)
        #expect(SVGElementIDs.identifier(ofRole: "#a\"b") == nil)
        #expect(SVGElementIDs.identifier(ofRole: "#") == nil)
        #expect(SVGElementIDs.identifier(ofRole: "#1abc") == nil)
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let s = Self.scene([("KAZ", 10), ("RUS", 50)])
        #expect(try CairoRenderer(format: .svg).render(s) == CairoRenderer(format: .svg).render(s))
    }
}
