// (e) Slopegraph: where the 15 states moved between two editions, on e-government
// and on governance.

import Plot

/// Two slopegraph panels for the 15 post-Soviet states, from a base edition (2008 by
/// default) to the edition (the latest by default): the EGDI percentile (left panel)
/// and the governance percentile at the paired years (right panel), labelled with
/// ISO3 at both ends. EGDI ranks are shown as WGI-style percentiles,
/// 100·(assessed countries with a lower EGDI)/(N − 1), because the number of
/// countries assessed changes between editions (182 in 2008, 193 in 2024): rank 50
/// of 182 and rank 50 of 193 are not the same position, and one 0–100 scale lets the
/// two panels share an axis.
public enum SlopegraphFigure {
    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        let end = try options.resolvedEdition(panel)
        let start = options.baseEdition ?? (panel.editions.contains(2008) ? 2008 : (panel.editions.first ?? end))
        try lift { () throws(ParadoxError) in try panel.checkEdition(start) }
        guard start < end else {
            throw .paradox(.invalidWindow(from: start, to: end, available: panel.editions))
        }
        let o = options.outcome
        let ys = options.alignment.pairedYear(forEdition: start), ye = options.alignment.pairedYear(forEdition: end)
        func egdi(_ e: Int) throws(FigureError) -> [String: Double] {
            try lift { () throws(ParadoxError) in try panel.percentiles(of: "egdi", year: e) }
        }
        func gov(_ year: Int) throws(FigureError) -> [String: Double] {
            if let v = o.percentileVariable {
                let col = try lift { () throws(ParadoxError) in try panel.column(v) }
                var d: [String: Double] = [:]
                for iso in panel.countries { if let r = panel.row(iso3: iso, year: year), let x = col[r] { d[iso] = x } }
                return d
            }
            return try lift { () throws(ParadoxError) in try panel.percentiles(of: o.variable, year: year) }
        }
        let e0 = try egdi(start), e1 = try egdi(end), g0 = try gov(ys), g1 = try gov(ye)
        if g0.isEmpty || g1.isEmpty {
            let y = g0.isEmpty ? ys : ye
            throw .paradox(.outcomeUnavailable(outcome: o.variable, year: y, edition: g0.isEmpty ? start : end,
                                               reason: VariableSource(variable: o.variable).gapExplanation(year: y).map { "\(o.variable) has no data for \(y): \($0)." } ?? ""))
        }
        var eItems: [SlopeItem] = [], gItems: [SlopeItem] = [], missing: [String] = []
        for iso in FigureStyle.postSovietOrder(panel) {
            let g = FigureStyle.subregion(iso)
            if let a = e0[iso], let b = e1[iso] { eItems.append(SlopeItem(iso, left: a, right: b, group: g)) } else { missing.append("\(iso) (EGDI)") }
            if let a = g0[iso], let b = g1[iso] { gItems.append(SlopeItem(iso, left: a, right: b, group: g)) } else { missing.append("\(iso) (\(o.variable))") }
        }
        let l = String(start), r = String(end)
        let size = options.resolvedSize(.slopegraph)
        var theme = FigureStyle.theme
        theme.annotation.size = 6.5
        let chart = Chart(size: size, theme: theme,
                          x: Axis(RichText("UN E-Government Survey edition"), scale: .categorical(CategoricalScale(levels: [l, r]))),
                          y: Axis(RichText("Percentile rank (0 = lowest, 100 = highest)"), scale: FigureStyle.percentileScale),
                          groups: GroupScale(palette: FigureStyle.subregionPalette, levels: FigureStyle.subregionLevels, shapes: false),
                          panels: [Panel(RichText("EGDI"), layers: [.slopegraph(SlopegraphMark(left: l, right: r, items: eItems))]),
                                   Panel(RichText("\(FigureStyle.name(o)) (\(ys)\u{2192}\(ye))"),
                                         layers: [.slopegraph(SlopegraphMark(left: l, right: r, items: gItems))])],
                          facetColumns: 2)
        let nStart = e0.count, nEnd = e1.count
        let govDef = o.isWGI ? "published WGI percentile rank (World Bank WGI, 2024 update)"
            : "percentile of the TI CPI score, 100\u{00B7}(countries with a lower score)/(N\u{2212}1)"
        let caption = "The 15 post-Soviet states between the UN E-Government Survey editions \(start) and \(end), coloured by subregion. "
            + "Left: EGDI percentile = 100\u{00B7}(countries assessed with a lower EGDI)/(N\u{2212}1), N = \(nStart) in \(start) and \(nEnd) in \(end) "
            + "(the published world ranks converted so that editions with different N compare). "
            + "Right: \(FigureStyle.name(o)), \(govDef), in \(ys) and \(ye) (\(options.alignment.rule)). "
            + "Descriptive, no estimation; N = \(eItems.count) and \(gItems.count) states."
        var warnings: [String] = []
        if !missing.isEmpty { warnings.append("slopegraph: no value at one end for \(FigureStyle.list(missing)); not drawn") }
        return ParadoxFigure(kind: .slopegraph, chart: chart, caption: caption, warnings: warnings)
    }
}
