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

    @Test func unplaceableLabelsWarnByName() {
        // Forty points on one spot: the rings around it cannot hold them all.
        let n = 40
        let names = (0..<n).map { "C\($0)" }
        let c = Chart(layers: [.labels(LabelMark(x: Array(repeating: 1, count: n), y: Array(repeating: 1, count: n),
                                                  labels: names))])
        let s = c.build(measurer: m)
        let drawn = Set(flatten(s.items).compactMap { e -> String? in
            if case .text(let t) = e.primitive, e.roles == ["panel"] { return t.text.plainText }; return nil
        })
        let warned = Set(names.filter { name in s.warnings.contains { $0.hasPrefix("label '\(name)' could not be placed without overlap; ") } })
        #expect(!warned.isEmpty)
        #expect(drawn.isDisjoint(with: warned))
        #expect(drawn.union(warned) == Set(names), "every label is drawn or warned about, none dropped silently")
    }

    /// The issue's acceptance test: 193 ISO3 labels on a dense scatter in an
    /// 85 mm × 70 mm figure. Every label is placed or named in a warning; no two
    /// drawn labels overlap, none covers a marker or the annotation, all stay
    /// in the panel.
    @Test func dense193PointScatter() {
        var rng = LabelTestRNG(state: 20240917)
        let n = 193
        // A correlated cloud like EGDI vs control of corruption.
        let xs = (0..<n).map { _ in Double.random(in: 0.1...0.98, using: &rng) }
        let ys = xs.map { 4 * $0 - 2 + Double.random(in: -1...1, using: &rng) }
        let letters: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let names: [String] = (0..<n).map { (i: Int) -> String in
            let a = letters[i % 26], b = letters[(i / 26) % 26], c = letters[(i * 7 + 3) % 26]
            return String([a, b, c])
        }
        let highlight = (0..<n).map { $0 % 13 == 0 }
        let c = Chart(size: FigureSize(width: .mm(85), height: .mm(70)),
                      layers: [.points(PointsMark(x: xs, y: ys)),
                               .text(TextMark("r = 0.80, n = 193", at: .panel(x: 0.02, y: 0.02))),
                               .labels(LabelMark(x: xs.map { .number($0) }, y: ys.map { .number($0) }, labels: names,
                                                 highlight: nil, priority: highlight.map { $0 ? 1 : 0 }))])
        let s = c.build(measurer: m)
        guard case .group(_, let clip?, let children)? = s.items.first(where: { if case .group("panel", _, _) = $0 { return true }; return false }) else {
            Issue.record("no panel"); return
        }
        let texts = children.compactMap { p -> TextItem? in if case .text(let t) = p { return t }; return nil }
        let annotation = texts.filter { $0.text.plainText.hasPrefix("r = ") }.map { frame(of: $0, measurer: m) }
        let labels = texts.filter { !$0.text.plainText.hasPrefix("r = ") }
        let frames = labels.map { frame(of: $0, measurer: m) }
        let drawn: [String] = labels.map { $0.text.plainText }
        let warned = names.filter { name in s.warnings.contains { $0.hasPrefix("label '\(name)' could not be placed") } }
        #expect(drawn.count + warned.count == n)
        #expect(Set(drawn).isDisjoint(with: warned))
        // 193 labels of 7 pt text cover about 70 % of this panel, so many cannot
        // fit; placing by priority must favour the highlighted ones.
        #expect(!drawn.isEmpty)
        let drawnSet = Set(drawn)
        let high = (0..<n).filter { highlight[$0] }, low = (0..<n).filter { !highlight[$0] }
        let rate = { (ids: [Int]) in Double(ids.filter { drawnSet.contains(names[$0]) }.count) / Double(ids.count) }
        #expect(rate(high) > rate(low) && rate(high) >= 0.8, "highlighted \(rate(high)), others \(rate(low))")
        for (i, a) in frames.enumerated() {
            #expect(clip.contains(a))
            for b in frames[(i + 1)...] { #expect(!a.intersects(b), "labels overlap") }
            for b in annotation { #expect(!a.intersects(b), "label covers the annotation") }
        }
        // No label covers a marker: every marker centre lies outside every label box.
        let markers = children.compactMap { p -> Point? in
            guard case .path(let path, let fill?, nil) = p, fill == .black, case .move(let q)? = path.elements.first else { return nil }
            return Point(x: q.x - 2, y: q.y)   // circles start at (cx + r, cy)
        }
        #expect(markers.count == n)
        for f in frames { for q in markers { #expect(!f.contains(q), "a label covers a point") } }
        // Leaders: thin grey lines.
        let leaders = children.compactMap { p -> Stroke? in if case .path(_, nil, let st?) = p { return st }; return nil }
        #expect(!leaders.isEmpty)
        for st in leaders { #expect(st.width >= 0.3 && st.width <= 0.4 && st.color == Color(hex: 0x808080)) }
    }

    /// `background: .cover`: labels of highlighted points may sit over the
    /// unlabelled background points (a dense grey cloud that would otherwise
    /// leave no room), but still never over a highlighted point or each other.
    @Test func coverPolicyPlacesLabelsOverTheBackgroundOnly() {
        var rng = LabelTestRNG(state: 7)
        // A dense 12 × 12 grid of background points with highlighted points inside it.
        var xs: [Double] = [], ys: [Double] = []
        for i in 0..<12 { for j in 0..<12 { xs.append(Double(i) + Double.random(in: -0.1...0.1, using: &rng)); ys.append(Double(j)) } }
        let highlighted = [14, 27, 40, 53, 66, 79, 92, 105, 118, 131]
        let hl = xs.indices.map { highlighted.contains($0) }
        let names = xs.indices.map { hl[$0] ? "H\($0)" : "" }
        func build(_ policy: LabelBackgroundPolicy?) -> Scene {
            Chart(size: FigureSize(width: .mm(60), height: .mm(45)),
                  layers: [.points(PointsMark(x: xs, y: ys)),
                           .labels(LabelMark(x: xs.map { .number($0) }, y: ys.map { .number($0) }, labels: names,
                                             highlight: hl, background: policy, maxLeaderLength: 40))]).build(measurer: m)
        }
        let avoid = build(nil), cover = build(.cover)
        let failed = { (s: Scene) in s.warnings.filter { $0.contains("could not be placed") }.count }
        #expect(failed(avoid) > 0, "the grid leaves no free room: the default policy must fail some labels")
        #expect(failed(cover) == 0, "\(cover.warnings)")
        guard case .group(_, _, let children)? = cover.items.first(where: { if case .group("panel", _, _) = $0 { return true }; return false }) else {
            Issue.record("no panel"); return
        }
        let frames = children.compactMap { p -> Rect? in if case .text(let t) = p { return frame(of: t, measurer: m) }; return nil }
        #expect(frames.count == highlighted.count)
        for (i, a) in frames.enumerated() { for b in frames[(i + 1)...] { #expect(!a.intersects(b)) } }
        // Highlighted markers (circles start at (cx + r, cy), r = 2) stay uncovered.
        let centres = children.compactMap { p -> Point? in
            guard case .path(let path, .some, nil) = p, case .move(let q)? = path.elements.first else { return nil }
            return Point(x: q.x - 2, y: q.y)
        }
        #expect(centres.count == xs.count)
        for k in highlighted { for f in frames { #expect(!f.contains(centres[k])) } }
    }
}
