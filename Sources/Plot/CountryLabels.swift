// Country labels attached to points.

enum CountryLabels {
    /// A label to place: its point, box size and priority.
    struct Request { var anchor: Point; var size: Size; var priority: Double }
    /// A placed label: request index, box and optional leader line.
    struct Placement { var index: Int; var frame: Rect; var leader: (from: Point, to: Point)? }

    static func draw(_ m: LabelMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        var style = m.style ?? c.theme.annotation
        let n = min(m.x.count, m.y.count, m.labels.count)
        var requests: [Request] = [], source: [Int] = [], obstacles: [Rect] = []
        for i in 0..<n {
            guard let p = c.point(m.x[i], m.y[i]) else { continue }
            // Every point is an obstacle (labelled or not) so labels never cover data.
            obstacles.append(Rect(x: p.x - c.theme.pointSize / 2, y: p.y - c.theme.pointSize / 2,
                                  width: c.theme.pointSize, height: c.theme.pointSize))
            if let h = m.highlight, i < h.count, !h[i] { continue }
            let isHighlight = m.highlight.map { i < $0.count && $0[i] } ?? false
            let e = c.measurer.measure(RichText(m.labels[i]), style: style)
            let priority = m.priority.flatMap { i < $0.count ? $0[i] : nil } ?? (isHighlight ? 1 : 0) - Double(i) * 1e-9
            requests.append(Request(anchor: p, size: Size(width: e.width, height: e.height), priority: priority))
            source.append(i)
        }
        // ==== INTEGRATION POINT (label placement) ====
        // Replace `defaultPlacement` by the label-placement helper's
        // `placeLabels(_:obstacles:bounds:options:)` once merged: map each
        // Request to LabelRequest(anchor:size:priority:), and read
        // result.placed (index, frame, leader) and result.unplaced.
        let (placed, unplaced) = defaultPlacement(requests, obstacles: obstacles, bounds: c.rect)
        // ==== end of integration point ====
        var out: [Primitive] = []
        let ascent = c.measurer.measure("Ag", style: style).ascent
        for p in placed.sorted(by: { $0.index < $1.index }) {
            if let l = p.leader {
                out.append(.path(.polyline([l.from, l.to]), fill: nil, stroke: Stroke(color: Color(hex: 0x555555), width: 0.3)))
            }
            let i = source[p.index]
            style.weight = (m.highlight.map { i < $0.count && $0[i] } ?? false) ? .bold : style.weight
            out.append(.text(TextItem(RichText(m.labels[i]), style: style,
                                      at: Point(x: p.frame.minX, y: p.frame.minY + ascent), horizontal: .left, vertical: .baseline)))
            style.weight = m.style?.weight ?? c.theme.annotation.weight
        }
        if !unplaced.isEmpty {
            let names = unplaced.sorted().map { m.labels[source[$0]] }
            warnings.append("labels: \(names.count) label(s) could not be placed without overlap: \(names.joined(separator: ", "))")
        }
        return out
    }

    /// Stand-in placement until the label-placement module is merged: tries
    /// upper-right, upper-left, lower-right, lower-left of the point (1.5 pt
    /// beyond the symbol), in priority order, keeping the first position that
    /// stays in `bounds` and overlaps no placed label or obstacle; no leaders.
    static func defaultPlacement(_ requests: [Request], obstacles: [Rect], bounds: Rect) -> (placed: [Placement], unplaced: [Int]) {
        var placed: [Placement] = [], unplaced: [Int] = []
        let order = requests.indices.sorted { (-requests[$0].priority, $0) < (-requests[$1].priority, $1) }
        let off = 3.5
        for i in order {
            let r = requests[i], w = r.size.width, h = r.size.height, a = r.anchor
            let candidates = [Rect(x: a.x + off, y: a.y - off - h, width: w, height: h),
                              Rect(x: a.x - off - w, y: a.y - off - h, width: w, height: h),
                              Rect(x: a.x + off, y: a.y + off, width: w, height: h),
                              Rect(x: a.x - off - w, y: a.y + off, width: w, height: h)]
            if let f = candidates.first(where: { f in
                bounds.contains(f) && !placed.contains { $0.frame.intersects(f) } && !obstacles.contains { $0.intersects(f) }
            }) {
                placed.append(Placement(index: i, frame: f, leader: nil))
            } else {
                unplaced.append(i)
            }
        }
        return (placed, unplaced)
    }
}
