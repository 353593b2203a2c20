// Country labels attached to points: placed by `placeLabels` (LabelPlacement.swift)
// so that they overlap neither each other nor any data point nor the panel's
// annotations; labels moved away from their point get a thin grey leader, and
// every label that finds no place is reported by name in `Scene.warnings`.

/// What labels must avoid in a panel besides the markers of their own
/// `LabelMark`: the points of other point layers (as their bounding squares)
/// and the boxes of text annotations (e.g. "r = 0.62, n = 182").
struct LabelObstacles {
    /// Centres and diameters of point symbols drawn by other layers.
    var points: [(center: Point, diameter: Double)] = []
    /// Boxes of text annotations in the panel.
    var boxes: [Rect] = []

    init() {}

    /// Collects the obstacles of `layers` as they will be drawn in the panel `c`.
    init(layers: [Layer], _ c: PanelContext) {
        for layer in layers {
            switch layer {
            case .points(let m):
                let d = m.size ?? c.theme.pointSize
                for i in 0..<min(m.x.count, m.y.count) {
                    if let p = c.point(m.x[i], m.y[i]) { points.append((p, d)) }
                }
            case .text(let m):
                let p: Point?
                switch m.anchor {
                case .data(let x, let y): p = c.point(x, y)
                case .panel(let fx, let fy): p = Point(x: c.rect.minX + fx * c.rect.width, y: c.rect.minY + fy * c.rect.height)
                }
                if let p {
                    let e = c.measurer.measure(m.text, style: m.style ?? c.theme.annotation)
                    boxes.append(textFrame(e, at: p, horizontal: m.horizontal, vertical: m.vertical))
                }
            default:
                break
            }
        }
    }
}

enum CountryLabels {
    /// Leader lines: thin and grey so that they read as secondary to the data
    /// (0.35 pt, within the 0.3–0.4 pt usual for hairline leaders in print).
    static let leaderStroke = Stroke(color: Color(hex: 0x808080), width: 0.35, cap: .round)

    static func draw(_ m: LabelMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        let baseStyle = m.style ?? c.theme.annotation
        let n = min(m.x.count, m.y.count, m.labels.count)
        // Issue 18.3: 10⁶ labels never finished (20,000 took 12 s); refuse beyond the cap, once.
        let labelCount = (0..<n).reduce(0) { k, i in k + ((m.highlight.map { i < $0.count && $0[i] } ?? true) && !m.labels[i].isEmpty ? 1 : 0) }
        if let refusal = LabelPlacementLimit.refusal(labelCount: labelCount) { warnings.append(refusal); return [] }
        var requests: [LabelRequest] = [], source: [Int] = [], obstacles: [Rect] = []
        var anchors = Set<Point>()
        var offScale: [String] = []
        func isHighlighted(_ i: Int) -> Bool { m.highlight.map { i < $0.count && $0[i] } ?? false }
        // Only highlighted points carry labels when `highlight` is set, so
        // bold would add weight without information: one regular style.
        func style(_ i: Int) -> TextStyle { baseStyle }
        let markerDiameter = c.theme.pointSize
        let coverBackground = m.background == .cover
        for i in 0..<n {
            let labelled = m.highlight.map { i < $0.count && $0[i] } ?? true
            guard let p = c.point(m.x[i], m.y[i]) else {
                if labelled && !m.labels[i].isEmpty { offScale.append(m.labels[i]) }
                continue
            }
            guard labelled, !m.labels[i].isEmpty else {
                // Unlabelled points are obstacles (labels never cover data)
                // unless the mark lets labels cover the background.
                if coverBackground { continue }
                obstacles.append(Rect(x: p.x - markerDiameter / 2, y: p.y - markerDiameter / 2,
                                      width: markerDiameter, height: markerDiameter))
                continue
            }
            let e = c.measurer.measure(RichText(m.labels[i]), style: style(i))
            // Highlighted labels first; within a class, earlier rows first.
            let priority = m.priority.flatMap { i < $0.count ? $0[i] : nil } ?? (isHighlighted(i) ? 1 : 0)
            requests.append(LabelRequest(anchor: p, size: Size(width: e.width, height: e.height), priority: priority))
            anchors.insert(p)
            source.append(i)
        }
        // Points of other layers (a labelled point is usually also drawn by a
        // points layer: its own marker disk is already a constraint, so its
        // square is not added a second time) and annotation boxes.
        if !coverBackground {
            for (p, d) in c.obstacles.points where !anchors.contains(p) {
                obstacles.append(Rect(x: p.x - d / 2, y: p.y - d / 2, width: d, height: d))
            }
        }
        obstacles += c.obstacles.boxes

        var options = LabelPlacementOptions(markerRadius: markerDiameter / 2)
        if let leader = m.maxLeaderLength { options.maxLeaderLength = leader }
        let result = placeLabels(requests, obstacles: obstacles, bounds: c.rect, options: options)

        var leaders: [Primitive] = [], texts: [Primitive] = []
        for p in result.placed {
            let i = source[p.index], s = style(i)
            if let l = p.leader {
                leaders.append(.path(.polyline([l.from, l.to]), fill: nil, stroke: leaderStroke))
            }
            let ascent = c.measurer.measure(RichText(m.labels[i]), style: s).ascent
            texts.append(.text(TextItem(RichText(m.labels[i]), style: s,
                                        at: Point(x: p.frame.minX, y: p.frame.minY + ascent), horizontal: .left, vertical: .baseline)))
        }
        for k in result.unplaced {
            warnings.append("label '\(m.labels[source[k]])' could not be placed without overlap; "
                            + "enlarge the figure, use shorter labels, or label fewer points")
        }
        for name in offScale {
            warnings.append("label '\(name)' not drawn: its point has a missing or off-scale x/y")
        }
        return leaders + texts
    }
}
