// (i) The paradox index: each post-Soviet state's rank gap with its interval.

import Plot

/// The rank gap (`rankGap`, common-population percentiles by default): EGDI percentile −
/// governance percentile, for the 15 post-Soviet states, sorted (largest gap at the top), as
/// a dot-whisker plot. The whisker is the gap implied by WGI's own 90% interval of the
/// governance percentile, `[P_E − P_G,hi, P_E − P_G,lo]`; states whose EGDI percentile lies
/// outside that interval (the whisker misses 0) are drawn in vermillion triangles,
/// the rest in blue circles.
public enum ParadoxIndexFigure {
    public static let outsideLevel = "Outside WGI 90% interval"
    public static let insideLevel = "Inside WGI 90% interval"

    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        let edition = try options.resolvedEdition(panel)
        let o = options.outcome
        guard o.isWGI else {
            throw .unsupportedOutcome(figure: .paradoxIndex, outcome: o, allowed: GovernanceOutcome.wgiDimensions)
        }
        let result = try lift { () throws(ParadoxError) in try panel.rankGap(edition: edition, dimension: o, alignment: options.alignment) }
        let rows = result.rows.filter(\.postSoviet)   // sorted by gap, largest first
        guard !rows.isEmpty else { throw .insufficientData("paradox index: no post-Soviet state has an EGDI and \(o.variable) percentile") }
        let size = options.resolvedSize(.paradoxIndex)
        let wide = size.width.millimetres >= 130
        let names = rows.map { wide ? "\(FigureStyle.shortName($0.iso3, panel))" : FigureStyle.shortName($0.iso3, panel) }
        let lower = rows.map { r in r.governanceHigh.map { r.egdiPercentile - $0 } ?? r.gap }
        let upper = rows.map { r in r.governanceLow.map { r.egdiPercentile - $0 } ?? r.gap }
        let groups = rows.map { $0.flagged ? outsideLevel : insideLevel }
        let chart = Chart(size: size, theme: FigureStyle.theme,
                          x: Axis(RichText("EGDI percentile \u{2212} \(FigureStyle.name(o)) percentile")),
                          y: Axis(nil, scale: .categorical(CategoricalScale(levels: names, reversed: true))),
                          groups: GroupScale(palette: DiscretePalette(colors: [OkabeIto.vermillion, OkabeIto.blue], shapes: [.triangle, .circle]),
                                             levels: [outsideLevel, insideLevel]),
                          layers: [.reference(ReferenceLineMark(.vertical(x: 0))),
                                   .intervals(IntervalMark(orientation: .horizontal, position: names.map { .category($0) },
                                                           lower: lower, upper: upper, estimate: rows.map(\.gap), groups: groups))])
        var warnings: [String] = []
        let missing = FigureStyle.postSovietOrder(panel).filter { iso in !rows.contains { $0.iso3 == iso } }
        if !missing.isEmpty { warnings.append("paradox index: no rank gap for \(FigureStyle.list(missing)); not drawn") }
        let noBand = rows.filter { $0.governanceLow == nil || $0.governanceHigh == nil }.map(\.iso3)
        if !noBand.isEmpty { warnings.append("paradox index: WGI publishes no 90% interval for \(FigureStyle.list(noBand)); drawn without a whisker") }
        let flagged = rows.filter(\.flagged).count
        let n = result.rows.count
        let caption = "Rank gap of the 15 post-Soviet states: EGDI percentile (UN E-Government Survey \(edition)) minus the "
            + "\(FigureStyle.name(o)) percentile (World Bank WGI, 2024 update, \(result.pairedYear)), both among the same N = \(n) countries "
            + "that have both values: 100\u{00B7}(countries with a lower value)/(N\u{2212}1), WGI's percentile definition. \(result.notes.first ?? "") "
            + "Positive: e-government ranks above governance. Whiskers: the gap implied by WGI's 90% interval of the estimate "
            + "(\(o.variable) \u{2213} 1.645\u{00B7}\(o.variable)_se, ranked among the others' estimates; WGI's measurement uncertainty only, the EGDI is published without one). "
            + "\(flagged) of \(rows.count) states lie beyond the interval. Descriptive, no estimation; N = \(rows.count) states."
        return ParadoxFigure(kind: .paradoxIndex, chart: chart, caption: caption, warnings: warnings)
    }
}
