// Layout and drawing of a ChoroplethMap: map frame, countries, markers,
// labels, colour bar with a "No data" key, notes.

struct MapBuilder<M: TextMeasuring> {
    let map: ChoroplethMap
    let measurer: M

    /// Height of the horizontal colour bar.
    static var barHeight: Double { 6 }

    func build() -> Scene {
        let theme = map.theme
        let page = map.size.points
        let m = theme.margin
        var items: [Primitive] = []
        var top = m.top
        if let t = map.title {
            items.append(.text(TextItem(t, style: theme.title, at: Point(x: m.left, y: top), horizontal: .left, vertical: .top)))
            top += measurer.measure(t, style: theme.title).height + theme.titleGap
        }
        let contentWidth = page.width - m.left - m.right
        let noteLines = map.notes.flatMap { wrap($0, width: contentWidth, style: theme.caption) }
        let noteLineHeight = measurer.measure("Ag", style: theme.caption).height
        let notesHeight = noteLines.isEmpty ? 0 : Double(noteLines.count) * noteLineHeight + theme.titleGap
        let mapping = map.colorMapping()
        let legend = legendBlock(mapping)
        let bottom = page.height - m.bottom - notesHeight - legend.height - theme.legendGap
        let plane = map.planeFrame()
        let available = Rect(x: m.left, y: top, width: contentWidth, height: max(bottom - top, 1))
        let scale = min(available.width / plane.width, available.height / plane.height)
        let frame = Rect(x: available.minX + (available.width - plane.width * scale) / 2, y: available.minY,
                         width: plane.width * scale, height: plane.height * scale)
        let toPage: (Point) -> Point = { p in
            Point(x: frame.minX + (p.x - plane.minX) * scale, y: frame.minY + (plane.maxY - p.y) * scale)
        }
        let project: (Point) -> Point = { g in toPage(map.projection.project(longitude: g.x, latitude: g.y)) }
        let l0 = map.projection.centralMeridian
        let geoClip = map.geographicClip

        var countries: [Primitive] = []
        var labels: [Primitive] = []
        for f in map.features {
            var rings: [[Point]] = []
            for ring in f.rings {
                let g = MapGeometry.clip(MapGeometry.shifted(ring, centralMeridian: l0), to: geoClip)
                guard !g.isEmpty else { continue }
                let r = MapGeometry.clip(g.map(project), to: frame)
                if !r.isEmpty { rings.append(r) }
            }
            let area = abs(rings.reduce(0) { $0 + MapGeometry.signedDoubleArea($1) }) / 2
            let fill = f.value.map { map.fill($0, mapping) } ?? map.missingColor
            var children: [Primitive] = []
            if !rings.isEmpty {
                var path = Path()
                for r in rings {
                    for (i, p) in r.enumerated() { if i == 0 { path.move(to: p) } else { path.line(to: p) } }
                    path.close()
                }
                children.append(.path(path, fill: fill, stroke: Stroke(color: .white, width: 0.25, join: .round)))
            }
            if f.value != nil, area < map.tinyArea, let marker = f.marker {
                let shifted = MapGeometry.shifted([marker], centralMeridian: l0)[0]
                if geoClip.contains(shifted) {
                    let c = project(shifted)
                    if frame.insetBy(2).contains(c) {
                        children.append(.path(.circle(center: c, radius: 1.6), fill: fill,
                                              stroke: Stroke(color: Color(hex: 0x333333), width: 0.3)))
                    }
                }
            }
            guard !children.isEmpty else { continue }
            countries.append(.group(role: "#country-\(f.code)", clip: nil, children: children))
            if let text = f.label, let at = f.labelPosition {
                let c = project(MapGeometry.shifted([at], centralMeridian: l0)[0])
                if frame.contains(c) {
                    var style = theme.annotation
                    style.size = min(style.size, 6)
                    let rich = RichText(text)
                    if let anchor = f.labelAnchor {
                        // Beside the country: a leader line to it and a white box behind the text.
                        let a = project(MapGeometry.shifted([anchor], centralMeridian: l0)[0])
                        let e = measurer.measure(rich, style: style)
                        let box = Rect(x: c.x - e.width / 2 - 1, y: c.y - e.height / 2 - 0.5, width: e.width + 2, height: e.height + 1)
                        labels.append(.path(.polyline([closestPoint(on: box, to: a), a]), fill: nil,
                                            stroke: Stroke(color: Color(hex: 0x222222), width: 0.4)))
                        labels.append(.path(.circle(center: a, radius: 0.6), fill: Color(hex: 0x222222), stroke: nil))
                        labels.append(.path(.rect(box), fill: Color.white.withAlpha(0.85), stroke: nil))
                        style.color = .black
                    } else {
                        style.color = luminance(fill) < 0.4 ? .white : .black
                    }
                    labels.append(.text(TextItem(rich, style: style, at: c, horizontal: .center, vertical: .middle)))
                }
            }
        }
        items.append(.group(role: "map", clip: nil, children: countries))
        if !labels.isEmpty { items.append(.group(role: "map-labels", clip: nil, children: labels)) }
        if map.region != .world {
            items.append(.path(.rect(frame), fill: nil, stroke: Stroke(color: theme.axisLine.color, width: 0.5)))
        }
        let legendOrigin = Point(x: frame.minX, y: frame.maxY + theme.legendGap)
        items += legend.draw(legendOrigin)
        var y = legendOrigin.y + legend.height + theme.titleGap
        var notes: [Primitive] = []
        for line in noteLines {
            notes.append(.text(TextItem(RichText(line), style: theme.caption, at: Point(x: m.left, y: y), horizontal: .left, vertical: .top)))
            y += noteLineHeight
        }
        if !notes.isEmpty { items.append(.group(role: "notes", clip: nil, children: notes)) }
        return Scene(size: page, background: theme.figureBackground, items: items, title: map.title?.plainText ?? "")
    }

    func naturalHeight() -> Double {
        let theme = map.theme
        let m = theme.margin
        let width = map.size.points.width - m.left - m.right
        let plane = map.planeFrame()
        var h = m.top + m.bottom + width * plane.height / plane.width + theme.legendGap + legendBlock(map.colorMapping()).height
        if let t = map.title { h += measurer.measure(t, style: theme.title).height + theme.titleGap }
        let lines = map.notes.flatMap { wrap($0, width: width, style: theme.caption) }
        if !lines.isEmpty { h += Double(lines.count) * measurer.measure("Ag", style: theme.caption).height + theme.titleGap }
        return h.rounded(.up)
    }

    /// The point of `r`'s outline nearest to `p` (where a leader line leaves a label box).
    func closestPoint(on r: Rect, to p: Point) -> Point {
        Point(x: min(max(p.x, r.minX), r.maxX), y: min(max(p.y, r.minY), r.maxY))
    }

    /// Relative luminance (sRGB, Rec. 709 weights on the gamma-encoded values; enough to pick black or white text).
    func luminance(_ c: Color) -> Double { 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue }

    struct Block { var height: Double; var draw: (Point) -> [Primitive] }

    /// Title, then a horizontal bar of 64 strips with ticks and labels under it,
    /// then a grey key named `missingLabel` to its right.
    func legendBlock(_ mapping: ColorMapping) -> Block {
        let theme = map.theme
        let ticks = ExtendedTicks().ticks(from: mapping.lower, to: mapping.upper, target: 5)
            .filter { $0 >= mapping.lower - 1e-9 * (mapping.upper - mapping.lower) && $0 <= mapping.upper + 1e-9 * (mapping.upper - mapping.lower) }
        let labels = TickLabelFormatter.labels(for: ticks, format: map.format)
        let labelH = labels.map { measurer.measure($0, style: theme.tickLabel).height }.max() ?? 0
        let titleH = map.legendTitle.map { measurer.measure($0, style: theme.legendTitle).height + 2 } ?? 0
        let barH = Self.barHeight
        let length = min(max(map.size.points.width * 0.4, 100), 220)
        let height = titleH + barH + 2 + theme.tickLabelGap + labelH
        let missingLabel = RichText(map.missingLabel)
        let draw: (Point) -> [Primitive] = { o in
            var out: [Primitive] = []
            if let t = map.legendTitle {
                out.append(.text(TextItem(t, style: theme.legendTitle, at: o, horizontal: .left, vertical: .top)))
            }
            let barTop = o.y + titleH
            var strips: [Primitive] = []
            let n = 64
            for i in 0..<n {
                let f0 = Double(i) / Double(n), f1 = Double(i + 1) / Double(n)
                let v = mapping.lower + (f0 + f1) / 2 * (mapping.upper - mapping.lower)
                // Strips overlap the next by 0.5 pt so that anti-aliased PNGs show no seams.
                let r = Rect(x: o.x + length * f0, y: barTop, width: length * (f1 - f0) + (i == n - 1 ? 0 : 0.5), height: barH)
                strips.append(.path(.rect(r), fill: mapping.color(v), stroke: nil))
            }
            if let classes = map.classes {
                // A stepped legend: one equal box per class, the breaks between them,
                // moved right so that the first break's label stays inside the figure.
                strips = []
                let k = Double(classes.count)
                let breakLabels = TickLabelFormatter.labels(for: classes.breaks, format: map.format)
                let inset = (breakLabels.first.map { measurer.measure($0, style: theme.tickLabel).width / 2 } ?? 0)
                let o = Point(x: o.x + inset, y: o.y)
                for i in 0..<classes.count {
                    let r = Rect(x: o.x + length * Double(i) / k, y: barTop, width: length / k, height: barH)
                    strips.append(.path(.rect(r), fill: classes.color(ofClass: i, mapping: mapping), stroke: Stroke(color: .white, width: 0.5)))
                }
                out.append(.group(role: "colorbar-bar", clip: nil, children: strips))
                for (i, l) in breakLabels.enumerated() {
                    let x = o.x + length * Double(i) / k
                    out.append(.path(.polyline([Point(x: x, y: barTop + barH), Point(x: x, y: barTop + barH + 2)]), fill: nil, stroke: theme.tick))
                    out.append(.text(TextItem(l, style: theme.tickLabel, at: Point(x: x, y: barTop + barH + 2 + theme.tickLabelGap),
                                              horizontal: .center, vertical: .top)))
                }
            } else {
            out.append(.group(role: "colorbar-bar", clip: nil, children: strips))
            for (t, l) in zip(ticks, labels) {
                let f = mapping.upper > mapping.lower ? (t - mapping.lower) / (mapping.upper - mapping.lower) : 0.5
                let x = o.x + length * f
                out.append(.path(.polyline([Point(x: x, y: barTop + barH), Point(x: x, y: barTop + barH + 2)]), fill: nil, stroke: theme.tick))
                out.append(.text(TextItem(l, style: theme.tickLabel, at: Point(x: x, y: barTop + barH + 2 + theme.tickLabelGap),
                                          horizontal: .center, vertical: .top)))
            }
            }
            let keyX = o.x + length + 16
            let key = Rect(x: keyX, y: barTop, width: 9, height: barH)
            out.append(.path(.rect(key), fill: map.missingColor, stroke: nil))
            out.append(.text(TextItem(missingLabel, style: theme.legendLabel, at: Point(x: key.maxX + 3, y: key.center.y),
                                      horizontal: .left, vertical: .middle)))
            return [.group(role: "legend", clip: nil, children: out)]
        }
        return Block(height: height, draw: draw)
    }

    /// Greedy word wrap of `text` into lines no wider than `width`.
    func wrap(_ text: String, width: Double, style: TextStyle) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || measurer.measure(RichText(candidate), style: style).width <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
