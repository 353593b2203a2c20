// The build: chart spec -> trained scales -> layout -> scene.

/// Builds a `Scene` from a `Chart`. Layout, top to bottom: margin, title,
/// subtitle, panels (with strips, tick labels, axis titles), caption; the
/// legend to the right (or below). Every text is measured with the injected
/// measurer, and space is reserved for it, so nothing is clipped at any size.
struct ChartBuilder {
    let chart: Chart
    let measurer: any TextMeasuring

    init(chart: Chart, measurer: some TextMeasuring) { self.chart = chart; self.measurer = measurer }

    struct PanelData {
        var x = AxisExtent(), y = AxisExtent()
    }

    // MARK: data collection

    static func extents(of layers: [Layer], groups: inout [String], colorValues: inout [Double]) -> PanelData {
        var d = PanelData()
        func group(_ g: String?) { if let g, !groups.contains(g) { groups.append(g) } }
        for layer in layers {
            switch layer {
            case .points(let m):
                m.x.forEach { d.x.add($0) }; m.y.forEach { d.y.add($0) }
                m.groups?.forEach(group)
                if m.groups == nil || m.color != nil { colorValues += (m.colorValues ?? []).filter(\.isFinite) }
            case .lines(let m):
                for s in m.series { s.x.forEach { d.x.add($0) }; s.y.forEach { d.y.add($0) }; group(s.group) }
            case .ribbon(let m):
                m.x.forEach { d.x.add(.number($0)) }; m.lower.forEach { d.y.add(.number($0)) }; m.upper.forEach { d.y.add(.number($0)) }
                group(m.group)
            case .reference(let m):
                switch m.line {
                case .horizontal(let v): d.y.add(.number(v))
                case .vertical(let v): d.x.add(.number(v))
                case .diagonal: break
                }
            case .text(let m):
                if case .data(let x, let y) = m.anchor { d.x.add(x); d.y.add(y) }
            case .intervals(let m):
                let values = (m.lower + m.upper + (m.estimate ?? [])).map { PlotValue.number($0) }
                if m.orientation == .horizontal { values.forEach { d.x.add($0) }; m.position.forEach { d.y.add($0) } }
                else { values.forEach { d.y.add($0) }; m.position.forEach { d.x.add($0) } }
                m.groups?.forEach(group)
            case .tiles(let m):
                for v in m.x { if case .number(let n) = v { d.x.add(.number(n - m.width / 2)); d.x.add(.number(n + m.width / 2)) } else { d.x.add(v) } }
                for v in m.y { if case .number(let n) = v { d.y.add(.number(n - m.height / 2)); d.y.add(.number(n + m.height / 2)) } else { d.y.add(v) } }
                d.x.hasTiles = true; d.y.hasTiles = true
                colorValues += m.values.compactMap { $0 }.filter(\.isFinite)
            case .slopegraph(let m):
                d.x.add(.category(m.leftCategory)); d.x.add(.category(m.rightCategory))
                for it in m.items { d.y.add(.number(it.left)); d.y.add(.number(it.right)); group(it.group) }
            case .labels(let m):
                m.x.forEach { d.x.add($0) }; m.y.forEach { d.y.add($0) }
            }
        }
        return d
    }

    // MARK: build

    func build() -> Scene {
        var warnings: [String] = []
        let theme = chart.theme
        let fig = chart.size.points
        let panels = chart.panels.isEmpty ? [Panel(layers: [])] : chart.panels
        let faceted = panels.count > 1

        var groupOrder: [String] = [], colorValues: [Double] = []
        let data = panels.map { Self.extents(of: $0.layers, groups: &groupOrder, colorValues: &colorValues) }
        var groups = chart.groups.levels ?? []
        for g in groupOrder where !groups.contains(g) { groups.append(g) }

        // Continuous colour mapping (tiles, colour-valued points).
        var mapping: ColorMapping? = nil
        if !colorValues.isEmpty || chart.colorScale.lower != nil {
            let cs = chart.colorScale
            var lo = cs.lower ?? colorValues.min() ?? 0, hi = cs.upper ?? colorValues.max() ?? 1
            if cs.map.isDiverging || cs.midpoint != nil {
                let mid = cs.midpoint ?? 0
                let half = max(abs(lo - mid), abs(hi - mid), 1e-12)
                lo = mid - half; hi = mid + half
            }
            if hi <= lo { lo -= 0.5; hi += 0.5 }
            mapping = ColorMapping(map: cs.map, lower: lo, upper: hi, reversed: cs.reversed)
        }

        // Scales: one per panel when free, the union otherwise.
        var allX = AxisExtent(), allY = AxisExtent()
        for d in data { allX.merge(d.x); allY.merge(d.y) }
        var xScaleSpec = chart.x.scale, yScaleSpec = chart.y.scale
        func trainAll(_ xs: PositionScale?, _ ys: PositionScale?, _ w: inout [String]) -> ([TrainedScale], [TrainedScale]) {
            let sharedX = ScaleTrainer.train(xs, extent: allX, axisName: "x", warnings: &w)
            let sharedY = ScaleTrainer.train(ys, extent: allY, axisName: "y", warnings: &w)
            var scratch: [String] = []
            let xsT = data.map { chart.facetScales.freeX ? ScaleTrainer.train(xs, extent: $0.x, axisName: "x", warnings: &scratch) : sharedX }
            let ysT = data.indices.map { i in
                chart.facetScales.freeY ? ScaleTrainer.train(panels[i].yScale ?? ys, extent: data[i].y, axisName: "y", warnings: &scratch) : sharedY
            }
            return (xsT, ysT)
        }
        var (xScales, yScales) = trainAll(xScaleSpec, yScaleSpec, &warnings)

        // Frame: margins, titles, caption.
        let outer = Rect(x: theme.margin.left, y: theme.margin.top,
                         width: fig.width - theme.margin.left - theme.margin.right,
                         height: fig.height - theme.margin.top - theme.margin.bottom)
        var items: [Primitive] = []
        var top = outer.minY, bottom = outer.maxY, left = outer.minX, right = outer.maxX
        func checkWidth(_ t: RichText, _ e: TextExtents, _ what: String) {
            if e.width > outer.width { warnings.append("\(what) \"\(t.plainText)\" is wider (\(Int(e.width.rounded())) pt) than the figure (\(Int(outer.width)) pt); shorten it or widen the figure") }
        }
        var titleItems: [Primitive] = []
        for (text, style, what) in [(chart.title, theme.title, "title"), (chart.subtitle, theme.subtitle, "subtitle")] {
            guard let t = text else { continue }
            let e = measurer.measure(t, style: style)
            checkWidth(t, e, what)
            titleItems.append(.text(TextItem(t, style: style, at: Point(x: outer.minX, y: top), horizontal: .left, vertical: .top)))
            top += e.height + 1
        }
        if !titleItems.isEmpty { top += theme.titleGap - 1; items.append(.group(role: "title", clip: nil, children: titleItems)) }
        if let cap = chart.caption {
            let e = measurer.measure(cap, style: theme.caption)
            checkWidth(cap, e, "caption")
            items.append(.group(role: "caption", clip: nil, children: [
                .text(TextItem(cap, style: theme.caption, at: Point(x: outer.minX, y: bottom), horizontal: .left, vertical: .bottom))]))
            bottom -= e.height + theme.titleGap
        }

        // Legends.
        var keys = Set<Guides.KeyKind>()
        for p in panels { for l in p.layers {
            switch l {
            case .points(let m) where m.groups != nil: keys.insert(.point)
            case .intervals(let m) where m.groups != nil: keys.insert(.point); keys.insert(.line)
            case .lines(let m) where m.series.contains { $0.group != nil }: keys.insert(.line)
            case .ribbon(let m) where m.group != nil: keys.insert(.band)
            case .slopegraph(let m) where m.items.contains { $0.group != nil }: keys.insert(.line)
            default: break
            }
        } }
        var legendBlocks: [GuideBlock] = []
        let horizontalLegend = theme.legendPosition == .bottom || theme.legendPosition == .top
        if theme.legendPosition != .none {
            if !groups.isEmpty && !keys.isEmpty {
                legendBlocks.append(Guides.discreteLegend(groups: groups, title: chart.groups.title, palette: chart.groups.palette,
                                                          shapes: chart.groups.shapes, keys: keys, horizontal: horizontalLegend,
                                                          maxWidth: outer.width, theme: theme, measurer: measurer))
            }
            if let m = mapping {
                legendBlocks.append(Guides.colorBar(mapping: m, title: chart.colorScale.title, format: chart.colorScale.format,
                                                    length: theme.colorBarLength, theme: theme, measurer: measurer))
            }
        }
        let legendGapBetween = 8.0
        var legendSize = Size(width: 0, height: 0)
        if !legendBlocks.isEmpty {
            if horizontalLegend {
                legendSize = Size(width: legendBlocks.map(\.size.width).reduce(0, +) + legendGapBetween * Double(legendBlocks.count - 1),
                                  height: legendBlocks.map(\.size.height).max() ?? 0)
                if theme.legendPosition == .bottom { bottom -= legendSize.height + theme.legendGap } else { top += legendSize.height + theme.legendGap }
            } else {
                legendSize = Size(width: legendBlocks.map(\.size.width).max() ?? 0,
                                  height: legendBlocks.map(\.size.height).reduce(0, +) + legendGapBetween * Double(legendBlocks.count - 1))
                right -= legendSize.width + theme.legendGap
            }
        }

        // Axis titles.
        let xTitleE = chart.x.title.map { measurer.measure($0, style: theme.axisTitle) }
        let yTitleE = chart.y.title.map { measurer.measure($0, style: theme.axisTitle) }
        if let e = xTitleE { bottom -= e.height + theme.axisTitleGap }
        if let e = yTitleE { left += e.height + theme.axisTitleGap }

        // Panel grid.
        let n = panels.count
        let ncol = max(1, min(n, chart.facetColumns ?? Int(Double(n).squareRoot().rounded(.up))))
        let nrow = (n + ncol - 1) / ncol
        let stripE = faceted ? measurer.measure("Ag", style: theme.stripText) : nil
        let stripH = stripE.map { $0.height + 4 } ?? 0
        let tickOut = max(theme.tickLength, 0)

        var panelRects: [Rect] = []
        var showXLabels: [Bool] = [], showYLabels: [Bool] = []
        for i in 0..<n {
            let r = i / ncol, c = i % ncol
            showXLabels.append(chart.facetScales.freeX || i + ncol >= n || r == nrow - 1)
            showYLabels.append(chart.facetScales.freeY || c == 0)
        }
        // Up to three passes: later passes use ticks re-chosen for the panel
        // size (fewer ticks when labels would touch) and room for slopegraph labels.
        for pass in 0..<3 {
            let yLabelW = yScales.flatMap(\.tickLabels).map { measurer.measure($0, style: theme.tickLabel).width }.max() ?? 0
            let xLabelH = xScales.flatMap(\.tickLabels).map { measurer.measure($0, style: theme.tickLabel).height }.max() ?? 0
            let leftAxis = tickOut + theme.tickLabelGap + yLabelW
            let bottomAxis = tickOut + theme.tickLabelGap + xLabelH
            // Half of the widest end label may stick out beyond the panel.
            let xOverhang = xScales.flatMap(\.tickLabels).map { measurer.measure($0, style: theme.tickLabel).width / 2 }.max() ?? 0
            let yOverhang = (yScales.flatMap(\.tickLabels).map { measurer.measure($0, style: theme.tickLabel).height / 2 }.max() ?? 0)
            let padRight = xOverhang, padTop = faceted ? 0 : yOverhang
            let freeYGaps = chart.facetScales.freeY ? leftAxis * Double(ncol - 1) : 0
            let freeXGaps = chart.facetScales.freeX ? bottomAxis * Double(nrow - 1) : 0
            var pw = (right - left - leftAxis - padRight - theme.panelSpacing * Double(ncol - 1) - freeYGaps) / Double(ncol)
            var ph = (bottom - top - padTop - bottomAxis - stripH * Double(nrow) - theme.panelSpacing * Double(nrow - 1) - freeXGaps) / Double(nrow)
            if pw < 10 || ph < 10 {
                if pass == 0 { warnings.append("the figure is too small for its text: panels are \(Int(max(pw, 0))) × \(Int(max(ph, 0))) pt; enlarge the figure or shorten labels") }
                pw = max(pw, 1); ph = max(ph, 1)
            }
            panelRects = (0..<n).map { i in
                let r = i / ncol, c = i % ncol
                let x = left + leftAxis + Double(c) * (pw + theme.panelSpacing + (chart.facetScales.freeY ? leftAxis : 0))
                let y = top + padTop + stripH + Double(r) * (ph + stripH + theme.panelSpacing + (chart.facetScales.freeX ? bottomAxis : 0))
                return Rect(x: x, y: y, width: pw, height: ph)
            }
            guard pass < 2 else { break }
            // Re-choose ticks: fewer when labels would overlap.
            var changed = false
            for axis in 0..<2 {
                let spec = axis == 0 ? xScaleSpec : yScaleSpec
                let trained = axis == 0 ? xScales : yScales
                guard case .continuous(var c)? = spec ?? (trained.first.map { s -> PositionScale? in
                    if case .continuous(let cc) = s.kind { return .continuous(cc) }; return nil } ?? nil), c.breaks == nil else { continue }
                var target = c.tickTarget
                while target > 2 {
                    let overlap = trained.indices.contains { i in
                        axis == 0 ? Guides.xLabelsOverlap(trained[i], panelWidth: pw, theme: theme, measurer: measurer)
                                  : Guides.yLabelsOverlap(trained[i], panelHeight: ph, theme: theme, measurer: measurer)
                    }
                    guard overlap else { break }
                    target -= 1
                    c.tickTarget = target
                    if axis == 0 { xScaleSpec = .continuous(c) } else { yScaleSpec = .continuous(c) }
                    var scratch: [String] = []
                    (xScales, yScales) = trainAll(xScaleSpec, yScaleSpec, &scratch)
                    changed = true
                    if axis == 0 { if !xScales.indices.contains(where: { Guides.xLabelsOverlap(xScales[$0], panelWidth: pw, theme: theme, measurer: measurer) }) { break } }
                    else { if !yScales.indices.contains(where: { Guides.yLabelsOverlap(yScales[$0], panelHeight: ph, theme: theme, measurer: measurer) }) { break } }
                }
            }
            // Room for slopegraph end labels: widen the categorical x expansion.
            if case .categorical(var cat) = xScaleSpec ?? (xScales.first.map { s -> PositionScale? in
                if case .categorical = s.kind { return .categorical(CategoricalScale()) }; return nil } ?? nil), cat.expansion == nil {
                var need = 0.0
                for p in panels { for l in p.layers { if case .slopegraph(let m) = l {
                    for it in m.items {
                        let lv = m.valueDecimals.map { " " + DecimalText.fixed(it.left, decimals: $0) } ?? ""
                        need = max(need, measurer.measure(RichText(it.label + lv), style: theme.annotation).width + MarkDrawing.slopegraphLabelOffset + 3)
                    }
                } } }
                if need > 0 {
                    let levels = Double(max(xScales.first.map { s -> Int in if case .categorical(let lv, _) = s.kind { return lv.count }; return 2 } ?? 2, 2))
                    // Expansion a (category units) so a·ppu ≥ need with ppu = pw / (levels − 1 + 2a).
                    let denom = pw - 2 * need
                    let a = denom > 1 ? max(0.6, need * (levels - 1) / denom) : 3
                    if denom <= 1 && pass == 0 { warnings.append("slopegraph: labels are too wide for the panel; they may overlap the lines") }
                    cat.expansion = Expansion(additive: a)
                    xScaleSpec = .categorical(cat)
                    var scratch: [String] = []
                    (xScales, yScales) = trainAll(xScaleSpec, yScaleSpec, &scratch)
                    changed = true
                }
            }
            if !changed { break }
        }

        // Panels.
        for (i, p) in panels.enumerated() {
            let rect = panelRects[i]
            var ctx = PanelContext(rect: rect, x: xScales[i], y: yScales[i], theme: theme, groups: groups,
                                   palette: chart.groups.palette, shapesOn: chart.groups.shapes, colors: mapping, measurer: measurer)
            ctx.obstacles = LabelObstacles(layers: p.layers, ctx)
            var children: [Primitive] = []
            if let bg = theme.panelBackground { children.append(.path(.rect(rect), fill: bg, stroke: nil)) }
            if let g = theme.majorGrid { children.append(contentsOf: Guides.grid(x: xScales[i], y: yScales[i], panel: rect, stroke: g)) }
            for layer in p.layers { children.append(contentsOf: MarkDrawing.draw(layer, ctx, warnings: &warnings)) }
            items.append(.group(role: "panel", clip: rect, children: children))
            if theme.frame == .border {
                items.append(.group(role: "frame", clip: nil, children: [.path(.rect(rect), fill: nil, stroke: theme.axisLine)]))
            }
            items.append(.group(role: "x-axis", clip: nil, children: Guides.xAxis(xScales[i], panel: rect, theme: theme, labels: showXLabels[i], measurer: measurer)))
            items.append(.group(role: "y-axis", clip: nil, children: Guides.yAxis(yScales[i], panel: rect, theme: theme, labels: showYLabels[i], measurer: measurer)))
            if faceted, let t = p.title {
                var strip: [Primitive] = []
                let sr = Rect(x: rect.minX, y: rect.minY - stripH, width: rect.width, height: stripH)
                if let bg = theme.stripBackground { strip.append(.path(.rect(sr), fill: bg, stroke: nil)) }
                strip.append(.text(TextItem(t, style: theme.stripText, at: sr.center, horizontal: .center, vertical: .middle)))
                if measurer.measure(t, style: theme.stripText).width > sr.width {
                    warnings.append("strip title \"\(t.plainText)\" is wider than its panel; shorten it or use fewer columns")
                }
                items.append(.group(role: "strip", clip: nil, children: strip))
            }
        }

        // Axis titles, centred on the panel grid.
        let gridMinX = panelRects.map(\.minX).min() ?? left, gridMaxX = panelRects.map(\.maxX).max() ?? right
        let gridMinY = panelRects.map(\.minY).min() ?? top, gridMaxY = panelRects.map(\.maxY).max() ?? bottom
        if let t = chart.x.title, let e = xTitleE {
            var cx = (gridMinX + gridMaxX) / 2
            if e.width > outer.width {
                warnings.append("x axis title \"\(t.plainText)\" is wider (\(Int(e.width.rounded())) pt) than the figure; shorten it or widen the figure")
            } else {
                cx = min(max(cx, outer.minX + e.width / 2), outer.maxX - e.width / 2)
            }
            items.append(.group(role: "x-title", clip: nil, children: [
                .text(TextItem(t, style: theme.axisTitle, at: Point(x: cx, y: bottom + theme.axisTitleGap),
                               horizontal: .center, vertical: .top))]))
        }
        if let t = chart.y.title, let e = yTitleE {
            // Centred on the panels, but kept between the title block and the
            // bottom of the plot area when it is longer than the panels.
            var cy = (gridMinY + gridMaxY) / 2
            let regionTop = top, regionBottom = bottom + (xTitleE.map { $0.height + theme.axisTitleGap } ?? 0)
            if e.width > regionBottom - regionTop {
                warnings.append("y axis title \"\(t.plainText)\" is longer (\(Int(e.width.rounded())) pt) than the plot is high; shorten it or enlarge the figure")
            } else {
                cy = min(max(cy, regionTop + e.width / 2), regionBottom - e.width / 2)
            }
            items.append(.group(role: "y-title", clip: nil, children: [
                .text(TextItem(t, style: theme.axisTitle, at: Point(x: left - theme.axisTitleGap - e.height, y: cy),
                               horizontal: .center, vertical: .top, rotation: 90))]))
        }

        // Legends.
        if !legendBlocks.isEmpty {
            var o: Point
            if horizontalLegend {
                let y = theme.legendPosition == .bottom ? outer.maxY - legendSize.height - (chart.caption.map { measurer.measure($0, style: theme.caption).height + theme.titleGap } ?? 0)
                                                        : top - legendSize.height - theme.legendGap
                // Centred under the panels, but never past the figure's right margin.
                o = Point(x: max(outer.minX, min((gridMinX + gridMaxX - legendSize.width) / 2, outer.maxX - legendSize.width)), y: y)
                for b in legendBlocks { items += b.draw(o); o.x += b.size.width + legendGapBetween }
            } else {
                o = Point(x: outer.maxX - legendSize.width, y: max(top, (gridMinY + gridMaxY - legendSize.height) / 2))
                for b in legendBlocks { items += b.draw(o); o.y += b.size.height + legendGapBetween }
            }
        }

        return Scene(size: fig, background: theme.figureBackground, items: items,
                     title: chart.title?.plainText ?? "", warnings: warnings)
    }
}
