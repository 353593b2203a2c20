// `egov plot scatter`: the chart, with facets (--facet, --free-y), style
// options and --annotate.

import ArgumentParser
import EGovParadox
import Foundation

extension PlotScatter {
    func runChart() throws {
        try output.checkOverwrite()
        let style = try font.style(axes: axes)
        let d = try PlotData(data, where: `where`)
        var warnings = d.notes
        let xs = try d.numeric(x, option: "--x"), ys = try d.numeric(y, option: "--y")
        let labels = try label.map { try d.text($0, option: "--label") }
        let fs = try facet.map { try d.text($0, option: "--facet") }
        var hl: [Bool]? = nil
        if let highlight {
            do { hl = try RowFilter.parse(highlight).evaluate(on: d.table) } catch {
                printError("--highlight: \(error)")
                throw ExitCode(64)
            }
        }
        // Listwise deletion, reported.
        let keep = { (i: Int) in xs[i] != nil && ys[i] != nil && (fs == nil || fs?[i] != nil) }
        let complete = (0..<d.table.rowCount).filter(keep)
        let dropped = (0..<d.table.rowCount).filter { !keep($0) }
        let what = facet.map { "\(x), \(y) or \($0)" } ?? "\(x) or \(y)"
        if let m = d.droppedMessage(dropped, what: what, label: labels) { warnings.append(m) }
        guard !complete.isEmpty else {
            printError("no row has both \(x) and \(y); check the columns and --where")
            throw ExitCode(1)
        }
        let px = complete.compactMap { xs[$0] }, py = complete.compactMap { ys[$0] }
        try style.requirePositive(x: px, y: py, xName: x, yName: y)
        let isHL = complete.map { hl?[$0] ?? false }
        let groupName = highlightName ?? highlight ?? ""
        let grey = Color(hex: 0x9A9A9A), accent = axes.palette.accent
        let hasHL = hl != nil

        /// The layers of one panel: the rows `idx` (indices into `complete`).
        func layers(_ idx: [Int], panel: String?) throws -> [Layer] {
            let qx = idx.map { px[$0] }, qy = idx.map { py[$0] }
            var layers: [Layer] = []
            var annotation: RichText? = nil
            if fit == .ols {
                do {
                    let grid = FitBand.grid(from: qx.min() ?? 0, to: qx.max() ?? 1, count: 101)
                    let fb = try FitBand.ols(x: qx, y: qy, at: grid, level: band > 0 ? band : 0.95)
                    if band > 0 {
                        layers.append(.ribbon(RibbonMark(x: grid, lower: fb.lower, upper: fb.upper, color: Color(hex: 0x000000), alpha: 0.12)))
                    }
                    layers.append(.lines(LinesMark(series: [LineSeries(x: grid, y: fb.fit, color: .black)], width: 0.75)))
                } catch {
                    guard let panel else {
                        printError(error.description)
                        throw ExitCode(1)
                    }
                    warnings.append("--facet \(facet ?? ""): no fit line in panel \(panel): \(error.description)")
                }
                if annotate == .auto, let r = pearson(qx, qy) {
                    annotation = RichText([TextRun("r", italic: true), TextRun(" = \(figureNumber(r, decimals: 2)), "),
                                           TextRun("n", italic: true), TextRun(" = \(qx.count)")])
                }
            }
            let other = idx.filter { !isHL[$0] }, high = idx.filter { isHL[$0] }
            layers.append(.points(PointsMark(x: other.map { .number(px[$0]) }, y: other.map { .number(py[$0]) },
                                             groups: hasHL ? other.map { _ in "Other" } : nil,
                                             color: hasHL ? nil : Color(hex: 0x4D4D4D), size: 3.2, alpha: hasHL ? 0.75 : 0.8)))
            if hasHL {
                layers.append(.points(PointsMark(x: high.map { .number(px[$0]) }, y: high.map { .number(py[$0]) },
                                                 groups: high.map { _ in groupName }, size: 3.6)))
            }
            if let labels {
                layers.append(.labels(LabelMark(x: qx.map { .number($0) }, y: qy.map { .number($0) },
                                                labels: idx.map { labels[complete[$0]] ?? "" },
                                                highlight: hasHL ? idx.map { isHL[$0] } : nil)))
            }
            if let annotation {
                // The empty corner: top left for a rising cloud, top right for a falling one.
                let rising = (pearson(qx, qy) ?? 0) >= 0
                layers.append(.text(TextMark(annotation, at: .panel(x: rising ? 0.02 : 0.98, y: 0.02),
                                             horizontal: rising ? .left : .right, vertical: .top)))
            }
            return layers
        }

        var panels: [Panel] = []
        if let fs {
            let facetOf = complete.map { fs[$0] ?? "" }
            let levels = LabelOrder.sorted(facetOf)
            guard levels.count <= FacetLimit.maximumPanels else {
                printError(FacetLimit.message(option: "--facet", column: facet ?? "", count: levels.count))
                throw ExitCode(64)
            }
            for lv in levels {
                panels.append(Panel(RichText(lv), layers: try layers(complete.indices.filter { facetOf[$0] == lv }, panel: lv)))
            }
        } else {
            panels = [Panel(layers: try layers(Array(complete.indices), panel: nil))]
        }
        var theme = Theme.publication
        theme.legendPosition = .bottom
        let chart = Chart(size: output.size, theme: theme, title: output.title.map { RichText($0) },
                          x: Axis(RichText(xTitle ?? x), scale: wholeNumberScale(px)), y: Axis(RichText(yTitle ?? y), scale: wholeNumberScale(py)),
                          groups: GroupScale(palette: DiscretePalette(colors: [accent, grey], shapes: [.circle, .circle]),
                                             levels: [groupName, "Other"], shapes: false),
                          panels: panels, facetScales: freeY ? .freeY : .fixed)
        try output.write(style.apply(to: chart), warnings: warnings)
    }
}

/// How many facet panels a figure may have.
enum FacetLimit {
    static let maximumPanels = 30
    static func message(option: String, column: String, count: Int) -> String {
        "\(option) \(column): \(count) groups make \(count) panels; a figure stays readable with up to \(maximumPanels): "
            + "narrow it with --where or facet by a coarser column (e.g. subregion)"
    }
}
