// The report's two maps of the rank gap (world, post-Soviet region), from the same rank
// gap as the metrics table and the same map recipe as `egov plot map`.

import PanelData
import Plot

extension ParadoxPanel {
    /// The world and post-Soviet maps of the rank gap (EGDI percentile minus the WGI Control
    /// of Corruption percentile) at the latest edition with Control of Corruption data, both
    /// 175 mm wide in a diverging red-blue palette centred at 0. Their heights are 0 here:
    /// the renderer sets each map's natural height (`ChoroplethMap.naturalHeight`). A map that
    /// cannot be made (no data, boundaries missing) gives a slot without a map whose caption says why.
    public func reportMaps(alignment: YearAlignment = .dataYear) -> [ReportFigure] {
        let regions: [(stem: String, region: MapRegion, title: String)] = [
            ("figure_j_map_rank_gap_world", .world, "Rank gap on the world map"),
            ("figure_k_map_rank_gap_post_soviet", .postSoviet, "Rank gap in the post-Soviet region"),
        ]
        let outcome = GovernanceOutcome.wgiCC
        func slot(_ r: (stem: String, region: MapRegion, title: String), _ why: String) -> ReportFigure {
            ReportFigure(stem: r.stem, title: r.title, caption: "not drawn: \(why)", chart: nil, widthMillimetres: 175)
        }
        guard table.hasColumn(outcome.variable), let edition = latestEdition(for: outcome, alignment: alignment) else {
            return regions.map { slot($0, "the data have no \(outcome.variable) value for any edition") }
        }
        let gap: RankGapResult, boundaries: CountryBoundaries
        do throws(ParadoxError) { gap = try rankGap(edition: edition, dimension: outcome, alignment: alignment) } catch {
            return regions.map { slot($0, error.description) }
        }
        do throws(BoundaryFormatError) { boundaries = try CountryBoundaries.embedded() } catch {
            return regions.map { slot($0, error.description) }
        }
        var values: [String: Double] = [:]
        for row in gap.rows where row.gap.isFinite { values[row.iso3] = row.gap }
        return regions.map { r in
            let (features, unmatched) = ChoroplethFigure.features(boundaries: boundaries, values: values,
                                                                  labelPostSoviet: r.region != .world)
            let map = ChoroplethMap(size: FigureSize(width: .mm(175), height: .pt(0)), region: r.region, features: features,
                                    colorMap: .redBlue, midpoint: 0,
                                    legendTitle: RichText("Rank gap (percentile points)"),
                                    notes: ChoroplethFigure.notes(region: r.region))
            var caption = "Rank gap: EGDI percentile minus WGI Control of Corruption percentile, both among the \(gap.rows.count) "
                + "countries with both values (UN E-Government Survey edition \(edition), WGI \(gap.pairedYear); \(alignment.rule)). "
                + "Blue: e-government ranks above control of corruption (the paradox); red: below; colours symmetric around 0. "
                + "Grey: no rank gap (not assessed, no WGI value, or an EGDI the UN computed on a missing component). "
                + "Boundaries: Natural Earth 1:50m (2012 geometry); in this edition Crimea is drawn as part of Ukraine."
            if r.region != .world { caption += " Labels: ISO3 codes of the 15 post-Soviet states; Lambert conformal conic projection." }
            else { caption += " Equal Earth projection; small states with a value are marked by a dot." }
            let warnings = unmatched.isEmpty ? [] : ["\(unmatched.count) countries with a rank gap have no outline of their own and are not drawn: \(unmatched.joined(separator: ", "))"]
            var f = ReportFigure(stem: r.stem, title: r.title, caption: caption, chart: nil, widthMillimetres: 175, warnings: warnings)
            f.map = map
            return f
        }
    }
}
