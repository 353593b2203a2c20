// One call from "a value per country" to a choropleth map with the package's boundaries,
// for scripts and notebooks (the steps `egov plot map` takes after reading its options).

import PanelData
import Plot

extension ChoroplethFigure {
    /// A choropleth of `values` (ISO3 → value) over `region`, drawn with the embedded
    /// Natural Earth boundaries and the default boundary notes of the region.
    ///
    /// The height is left at the width (as `egov plot map` starts): set
    /// ``/Plot/ChoroplethMap/size`` from ``/Plot/ChoroplethMap/naturalHeight(measurer:)``
    /// before building, as the CLI and `NotebookPage` do.
    ///
    /// ```swift
    /// let gaps = try panel.rankGap(edition: 2024, dimension: .wgiVA)
    /// let (map, warnings) = try ChoroplethFigure.map(values: Dictionary(uniqueKeysWithValues: gaps.rows.map { ($0.iso3, $0.gap) }),
    ///                                                colorMap: .redBlue, midpoint: 0, legendTitle: "Rank gap")
    /// ```
    /// - Parameters:
    ///   - values: one finite value per ISO3 code; non-finite values are left out (drawn as "no data").
    ///   - region: the area shown (world, post-Soviet region, Europe–Asia).
    ///   - projection: nil: the region's default (equal-earth for world and Europe–Asia, Lambert conic for the post-Soviet region).
    ///   - colorMap: the colour map; `.redBlue` is diverging around `midpoint`.
    ///   - midpoint: the value in the neutral colour of a diverging map (ignored for sequential maps).
    ///   - legendTitle: the colour bar's title.
    ///   - labelPostSoviet: label the fifteen post-Soviet states with their ISO3 codes (regional maps).
    ///   - width: the figure width (175 mm, two columns, by default).
    ///   - notes: lines under the map; nil: ``notes(region:)``.
    /// - Returns: the map and warnings (countries with a value but no outline of their own).
    /// - Throws: ``FigureError/invalidOption(name:value:fix:)`` for a projection that cannot draw the
    ///   region or no finite value; ``FigureError/insufficientData(_:)`` when the boundaries cannot be read.
    public static func map(values: [String: Double], region: MapRegion = .world, projection: MapProjectionKind? = nil,
                           colorMap: ColorMap = .viridis, midpoint: Double? = nil, legendTitle: String? = nil,
                           labelPostSoviet: Bool = false, width: Length = .mm(175),
                           notes: [String]? = nil) throws(FigureError) -> (map: ChoroplethMap, warnings: [String]) {
        let finite = values.filter { $0.value.isFinite }
        guard !finite.isEmpty else {
            throw .invalidOption(name: "values", value: "\(values.count) countries", fix: "no country has a finite value; check the variable and the selection")
        }
        let kind = projection ?? region.defaultProjection
        guard let proj = region.projection(kind) else {
            throw .invalidOption(name: "--projection", value: kind.rawValue, fix: "it cannot draw the \(region.rawValue) region; use \(region.defaultProjection.rawValue)")
        }
        let boundaries: CountryBoundaries
        do { boundaries = try CountryBoundaries.embedded() } catch { throw .insufficientData(error.description) }
        let (features, unmatched) = features(boundaries: boundaries, values: finite, labelPostSoviet: labelPostSoviet)
        var warnings: [String] = []
        if !unmatched.isEmpty {
            let one = unmatched.count == 1
            warnings.append("\(unmatched.count) \(one ? "country" : "countries") with a value \(one ? "has" : "have") no outline of \(one ? "its" : "their") own and \(one ? "is" : "are") not drawn: "
                            + unmatched.joined(separator: ", "))
        }
        let map = ChoroplethMap(size: FigureSize(width: width, height: width), region: region, projection: proj, features: features,
                                colorMap: colorMap, midpoint: colorMap.isDiverging ? (midpoint ?? 0) : nil,
                                legendTitle: legendTitle.map { RichText($0) }, notes: notes ?? Self.notes(region: region))
        return (map, warnings)
    }
}
