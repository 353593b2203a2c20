// The figure recipe for choropleth maps: panel values + embedded boundaries -> ChoroplethMap.
import PanelData
import Plot

/// Builds a ``/Plot/ChoroplethMap`` from one value per country and the
/// package's boundaries (Natural Earth 1:50m, see Datasets/README.md).
public enum ChoroplethFigure {
    /// Label positions (longitude, latitude) of the fifteen post-Soviet states:
    /// fixed points inside the large ones; for the small ones a point offshore or
    /// beside the country, joined to `anchor` by a leader line.
    public static let postSovietLabels: [String: (text: Point, anchor: Point?)] = [
        "RUS": (Point(x: 98, y: 63), nil),
        "KAZ": (Point(x: 67, y: 48.3), nil),
        "UKR": (Point(x: 31.5, y: 49.2), nil),
        "BLR": (Point(x: 28.0, y: 53.6), nil),
        "UZB": (Point(x: 63.0, y: 42.0), nil),
        "TKM": (Point(x: 59.0, y: 39.0), nil),
        "KGZ": (Point(x: 76.0, y: 41.8), nil),
        "TJK": (Point(x: 70.3, y: 38.6), nil),
        "EST": (Point(x: 24.5, y: 61.6), Point(x: 25.5, y: 58.8)),
        "LVA": (Point(x: 18.5, y: 58.4), Point(x: 25.0, y: 56.9)),
        "LTU": (Point(x: 13.5, y: 53.6), Point(x: 23.9, y: 55.3)),
        "MDA": (Point(x: 30.3, y: 44.3), Point(x: 28.6, y: 47.2)),
        "GEO": (Point(x: 39.0, y: 43.4), Point(x: 43.6, y: 42.2)),
        "ARM": (Point(x: 42.5, y: 38.0), Point(x: 44.9, y: 40.2)),
        "AZE": (Point(x: 50.8, y: 41.6), Point(x: 47.8, y: 40.3)),
    ]

    /// The default figure notes: boundary source, edition-specific disputed areas, non-endorsement.
    public static func notes(region: MapRegion) -> [String] {
        var crimea = "Boundaries: Natural Earth 1:50m (public domain; 2012 geometry), simplified; Crimea is drawn as part of Ukraine, "
            + "Northern Cyprus and Somaliland with Cyprus and Somalia"
        crimea += region == .postSoviet ? "." : ", most of Western Sahara within Morocco."
        return [crimea, "Boundaries and names shown do not imply endorsement or acceptance by the authors."]
    }

    /// The map features: every boundary with its value (nil: no data), the
    /// small-state markers, and — when `labelPostSoviet` — ISO3 labels of the
    /// post-Soviet states. Codes with a value but no outline and no marker are
    /// returned in `unmatched` (e.g. GUF, MTQ, REU, which Natural Earth draws inside France).
    public static func features(boundaries: CountryBoundaries, values: [String: Double],
                                labelPostSoviet: Bool = false) -> (features: [MapFeature], unmatched: [String]) {
        var markers: [String: Point] = [:]
        for p in boundaries.points { markers[p.iso3] = Point(x: p.coordinate.longitude, y: p.coordinate.latitude) }
        var features: [MapFeature] = []
        var drawn = Set<String>()
        for c in boundaries.countries {
            let rings = c.rings.map { $0.map { Point(x: $0.longitude, y: $0.latitude) } }
            var f = MapFeature(code: c.iso3, rings: rings, value: values[c.iso3], marker: markers[c.iso3])
            if labelPostSoviet, let l = postSovietLabels[c.iso3] {
                f.label = c.iso3
                f.labelPosition = l.text
                f.labelAnchor = l.anchor
            }
            features.append(f)
            drawn.insert(c.iso3)
        }
        // Small states with a point but no polygon (Tuvalu at 1:50m).
        for p in boundaries.points where !drawn.contains(p.iso3) {
            features.append(MapFeature(code: p.iso3, rings: [], value: values[p.iso3], marker: markers[p.iso3]))
            drawn.insert(p.iso3)
        }
        let unmatched = values.keys.filter { !drawn.contains($0) }.sorted()
        return (features, unmatched)
    }
}
