// Drawing marks into a panel: data -> primitives in points.

/// Maps continuous values to colours through a colour map.
struct ColorMapping: Sendable {
    var map: ColorMap
    var lower: Double
    var upper: Double
    var reversed: Bool
    func color(_ v: Double) -> Color {
        var t = upper > lower ? (v - lower) / (upper - lower) : 0.5
        if reversed { t = 1 - t }
        return map.color(at: t)
    }
}

/// Everything a mark needs to draw itself into one panel.
struct PanelContext {
    var rect: Rect
    var x: TrainedScale
    var y: TrainedScale
    var theme: Theme
    var groups: [String]
    var palette: DiscretePalette
    var shapesOn: Bool
    var colors: ColorMapping?
    var measurer: any TextMeasuring
    /// What country labels must keep clear of besides their own mark's points:
    /// the points of the panel's other layers and its text annotations.
    var obstacles = LabelObstacles()

    func px(_ v: PlotValue) -> Double? { x.scaleUnits(v).map { x.mapX(units: $0, in: rect) } }
    func py(_ v: PlotValue) -> Double? { y.scaleUnits(v).map { y.mapY(units: $0, in: rect) } }
    func point(_ a: PlotValue, _ b: PlotValue) -> Point? {
        guard let u = px(a), let v = py(b) else { return nil }
        return Point(x: u, y: v)
    }
    func groupIndex(_ g: String?) -> Int? { g.flatMap { groups.firstIndex(of: $0) } }
    func groupColor(_ g: String?) -> Color? { groupIndex(g).map { palette.color($0) } }
    /// The group's dash pattern (empty: solid).
    func groupDash(_ g: String?) -> [Double] { groupIndex(g).map { palette.dash($0) } ?? [] }
}

/// The box a text item occupies (unrotated), from its anchor and alignment.
func textFrame(_ e: TextExtents, at p: Point, horizontal: HorizontalAlignment, vertical: VerticalAlignment) -> Rect {
    let minX: Double
    switch horizontal {
    case .left: minX = p.x
    case .center: minX = p.x - e.width / 2
    case .right: minX = p.x - e.width
    }
    let top: Double
    switch vertical {
    case .top: top = p.y
    case .baseline: top = p.y - e.ascent
    case .middle: top = p.y - e.height / 2
    case .bottom: top = p.y - e.height
    }
    return Rect(x: minX, y: top, width: e.width, height: e.height)
}

enum MarkDrawing {
    static func draw(_ layer: Layer, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        switch layer {
        case .points(let m): return points(m, c, warnings: &warnings)
        case .lines(let m): return lines(m, c, warnings: &warnings)
        case .ribbon(let m): return ribbon(m, c, warnings: &warnings)
        case .reference(let m): return reference(m, c, warnings: &warnings)
        case .text(let m): return text(m, c, warnings: &warnings)
        case .intervals(let m): return intervals(m, c, warnings: &warnings)
        case .tiles(let m): return tiles(m, c, warnings: &warnings)
        case .slopegraph(let m): return slopegraph(m, c, warnings: &warnings)
        case .labels(let m): return CountryLabels.draw(m, c, warnings: &warnings)
        }
    }

    static func points(_ m: PointsMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        var out: [Primitive] = []
        var dropped = 0
        let n = min(m.x.count, m.y.count)
        if m.x.count != m.y.count { warnings.append("points: x has \(m.x.count) values but y has \(m.y.count); extra values ignored") }
        for i in 0..<n {
            guard let p = c.point(m.x[i], m.y[i]) else { dropped += 1; continue }
            let g = m.groups.flatMap { i < $0.count ? $0[i] : nil }
            var color = Color.black
            if let col = m.color { color = col }
            else if let gc = c.groupColor(g) { color = gc }
            else if let vs = m.colorValues, i < vs.count, let map = c.colors { color = map.color(vs[i]) }
            let shape = m.shape ?? (c.shapesOn ? c.groupIndex(g).map { c.palette.shape($0) } : nil) ?? .circle
            out.append(symbol(shape, at: p, size: m.size ?? c.theme.pointSize, color: color.withAlpha(m.alpha), filled: m.filled))
        }
        if dropped > 0 { warnings.append("points: \(dropped) of \(n) point(s) with missing, non-finite or off-scale x/y not drawn") }
        return out
    }

    static func symbol(_ shape: PointShape, at p: Point, size: Double, color: Color, filled: Bool) -> Primitive {
        let path = shape.path(center: p, diameter: size)
        if shape.isLineShape { return .path(path, fill: nil, stroke: Stroke(color: color, width: 0.75)) }
        return filled ? .path(path, fill: color, stroke: nil) : .path(path, fill: nil, stroke: Stroke(color: color, width: 0.5))
    }

    static func lines(_ m: LinesMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        var out: [Primitive] = []
        for s in m.series {
            let color = s.color ?? c.groupColor(s.group) ?? .black
            let n = min(s.x.count, s.y.count)
            var rows: [(u: Double, p: Point?)] = (0..<n).map { i in (c.x.scaleUnits(s.x[i]) ?? .nan, c.point(s.x[i], s.y[i])) }
            if m.sortByX { rows = rows.enumerated().sorted { ($0.element.u, $0.offset) < ($1.element.u, $1.offset) }.map(\.element) }
            var path = Path(), pen = false
            for r in rows {
                guard let p = r.p else { pen = false; continue }
                if pen { path.line(to: p) } else { path.move(to: p); pen = true }
            }
            if !path.elements.isEmpty {
                let dash = m.dash.isEmpty && s.color == nil ? c.groupDash(s.group) : m.dash
                out.append(.path(path, fill: nil, stroke: Stroke(color: color, width: m.width ?? c.theme.lineWidth, dash: dash, cap: .round, join: .round)))
            }
        }
        return out
    }

    static func ribbon(_ m: RibbonMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        let n = min(m.x.count, m.lower.count, m.upper.count)
        var rows: [(u: Double, lo: Point, hi: Point)] = []
        for i in 0..<n {
            guard let u = c.x.scaleUnits(number: m.x[i]), let lo = c.point(.number(m.x[i]), .number(m.lower[i])),
                  let hi = c.point(.number(m.x[i]), .number(m.upper[i])) else { continue }
            rows.append((u, lo, hi))
        }
        if rows.count < n { warnings.append("ribbon: \(n - rows.count) row(s) with missing or off-scale values dropped") }
        guard rows.count >= 2 else { return [] }
        rows.sort { $0.u < $1.u }
        let poly = rows.map(\.hi) + rows.reversed().map(\.lo)
        let color = (m.color ?? c.groupColor(m.group) ?? Color(hex: 0x7F7F7F)).withAlpha(m.alpha)
        return [.path(.polyline(poly, closed: true), fill: color, stroke: nil)]
    }

    static func reference(_ m: ReferenceLineMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        let stroke = m.stroke ?? Stroke(color: Color(hex: 0x666666), width: 0.5, dash: [3, 2])
        let r = c.rect
        switch m.line {
        case .horizontal(let yv):
            guard let y = c.py(.number(yv)), y >= r.minY, y <= r.maxY else { return [] }
            return [.path(.polyline([Point(x: r.minX, y: y), Point(x: r.maxX, y: y)]), fill: nil, stroke: stroke)]
        case .vertical(let xv):
            guard let x = c.px(.number(xv)), x >= r.minX, x <= r.maxX else { return [] }
            return [.path(.polyline([Point(x: x, y: r.minY), Point(x: x, y: r.maxY)]), fill: nil, stroke: stroke)]
        case .diagonal(let a, let b):
            guard case .continuous(let cx) = c.x.kind, case .continuous(let cy) = c.y.kind,
                  cx.transform == .linear, cy.transform == .linear else {
                warnings.append("reference line y = a + b·x needs linear x and y scales; not drawn")
                return []
            }
            var x0 = c.x.lower, x1 = c.x.upper
            let ylo = c.y.lower, yhi = c.y.upper
            if b != 0 {
                let xa = (ylo - a) / b, xb = (yhi - a) / b
                x0 = max(x0, min(xa, xb)); x1 = min(x1, max(xa, xb))
            } else if a < ylo || a > yhi { return [] }
            guard x1 > x0 else { return [] }
            let p0 = Point(x: c.x.mapX(units: x0, in: r), y: c.y.mapY(units: a + b * x0, in: r))
            let p1 = Point(x: c.x.mapX(units: x1, in: r), y: c.y.mapY(units: a + b * x1, in: r))
            return [.path(.polyline([p0, p1]), fill: nil, stroke: stroke)]
        }
    }

    static func text(_ m: TextMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        let p: Point
        switch m.anchor {
        case .data(let x, let y):
            guard let q = c.point(x, y) else { warnings.append("text \"\(m.text.plainText)\": position is off-scale; not drawn"); return [] }
            p = q
        case .panel(let fx, let fy):
            p = Point(x: c.rect.minX + fx * c.rect.width, y: c.rect.minY + fy * c.rect.height)
        }
        return [.text(TextItem(m.text, style: m.style ?? c.theme.annotation, at: p, horizontal: m.horizontal, vertical: m.vertical))]
    }

    static func intervals(_ m: IntervalMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        var out: [Primitive] = []
        let n = min(m.position.count, m.lower.count, m.upper.count)
        var dropped = 0
        for i in 0..<n {
            let g = m.groups.flatMap { i < $0.count ? $0[i] : nil }
            let color = m.color ?? c.groupColor(g) ?? .black
            let stroke = Stroke(color: color, width: m.lineWidth ?? c.theme.lineWidth)
            let a: Point?, b: Point?, e: Point?
            let est = m.estimate.flatMap { i < $0.count ? $0[i] : nil }
            switch m.orientation {
            case .horizontal:
                a = c.point(.number(m.lower[i]), m.position[i]); b = c.point(.number(m.upper[i]), m.position[i])
                e = est.flatMap { c.point(.number($0), m.position[i]) }
            case .vertical:
                a = c.point(m.position[i], .number(m.lower[i])); b = c.point(m.position[i], .number(m.upper[i]))
                e = est.flatMap { c.point(m.position[i], .number($0)) }
            }
            guard var pa = a, var pb = b else { dropped += 1; continue }
            var pe = e
            if let d = m.dodge.flatMap({ i < $0.count ? $0[i] : nil }), d.isFinite, d != 0 {
                // One categorical band is one scale unit.
                switch m.orientation {
                case .horizontal:
                    let band = abs(c.y.mapY(units: 1, in: c.rect) - c.y.mapY(units: 0, in: c.rect))
                    pa.y += d * band; pb.y += d * band; pe?.y += d * band
                case .vertical:
                    let band = abs(c.x.mapX(units: 1, in: c.rect) - c.x.mapX(units: 0, in: c.rect))
                    pa.x += d * band; pb.x += d * band; pe?.x += d * band
                }
            }
            out.append(.path(.polyline([pa, pb]), fill: nil, stroke: stroke))
            if m.capWidth > 0 {
                let h = m.capWidth / 2
                for q in [pa, pb] {
                    let seg = m.orientation == .horizontal
                        ? [Point(x: q.x, y: q.y - h), Point(x: q.x, y: q.y + h)]
                        : [Point(x: q.x - h, y: q.y), Point(x: q.x + h, y: q.y)]
                    out.append(.path(.polyline(seg), fill: nil, stroke: stroke))
                }
            }
            if let pe {
                let shape = c.shapesOn ? (c.groupIndex(g).map { c.palette.shape($0) } ?? .circle) : .circle
                out.append(symbol(shape, at: pe, size: m.pointSize ?? c.theme.pointSize, color: color, filled: true))
            }
        }
        if dropped > 0 { warnings.append("intervals: \(dropped) interval(s) with missing or off-scale values not drawn") }
        return out
    }

    /// Scale-unit extent of a tile along one axis.
    static func tileSpan(_ v: PlotValue, size: Double, scale: TrainedScale) -> (Double, Double)? {
        switch (scale.kind, v) {
        case (.categorical, _):
            return scale.scaleUnits(v).map { ($0 - 0.5, $0 + 0.5) }
        case (.continuous, .number(let x)):
            guard let a = scale.scaleUnits(number: x - size / 2), let b = scale.scaleUnits(number: x + size / 2) else { return nil }
            return (a, b)
        default:
            return nil
        }
    }

    static func tiles(_ m: TileMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        var rects: [Primitive] = [], texts: [Primitive] = []
        let n = min(m.x.count, m.y.count, m.values.count)
        var dropped = 0
        for i in 0..<n {
            guard let sx = tileSpan(m.x[i], size: m.width, scale: c.x), let sy = tileSpan(m.y[i], size: m.height, scale: c.y) else { dropped += 1; continue }
            let xa = c.x.mapX(units: sx.0, in: c.rect), xb = c.x.mapX(units: sx.1, in: c.rect)
            let ya = c.y.mapY(units: sy.0, in: c.rect), yb = c.y.mapY(units: sy.1, in: c.rect)
            let r = Rect(x: min(xa, xb), y: min(ya, yb), width: abs(xb - xa), height: abs(yb - ya))
            let v = m.values[i]
            let fill = v.flatMap { val in val.isFinite ? c.colors?.color(val) : nil } ?? m.missingColor
            rects.append(.path(.rect(r), fill: fill, stroke: nil))
            if let d = m.labelDecimals, let val = v, val.isFinite {
                // Relative luminance (sRGB coefficients, ITU-R BT.709) picks
                // black or white text for contrast.
                let lum = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
                var style = c.theme.annotation
                style.color = lum < 0.45 ? .white : .black
                texts.append(.text(TextItem(TickLabelFormatter.label(val, decimals: d), style: style, at: r.center,
                                            horizontal: .center, vertical: .middle)))
            }
        }
        if dropped > 0 { warnings.append("tiles: \(dropped) tile(s) with missing or off-scale positions not drawn") }
        return rects + texts
    }

    /// Distance in points from a slopegraph end point to its label.
    static let slopegraphLabelOffset = 10.0

    static func slopegraph(_ m: SlopegraphMark, _ c: PanelContext, warnings: inout [String]) -> [Primitive] {
        var lines: [Primitive] = []
        var left: [(y: Double, text: RichText)] = [], right: [(y: Double, text: RichText)] = []
        guard let xl = c.px(.category(m.leftCategory)), let xr = c.px(.category(m.rightCategory)) else {
            warnings.append("slopegraph: x must be a categorical scale holding \"\(m.leftCategory)\" and \"\(m.rightCategory)\"")
            return []
        }
        for item in m.items {
            guard let yl = c.py(.number(item.left)), let yr = c.py(.number(item.right)) else {
                warnings.append("slopegraph: \(item.label) has a missing or off-scale value; not drawn"); continue
            }
            let color = c.groupColor(item.group) ?? Color(hex: 0x555555)
            lines.append(.path(.polyline([Point(x: xl, y: yl), Point(x: xr, y: yr)]), fill: nil,
                               stroke: Stroke(color: color, width: c.theme.lineWidth, cap: .round)))
            lines.append(symbol(.circle, at: Point(x: xl, y: yl), size: 3, color: color, filled: true))
            lines.append(symbol(.circle, at: Point(x: xr, y: yr), size: 3, color: color, filled: true))
            let lv = m.valueDecimals.map { DecimalText.fixed(item.left, decimals: $0) }
            let rv = m.valueDecimals.map { DecimalText.fixed(item.right, decimals: $0) }
            left.append((yl, RichText(item.label + (lv.map { " " + TickLabelFormatter.withMinus($0) } ?? ""))))
            right.append((yr, RichText((rv.map { TickLabelFormatter.withMinus($0) + " " } ?? "") + item.label)))
        }
        let style = c.theme.annotation
        let h = c.measurer.measure("Ag", style: style).height
        var out = lines
        // Labels sit `slopegraphLabelOffset` away from the end points; a label that dodging
        // moved off its point's height is tied to it by a thin leader, so crowded ends stay
        // unambiguous.
        let offset = slopegraphLabelOffset
        for (side, xPoint, sign, align) in [(left, xl, -1.0, HorizontalAlignment.right), (right, xr, 1.0, .left)] {
            let ys = dodge(side.map(\.y), gap: h, lo: c.rect.minY + h / 2, hi: c.rect.maxY - h / 2)
            for (k, s) in side.enumerated() {
                if abs(ys[k] - s.y) > 0.75 {
                    out.append(.path(.polyline([Point(x: xPoint + sign * 2.5, y: s.y), Point(x: xPoint + sign * (offset - 2), y: ys[k])]),
                                     fill: nil, stroke: Stroke(color: Color(hex: 0x808080), width: 0.35, cap: .round)))
                }
                out.append(.text(TextItem(s.text, style: style, at: Point(x: xPoint + sign * offset, y: ys[k]),
                                          horizontal: align, vertical: .middle)))
            }
        }
        return out
    }

    /// Moves positions apart so neighbours are at least `gap` apart, staying
    /// within [lo, hi] when possible, moving each as little as it can
    /// (forward then backward sweep over the sorted order).
    static func dodge(_ ys: [Double], gap: Double, lo: Double, hi: Double) -> [Double] {
        let order = ys.indices.sorted { (ys[$0], $0) < (ys[$1], $1) }
        var v = order.map { ys[$0] }
        guard !v.isEmpty else { return [] }
        v[0] = max(v[0], lo)
        for i in 1..<v.count { v[i] = max(v[i], v[i - 1] + gap) }
        if let last = v.last, last > hi {
            v[v.count - 1] = hi
            for i in stride(from: v.count - 2, through: 0, by: -1) { v[i] = min(v[i], v[i + 1] - gap) }
        }
        var out = ys
        for (k, idx) in order.enumerated() { out[idx] = v[k] }
        return out
    }
}
