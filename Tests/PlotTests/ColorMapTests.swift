import Testing
@testable import Plot

struct ColorMapTests {
    // Fixture: Rscript scripts/reference/plot_colormaps.R — viridisLite::viridis(11),
    // cividis(11) (8-bit sRGB) and RColorBrewer::brewer.pal(11, "RdBu").
    @Test func matchesPublishedMaps() {
        let rows = Golden.fixture("colormaps.csv")
        #expect(rows.count == 33)
        for r in rows {
            guard let t = Double(r[1]), let hex = UInt32(r[2].dropFirst(), radix: 16) else { Issue.record("bad row"); continue }
            let map: ColorMap = r[0] == "viridis" ? .viridis : r[0] == "cividis" ? .cividis : .redBlue
            let got = map.color(at: t), want = Color(hex: hex)
            // viridisLite interpolates the same anchors in Lab with a spline and
            // rounds to 8 bits: allow 2/255 per channel.
            let tol = map == .redBlue ? 1e-12 : 2.0 / 255
            #expect(abs(got.red - want.red) <= tol && abs(got.green - want.green) <= tol && abs(got.blue - want.blue) <= tol,
                    "\(r[0]) at \(t): \(SceneDump.hex(got)) vs \(r[2])")
        }
    }
    @Test func clampsAndEnds() {
        #expect(ColorMap.viridis.color(at: -1) == ColorMap.viridis.color(at: 0))
        #expect(SceneDump.hex(ColorMap.viridis.color(at: 0)) == "#440154")
        #expect(SceneDump.hex(ColorMap.viridis.color(at: 1)) == "#FDE725")
        #expect(ColorMap.redBlue.isDiverging && !ColorMap.cividis.isDiverging)
        #expect(ColorMap.cividis.colors(3).count == 3)
    }
}
