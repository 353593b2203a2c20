// (d) Small multiples: EGDI and governance percentiles over time, one panel per state.

import Plot

/// For each of the 15 post-Soviet states (ordered by subregion, west to east), the
/// EGDI percentile in every edition and the governance percentile at the paired
/// years, on shared 0–100 scales in a 5 × 3 facet wrap. The EGDI percentile is
/// WGI's definition, 100·(assessed countries with a lower EGDI)/(N − 1)
/// (`PercentileRank`), so the two lines are on one scale; the distance between
/// them is the rank gap.
public enum SmallMultiplesFigure {
    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        let o = options.outcome
        let govName = FigureStyle.name(o)
        let egdiLabel = "EGDI"
        var egdiPct: [Int: [String: Double]] = [:], govPct: [Int: [String: Double]] = [:]
        var usedGovYears: [Int] = []
        for e in panel.editions {
            egdiPct[e] = try lift { () throws(ParadoxError) in try panel.percentiles(of: "egdi", year: e) }
            let year = options.alignment.pairedYear(forEdition: e)
            if let v = o.percentileVariable {
                let col = try lift { () throws(ParadoxError) in try panel.column(v) }
                var d: [String: Double] = [:]
                for iso in FigureStyle.postSovietOrder(panel) { if let r = panel.row(iso3: iso, year: year), let x = col[r] { d[iso] = x } }
                govPct[e] = d
            } else {
                govPct[e] = try lift { () throws(ParadoxError) in try panel.percentiles(of: o.variable, year: year) }
            }
            if !(govPct[e] ?? [:]).isEmpty { usedGovYears.append(year) }
        }
        let states = FigureStyle.postSovietOrder(panel)
        let size = options.resolvedSize(.smallMultiples)
        let wide = size.width.millimetres >= 130
        var panels: [Panel] = [], warnings: [String] = [], points = 0
        for iso in states {
            var ex: [Double] = [], ey: [Double] = [], gx: [Double] = [], gy: [Double] = []
            for e in panel.editions {
                if let p = egdiPct[e]?[iso] { ex.append(Double(e)); ey.append(p) }
                if let p = govPct[e]?[iso] { gx.append(Double(e)); gy.append(p) }
            }
            if ex.isEmpty && gx.isEmpty { warnings.append("\(iso): no EGDI or \(o.variable) percentile in any edition; its panel is empty") }
            points += ex.count + gx.count
            let title = wide ? FigureStyle.shortName(iso, panel) : iso
            panels.append(Panel(RichText(title), layers: [
                .reference(ReferenceLineMark(.horizontal(y: 50), stroke: Stroke(color: Color(hex: 0xCCCCCC), width: 0.35))),
                .lines(LinesMark(series: [LineSeries(x: ex, y: ey, group: egdiLabel), LineSeries(x: gx, y: gy, group: govName)], width: 0.7)),
                .points(PointsMark(x: ex.map { .number($0) } + gx.map { .number($0) }, y: ey.map { .number($0) } + gy.map { .number($0) },
                                   groups: ex.map { _ in egdiLabel } + gx.map { _ in govName }, size: wide ? 2.4 : 1.8)),
            ]))
        }
        guard points > 0 else { throw .insufficientData("small multiples: no percentile to draw for the post-Soviet states") }
        var theme = FigureStyle.theme
        theme.panelSpacing = 6
        theme.stripText.size = 7
        let first = panel.editions.first ?? 0, last = panel.editions.last ?? 0
        let breaks: [Double] = wide ? [2005, 2015, 2024] : [2005, 2020]
        let chart = Chart(size: size, theme: theme,
                          x: Axis(RichText("UN E-Government Survey edition"),
                                  scale: .continuous(ContinuousScale(breaks: breaks.filter { $0 >= Double(first) && $0 <= Double(last) }))),
                          y: Axis(RichText("Percentile rank (0 = lowest, 100 = highest)"),
                                  scale: .continuous(ContinuousScale(lower: 0, upper: 100, breaks: [0, 50, 100]))),
                          groups: GroupScale(palette: DiscretePalette(colors: [OkabeIto.blue, OkabeIto.vermillion], shapes: [.circle, .triangle]),
                                             levels: [egdiLabel, govName]),
                          panels: panels, facetColumns: 5, facetScales: .fixed)
        let years = usedGovYears.sorted()
        let assessed = panel.editions.map { egdiPct[$0]?.count ?? 0 }
        let govDef = o.isWGI
            ? "published WGI percentile rank of \(govName) (World Bank WGI, 2024 update)"
            : "percentile of the TI Corruption Perceptions Index, 100\u{00B7}(countries with a lower score)/(N\u{2212}1) across all countries scored that year"
        let caption = "EGDI percentile (blue) and \(govName) percentile (vermillion) of the 15 post-Soviet states, UN E-Government Survey editions \(first)\u{2013}\(last)"
            + (wide ? "" : " (panels by ISO3 code)") + ". EGDI percentile = 100\u{00B7}(countries assessed in the edition with a lower EGDI)/(N\u{2212}1), "
            + "N = \(assessed.min() ?? 0)\u{2013}\(assessed.max() ?? 0) by edition (WGI's percentile definition); governance: \(govDef), "
            + "at the year paired with each edition (\(options.alignment.rule); years \(years.first.map(String.init) ?? "none")\u{2013}\(years.last.map(String.init) ?? "none")). "
            + "Shared scales; grey line: 50th percentile. Descriptive series, no estimation."
        return ParadoxFigure(kind: .smallMultiples, chart: chart, caption: caption, warnings: warnings)
    }
}
