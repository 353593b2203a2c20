// Guides: axes (ticks, labels), discrete legends and colour bars.

/// A laid-out block (legend, colour bar) that can be drawn at any origin.
struct GuideBlock {
    var size: Size
    var draw: (Point) -> [Primitive]
}

enum Guides {
    /// Tick marks, tick labels and the axis line of the bottom (x) axis.
    static func xAxis(_ s: TrainedScale, panel: Rect, theme: Theme, labels: Bool, measurer: any TextMeasuring) -> [Primitive] {
        var out: [Primitive] = []
        let y0 = panel.maxY
        if theme.frame == .lShaped {
            out.append(.path(.polyline([Point(x: panel.minX, y: y0), Point(x: panel.maxX, y: y0)]), fill: nil, stroke: theme.axisLine))
        }
        for (t, label) in zip(s.ticks, s.tickLabels) {
            guard let u = s.scaleUnits(t) else { continue }
            let x = s.mapX(units: u, in: panel)
            if theme.tickLength != 0 {
                out.append(.path(.polyline([Point(x: x, y: y0), Point(x: x, y: y0 + theme.tickLength)]), fill: nil, stroke: theme.tick))
            }
            if labels {
                out.append(.text(TextItem(label, style: theme.tickLabel, at: Point(x: x, y: y0 + max(theme.tickLength, 0) + theme.tickLabelGap),
                                          horizontal: .center, vertical: .top)))
            }
        }
        return out
    }

    /// Tick marks, tick labels and the axis line of the left (y) axis.
    static func yAxis(_ s: TrainedScale, panel: Rect, theme: Theme, labels: Bool, measurer: any TextMeasuring) -> [Primitive] {
        var out: [Primitive] = []
        let x0 = panel.minX
        if theme.frame == .lShaped {
            out.append(.path(.polyline([Point(x: x0, y: panel.minY), Point(x: x0, y: panel.maxY)]), fill: nil, stroke: theme.axisLine))
        }
        for (t, label) in zip(s.ticks, s.tickLabels) {
            guard let u = s.scaleUnits(t) else { continue }
            let y = s.mapY(units: u, in: panel)
            if theme.tickLength != 0 {
                out.append(.path(.polyline([Point(x: x0, y: y), Point(x: x0 - theme.tickLength, y: y)]), fill: nil, stroke: theme.tick))
            }
            if labels {
                out.append(.text(TextItem(label, style: theme.tickLabel, at: Point(x: x0 - max(theme.tickLength, 0) - theme.tickLabelGap, y: y),
                                          horizontal: .right, vertical: .middle)))
            }
        }
        return out
    }

    /// Major grid lines at the ticks (drawn under the data).
    static func grid(x: TrainedScale, y: TrainedScale, panel: Rect, stroke: Stroke) -> [Primitive] {
        var out: [Primitive] = []
        for t in x.ticks { if let u = x.scaleUnits(t) { let px = x.mapX(units: u, in: panel)
            out.append(.path(.polyline([Point(x: px, y: panel.minY), Point(x: px, y: panel.maxY)]), fill: nil, stroke: stroke)) } }
        for t in y.ticks { if let u = y.scaleUnits(t) { let py = y.mapY(units: u, in: panel)
            out.append(.path(.polyline([Point(x: panel.minX, y: py), Point(x: panel.maxX, y: py)]), fill: nil, stroke: stroke)) } }
        return out
    }

    /// True when neighbouring x tick labels would overlap (or come closer than `gap`).
    static func xLabelsOverlap(_ s: TrainedScale, panelWidth: Double, theme: Theme, measurer: any TextMeasuring, gap: Double = 3) -> Bool {
        let panel = Rect(x: 0, y: 0, width: panelWidth, height: 1)
        var prevMax = -Double.infinity
        let items = zip(s.ticks, s.tickLabels).compactMap { t, l -> (Double, Double)? in
            guard let u = s.scaleUnits(t) else { return nil }
            return (s.mapX(units: u, in: panel), measurer.measure(l, style: theme.tickLabel).width)
        }.sorted { $0.0 < $1.0 }
        for (x, w) in items {
            if x - w / 2 < prevMax + gap { return true }
            prevMax = x + w / 2
        }
        return false
    }

    static func yLabelsOverlap(_ s: TrainedScale, panelHeight: Double, theme: Theme, measurer: any TextMeasuring, gap: Double = 1) -> Bool {
        let panel = Rect(x: 0, y: 0, width: 1, height: panelHeight)
        let items = zip(s.ticks, s.tickLabels).compactMap { t, l -> (Double, Double)? in
            guard let u = s.scaleUnits(t) else { return nil }
            return (s.mapY(units: u, in: panel), measurer.measure(l, style: theme.tickLabel).height)
        }.sorted { $0.0 < $1.0 }
        var prevMax = -Double.infinity
        for (y, h) in items {
            if y - h / 2 < prevMax + gap { return true }
            prevMax = y + h / 2
        }
        return false
    }

    enum KeyKind { case point, line, band }

    /// A discrete legend: optional title, then one row per group with a key
    /// (colour + shape, or a line) and its label. `horizontal` lays the rows
    /// out side by side (bottom/top legends).
    /// A horizontal legend wider than `maxWidth` wraps onto further rows
    /// (entries packed greedily in order) instead of running off the figure.
    static func discreteLegend(groups: [String], title: RichText?, palette: DiscretePalette, shapes: Bool,
                               keys: Set<KeyKind>, horizontal: Bool, maxWidth: Double = .infinity,
                               theme: Theme, measurer: any TextMeasuring) -> GuideBlock {
        let k = theme.legendKeySize, gap = 3.0, rowGap = 1.5
        let titleE = title.map { measurer.measure($0, style: theme.legendTitle) }
        let labelE = groups.map { measurer.measure(RichText($0), style: theme.legendLabel) }
        let rowH = max(k, labelE.map(\.height).max() ?? 0)
        let entryW = labelE.map { k + gap + $0.width }
        var w: Double, h: Double
        let titleH = titleE.map { $0.height + 2 } ?? 0
        // Row of each entry (horizontal layout): a new row when the next entry would pass maxWidth.
        var row = [Int](repeating: 0, count: groups.count), rowWidths: [Double] = [0]
        if horizontal {
            for i in groups.indices {
                let add = (rowWidths[rowWidths.count - 1] > 0 ? 8 : 0) + entryW[i]
                if rowWidths[rowWidths.count - 1] > 0 && rowWidths[rowWidths.count - 1] + add > maxWidth {
                    rowWidths.append(entryW[i])
                } else {
                    rowWidths[rowWidths.count - 1] += add
                }
                row[i] = rowWidths.count - 1
            }
            let rows = Double(rowWidths.count)
            w = max(rowWidths.max() ?? 0, titleE?.width ?? 0); h = titleH + rows * rowH + (rows - 1) * rowGap
        } else {
            w = max(entryW.max() ?? 0, titleE?.width ?? 0)
            h = titleH + Double(groups.count) * rowH + Double(max(groups.count - 1, 0)) * rowGap
        }
        let draw: (Point) -> [Primitive] = { o in
            var out: [Primitive] = []
            if let t = title { out.append(.text(TextItem(t, style: theme.legendTitle, at: o, horizontal: .left, vertical: .top))) }
            var x = o.x, y = o.y + titleH
            for (i, g) in groups.enumerated() {
                let color = palette.color(i)
                let cy = y + rowH / 2
                let key = Rect(x: x, y: cy - k / 2, width: k, height: k)
                if keys.contains(.band) { out.append(.path(.rect(key), fill: color.withAlpha(0.25), stroke: nil)) }
                if keys.contains(.line) {
                    out.append(.path(.polyline([Point(x: key.minX, y: cy), Point(x: key.maxX, y: cy)]), fill: nil,
                                     stroke: Stroke(color: color, width: theme.lineWidth, dash: palette.dash(i), cap: .round)))
                }
                if keys.contains(.point) {
                    out.append(MarkDrawing.symbol(shapes ? palette.shape(i) : .circle, at: key.center,
                                                  size: min(theme.pointSize, k), color: color, filled: true))
                }
                out.append(.text(TextItem(RichText(g), style: theme.legendLabel, at: Point(x: key.maxX + gap, y: cy),
                                          horizontal: .left, vertical: .middle)))
                if horizontal {
                    if i + 1 < groups.count && row[i + 1] != row[i] { x = o.x; y += rowH + rowGap } else { x += entryW[i] + 8 }
                } else { y += rowH + rowGap }
            }
            return [.group(role: "legend", clip: nil, children: out)]
        }
        return GuideBlock(size: Size(width: w, height: h), draw: draw)
    }

    /// A vertical colour bar: title, a bar of 64 strips (renderers need no
    /// gradients), ticks and labels to the right; high values at the top.
    static func colorBar(mapping: ColorMapping, title: RichText?, format: NumberFormat, length: Double,
                         theme: Theme, measurer: any TextMeasuring) -> GuideBlock {
        let ticks = ExtendedTicks().ticks(from: mapping.lower, to: mapping.upper, target: 4)
            .filter { $0 >= mapping.lower - 1e-9 * (mapping.upper - mapping.lower) && $0 <= mapping.upper + 1e-9 * (mapping.upper - mapping.lower) }
        let labels = TickLabelFormatter.labels(for: ticks, format: format)
        let labelE = labels.map { measurer.measure($0, style: theme.tickLabel) }
        let titleE = title.map { measurer.measure($0, style: theme.legendTitle) }
        let titleH = titleE.map { $0.height + 3 } ?? 0
        let halfLabel = (labelE.map(\.height).max() ?? 0) / 2
        let bw = theme.colorBarWidth
        let w = max(bw + 2 + theme.tickLabelGap + (labelE.map(\.width).max() ?? 0), titleE?.width ?? 0)
        let h = titleH + halfLabel + length + halfLabel
        let draw: (Point) -> [Primitive] = { o in
            var out: [Primitive] = []
            if let t = title { out.append(.text(TextItem(t, style: theme.legendTitle, at: o, horizontal: .left, vertical: .top))) }
            let top = o.y + titleH + halfLabel
            let n = 64
            var strips: [Primitive] = []
            for i in 0..<n {
                let f0 = Double(i) / Double(n), f1 = Double(i + 1) / Double(n)
                let v = mapping.lower + (f0 + f1) / 2 * (mapping.upper - mapping.lower)
                // Strips overlap by 0.01 pt so anti-aliasing leaves no seams.
                let r = Rect(x: o.x, y: top + length * (1 - f1), width: bw, height: length * (f1 - f0) + (i == n - 1 ? 0 : 0.01))
                strips.append(.path(.rect(r), fill: mapping.color(v), stroke: nil))
            }
            out.append(.group(role: "colorbar-bar", clip: nil, children: strips))
            for (t, l) in zip(ticks, labels) {
                let f = mapping.upper > mapping.lower ? (t - mapping.lower) / (mapping.upper - mapping.lower) : 0.5
                let y = top + length * (1 - f)
                out.append(.path(.polyline([Point(x: o.x + bw, y: y), Point(x: o.x + bw + 2, y: y)]), fill: nil,
                                 stroke: theme.tick))
                out.append(.text(TextItem(l, style: theme.tickLabel, at: Point(x: o.x + bw + 2 + theme.tickLabelGap, y: y),
                                          horizontal: .left, vertical: .middle)))
            }
            return [.group(role: "colorbar", clip: nil, children: out)]
        }
        return GuideBlock(size: Size(width: w, height: h), draw: draw)
    }
}
