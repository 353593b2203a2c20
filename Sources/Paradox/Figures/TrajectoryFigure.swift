// (c) One country's trajectory: EGDI rank and WGI percentiles across the editions.

import PanelData
import Plot

/// A country's published EGDI world rank at every edition (top panel, reversed:
/// rank 1 at the top) and its WGI percentile ranks with their 90% intervals at the
/// paired years (bottom panel): the outcome (Control of Corruption by default) and
/// Voice and Accountability. Two facets with their own y scales instead of a dual
/// y axis; points mark the editions.
public enum TrajectoryFigure {
    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        let iso = options.country.uppercased()
        guard panel.countries.contains(iso) else {
            let s = nearestNames(to: iso, in: panel.countries)
            throw .unknownCountry(options.country, suggestions: s)
        }
        guard options.outcome.isWGI else {
            throw .unsupportedOutcome(figure: .trajectory, outcome: options.outcome, allowed: GovernanceOutcome.wgiDimensions)
        }
        let dims: [GovernanceOutcome] = options.outcome == .wgiVA ? [.wgiVA] : [options.outcome, .wgiVA]
        let rankCol = try lift { () throws(ParadoxError) in try panel.column("egdi_rank") }
        var ex: [Double] = [], ranks: [Double] = []
        for e in panel.editions { if let r = panel.row(iso3: iso, year: e), let k = rankCol[r] { ex.append(Double(e)); ranks.append(k) } }
        guard ex.count >= 2 else { throw .insufficientData("trajectory: \(iso) has an EGDI rank in \(ex.count) edition(s); at least 2 needed") }
        var series: [LineSeries] = [], ribbons: [Layer] = [], px: [PlotValue] = [], py: [PlotValue] = [], pg: [String] = []
        var pairedYears: [Int] = []
        for d in dims {
            guard let pct = d.percentileVariable, let lo = d.percentileLowVariable, let hi = d.percentileHighVariable else { continue }
            let (c, l, h) = try lift { () throws(ParadoxError) in (try panel.column(pct), try panel.column(lo), try panel.column(hi)) }
            var x: [Double] = [], y: [Double] = [], bl: [Double] = [], bh: [Double] = []
            for e in panel.editions {
                let year = options.alignment.pairedYear(forEdition: e)
                guard let r = panel.row(iso3: iso, year: year), let v = c[r] else { continue }
                x.append(Double(e)); y.append(v); bl.append(l[r] ?? v); bh.append(h[r] ?? v)
                if !pairedYears.contains(year) { pairedYears.append(year) }
            }
            let g = FigureStyle.name(d)
            series.append(LineSeries(x: x, y: y, group: g))
            ribbons.append(.ribbon(RibbonMark(x: x, lower: bl, upper: bh, group: g, alpha: 0.15)))
            px += x.map { .number($0) }; py += y.map { .number($0) }; pg += x.map { _ in g }
        }
        let name = panel.name(of: iso)
        let first = Int(ex.first ?? 0), last = Int(ex.last ?? 0)  // checked: edition years passed ParadoxPanel.checkInput
        let rankPanel = Panel(RichText("EGDI world rank (1 = best)"), layers: [
            .lines(LinesMark(series: [LineSeries(x: ex, y: ranks, color: .black)], width: 0.75)),
            .points(PointsMark(x: ex.map { .number($0) }, y: ranks.map { .number($0) }, color: .black, size: 3.5)),
        ], yScale: .continuous(ContinuousScale(reversed: true, lower: 1, breaks: RankRankFigure.rankBreaks(ranks.max() ?? 1))))
        let govPanel = Panel(RichText("WGI percentile rank (0\u{2013}100)"), layers: ribbons + [
            .lines(LinesMark(series: series, width: 0.75)),
            .points(PointsMark(x: px, y: py, groups: pg, size: 3.5)),
        ], yScale: FigureStyle.percentileScale)
        let size = options.resolvedSize(.trajectory)
        let wide = size.width.millimetres >= 130
        let breaks = editionBreaks(panel.editions.filter { $0 >= first && $0 <= last }, wide: wide)
        let chart = Chart(size: size, theme: FigureStyle.theme,
                          x: Axis(RichText("UN E-Government Survey edition"), scale: .continuous(ContinuousScale(breaks: breaks))),
                          y: Axis(nil),
                          groups: GroupScale(palette: DiscretePalette(colors: [OkabeIto.vermillion, OkabeIto.blue], shapes: [.circle, .triangle]),
                                             levels: dims.map(FigureStyle.name)),
                          panels: [rankPanel, govPanel], facetColumns: wide ? 2 : 1, facetScales: .freeY)
        let years = pairedYears.sorted()
        let caption = "\(name): published EGDI world rank in each UN E-Government Survey edition \(first)\u{2013}\(last) (top; 1 = best) "
            + "and World Bank WGI (2024 update) percentile ranks of \(FigureStyle.list(dims.map(FigureStyle.name))) (bottom; lines with points, "
            + "shaded: WGI's 90% interval of the percentile rank). Each edition Y is plotted with WGI of year "
            + "\(options.alignment == .dataYear ? "Y\u{2212}1" : "Y") (\(options.alignment.rule)); WGI years used: \(years.first.map(String.init) ?? "none")\u{2013}\(years.last.map(String.init) ?? "none")"
            + (options.alignment == .dataYear && panel.editions.contains(2003) ? " (WGI was not published for 2001, so the 2003 edition uses 2002)" : "")
            + ". N = \(ex.count) editions. Descriptive series, no estimation."
        return ParadoxFigure(kind: .trajectory, chart: chart, caption: caption, warnings: [])
    }

    /// Edition ticks that do not crowd: every edition at 175 mm when few, else a subset.
    static func editionBreaks(_ editions: [Int], wide: Bool) -> [Double] {
        let pick = wide ? [2003, 2008, 2012, 2016, 2020, 2024] : [2004, 2010, 2016, 2022]
        let inRange = pick.filter { p in editions.contains(p) }
        return (inRange.isEmpty ? editions : inRange).map(Double.init)
    }
}
