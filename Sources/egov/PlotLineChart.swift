// `egov plot line`: the chart, with facets (--facet, --free-y), legends in
// label order, colour × dash × shape for many groups, and style options.

import ArgumentParser
import EGovParadox
import Foundation

extension PlotLine {
    func runChart() throws {
        try output.checkOverwrite()
        let style = try font.style(axes: axes)
        let d = try PlotData(data, where: `where`)
        var warnings = d.notes
        let xs = try d.numeric(x, option: "--x"), ys = try d.numeric(y, option: "--y")
        let gs = try d.text(group, option: "--group")
        let fs = try facet.map { try d.text($0, option: "--facet") }
        let rows = 0..<d.table.rowCount
        let keep = { (i: Int) in xs[i] != nil && ys[i] != nil && gs[i] != nil && (fs == nil || fs?[i] != nil) }
        let dropped = rows.filter { !keep($0) }
        let what = facet.map { "\(x), \(y), \(group) or \($0)" } ?? "\(x), \(y) or \(group)"
        if let m = d.droppedMessage(dropped, what: what, label: gs) { warnings.append(m) }
        let used = rows.filter(keep)
        guard !used.isEmpty else { printError("no row has \(x), \(y) and \(group); check the columns and --where"); throw ExitCode(1) }
        let order = LabelOrder.sorted(used.compactMap { gs[$0] })
        guard order.count <= Self.maxGroups else {
            printError("--group \(group): \(order.count) groups; a line chart stays readable with up to \(Self.maxGroups): narrow it with --where, e.g. --where \"post_soviet == 1\"")
            throw ExitCode(64)
        }
        let palette = axes.palette.discrete(count: order.count)
        if order.count > palette.colors.count {
            warnings.append("\(order.count) groups: colours repeat after \(palette.colors.count); dashes and point shapes tell the groups apart")
        }
        let allX = used.compactMap { xs[$0] }, allY = used.compactMap { ys[$0] }
        try style.requirePositive(x: allX, y: allY, xName: x, yName: y)
        let facetLevels: [String?] = fs == nil ? [nil] : LabelOrder.sorted(used.compactMap { fs?[$0] })
        guard facetLevels.count <= FacetLimit.maximumPanels else {
            printError(FacetLimit.message(option: "--facet", column: facet ?? "", count: facetLevels.count))
            throw ExitCode(64)
        }
        var panels: [Panel] = []
        for lv in facetLevels {
            var lines: [LineSeries] = [], px: [PlotValue] = [], py: [PlotValue] = [], pg: [String] = []
            for g in order {
                let r = used.filter { gs[$0] == g && (lv == nil || fs?[$0] == lv) }
                guard !r.isEmpty else { continue }
                let sx = r.compactMap { xs[$0] }, sy = r.compactMap { ys[$0] }
                lines.append(LineSeries(x: sx, y: sy, group: g))
                px += sx.map { .number($0) }; py += sy.map { .number($0) }; pg += sx.map { _ in g }
            }
            panels.append(Panel(lv.map { RichText($0) }, layers: [.lines(LinesMark(series: lines, width: 0.75)),
                                                                  .points(PointsMark(x: px, y: py, groups: pg, size: 3.2))]))
        }
        let yScale: PositionScale? = reverseY ? .reversed : nil
        let chart = Chart(size: output.size, theme: .publication, title: output.title.map { RichText($0) },
                          x: Axis(RichText(xTitle ?? x), scale: wholeNumberScale(allX)), y: Axis(RichText(yTitle ?? y), scale: yScale),
                          groups: GroupScale(palette: palette, levels: order),
                          panels: panels, facetScales: freeY ? .freeY : .fixed)
        try output.write(style.apply(to: chart), warnings: warnings)
    }
}
