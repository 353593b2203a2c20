// (b) Rank against rank: EGDI world rank vs governance rank, with the parity diagonal.

import Plot

/// The published EGDI world rank of one edition (x) against the country's rank on
/// the governance outcome at the paired year (y), both reversed so rank 1 sits at
/// the right and at the top. The governance rank is computed here among the
/// countries assessed in the edition that have the outcome (1 = best, ties share the
/// best rank). Points below the dashed parity line rank better on e-government than
/// on governance. Post-Soviet states highlighted and labelled.
public enum RankRankFigure {
    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        let edition = try options.resolvedEdition(panel)
        let o = options.outcome
        let a = try lift { () throws(ParadoxError) in try panel.aligned(edition: edition, alignment: options.alignment, variables: [o.variable]) }
        if a.unavailable.contains(o.variable) {
            throw .paradox(.outcomeUnavailable(outcome: o.variable, year: a.pairedYear, edition: edition, reason: a.notes.dropFirst().first ?? ""))
        }
        var iso: [String] = [], egdiRank: [Double] = [], score: [Double] = [], missing: [String] = []
        for r in a.rows {
            if let k = r.survey["egdi_rank"], let y = r.paired[o.variable] { iso.append(r.iso3); egdiRank.append(k); score.append(y) }
            else { missing.append(r.iso3) }
        }
        guard iso.count >= 3 else { throw .insufficientData("rank-rank: \(iso.count) countries with egdi_rank and \(o.variable)") }
        // Rank 1 = highest score; ties share the best (smallest) rank.
        let govRank = score.map { s in Double(1 + score.filter { $0 > s }.count) }
        let n = iso.count
        let maxRank = max(egdiRank.max() ?? 1, govRank.max() ?? 1)
        let groups = iso.map(FigureStyle.subregion)
        let other = iso.indices.filter { groups[$0] == nil }, high = iso.indices.filter { groups[$0] != nil }
        let r = FigureStyle.pearson(egdiRank, govRank) ?? .nan
        var layers: [Layer] = [
            .reference(ReferenceLineMark(.diagonal(intercept: 0, slope: 1))),
            .points(PointsMark(x: other.map { .number(egdiRank[$0]) }, y: other.map { .number(govRank[$0]) },
                               groups: other.map { _ in FigureStyle.otherLevel }, size: 3)),
            .points(PointsMark(x: high.map { .number(egdiRank[$0]) }, y: high.map { .number(govRank[$0]) },
                               groups: high.compactMap { groups[$0] }, size: 4.2)),
            .labels(LabelMark(x: egdiRank.map { .number($0) }, y: govRank.map { .number($0) }, labels: iso,
                              highlight: groups.map { $0 != nil }, background: .cover, maxLeaderLength: 48)),
        ]
        // With both axes reversed, the lower right holds good e-government ranks with
        // poor governance ranks; the upper left the opposite.
        // Short region labels in the two empty corners (the cloud runs along the diagonal).
        let size = options.resolvedSize(.rankRank)
        let wide = size.width.millimetres >= 130
        let corner = TextStyle(family: FigureStyle.theme.fontFamily, size: 7, slant: .italic, color: Color(hex: 0x444444))
        layers.append(.text(TextMark(RichText(wide ? "E-government ahead of governance" : "E-gov ahead"), at: .panel(x: 0.98, y: 0.98),
                                     horizontal: .right, vertical: .bottom, style: corner)))
        layers.append(.text(TextMark(RichText(wide ? "Governance ahead of e-government" : "Governance ahead"), at: .panel(x: 0.02, y: 0.02),
                                     horizontal: .left, vertical: .top, style: corner)))
        let ticks = rankBreaks(maxRank)
        let scale = { PositionScale.continuous(ContinuousScale(reversed: true, lower: 1, upper: maxRank, breaks: ticks)) }
        let theme = FigureStyle.theme
        let chart = Chart(size: size, theme: theme,
                          x: Axis(RichText("EGDI world rank (\(edition))"), scale: scale()),
                          y: Axis(RichText("\(FigureStyle.name(o)) rank (\(FigureStyle.source(o)), \(a.pairedYear))"), scale: scale()),
                          groups: HighlightScatter.groups, layers: layers)
        let caption = "Published EGDI world rank (UN E-Government Survey \(edition), 1 = best) against the rank on \(FigureStyle.name(o)) "
            + "(\(FigureStyle.sourceSentence(o)), \(a.pairedYear)), computed among the \(n) countries assessed in the edition with a value "
            + "(1 = best; ties share the best rank). \(a.caption) Both axes reversed: rank 1 at the right and at the top. "
            + "Dashed line: parity (equal ranks); below it a country ranks better on e-government than on governance. "
            + "Pearson correlation of the plotted ranks r = \(FigureStyle.number(r, 2)), N = \(n) countries"
            + (missing.isEmpty ? "" : " (\(missing.count) assessed countries without \(o.variable) left out: \(FigureStyle.list(missing.sorted())))")
            + ". Coloured and labelled: the 15 post-Soviet states by subregion."
        var warnings: [String] = []
        let absent = FigureStyle.postSovietOrder(panel).filter { !iso.contains($0) }
        if !absent.isEmpty { warnings.append("post-Soviet states without egdi_rank or \(o.variable), not drawn: \(FigureStyle.list(absent))") }
        return ParadoxFigure(kind: .rankRank, chart: chart, caption: caption, warnings: warnings)
    }

    /// Rank ticks: 1 and round numbers up to the largest rank (1, 50, 100, 150, ...).
    static func rankBreaks(_ maxRank: Double) -> [Double] {
        guard maxRank.isFinite else { return [1] }
        var step: Double = maxRank > 120 ? 50 : (maxRank > 40 ? 20 : 5)
        // Ranks beyond the survey's ~193 (a typo such as 1e9) must not make a billion ticks.
        while maxRank / step > 12 { step *= 10 }
        var t: [Double] = [1]
        var v = step
        while v <= maxRank { t.append(v); v += step }
        return t
    }
}
