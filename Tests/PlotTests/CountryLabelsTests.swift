import Testing
@testable import Plot

struct CountryLabelsTests {
    let m = ApproximateTextMeasurer()

    @Test func labelsAvoidEachOtherAndStayInPanel() {
        let xs: [Double] = [0.2, 0.25, 0.5, 0.8, 0.82, 0.9]
        let ys: [Double] = [0.3, 0.32, 0.6, 0.7, 0.72, 0.95]
        let names = ["EST", "LVA", "LTU", "GEO", "ARM", "AZE"]
        let c = Chart(size: FigureSize(.single, height: .mm(60)), x: Axis("EGDI"), y: Axis("Control of corruption"),
                      layers: [.points(PointsMark(x: xs, y: ys)),
                               .labels(LabelMark(x: xs.map { .number($0) }, y: ys.map { .number($0) }, labels: names,
                                                 highlight: [true, true, true, true, true, false]))])
        let s = c.build(measurer: m)
        Golden.check(s, "country-labels")
        guard case .group(_, let clip?, let children)? = s.items.first(where: { if case .group("panel", _, _) = $0 { return true }; return false }) else {
            Issue.record("no panel"); return
        }
        let frames = children.compactMap { p -> Rect? in if case .text(let t) = p { return frame(of: t, measurer: m) }; return nil }
        #expect(frames.count + (s.warnings.first { $0.hasPrefix("labels:") } == nil ? 0 : 1) >= 5)
        for (i, a) in frames.enumerated() {
            #expect(clip.contains(a))
            for b in frames[(i + 1)...] { #expect(!a.intersects(b)) }
        }
        // AZE is not highlighted: not labelled.
        #expect(!children.contains { if case .text(let t) = $0 { return t.text.plainText == "AZE" }; return false })
    }

    @Test func unplaceableLabelsWarn() {
        // Ten points on one spot: at most four positions exist around it.
        let n = 10
        let c = Chart(layers: [.labels(LabelMark(x: Array(repeating: 1, count: n), y: Array(repeating: 1, count: n),
                                                  labels: (0..<n).map { "C\($0)" }))])
        let s = c.build(measurer: m)
        #expect(s.warnings.contains { $0.hasPrefix("labels: 6 label(s) could not be placed") })
    }
}
