// A choropleth map: countries filled by a value, projected, clipped to the
// frame, with a colour bar, a "No data" key and figure notes.
import Foundation

/// One country of a map.
public struct MapFeature: Sendable, Hashable, Codable {
    /// The code used in the SVG element id `country-<code>` (the panel's ISO3).
    public var code: String
    /// Rings as (x: longitude, y: latitude) in degrees, exterior counter-clockwise,
    /// holes clockwise; all drawn as one path (holes stay empty).
    public var rings: [[Point]]
    /// The value to colour by; nil draws the country as no data.
    public var value: Double?
    /// A marker position (longitude, latitude) for a state too small to see at the figure size.
    public var marker: Point?
    /// Optional label text drawn at `labelPosition`.
    public var label: String?
    /// Where the label goes (longitude, latitude): a fixed position, never a bounding-box centre.
    public var labelPosition: Point?
    /// For a label placed beside a small country: the point (longitude, latitude)
    /// inside the country that a leader line joins the label to; nil: the label sits on the country.
    public var labelAnchor: Point?

    /// A country with its outline, value, marker and label.
    public init(code: String, rings: [[Point]], value: Double?, marker: Point? = nil,
                label: String? = nil, labelPosition: Point? = nil, labelAnchor: Point? = nil) {
        self.code = code; self.rings = rings; self.value = value; self.marker = marker
        self.label = label; self.labelPosition = labelPosition; self.labelAnchor = labelAnchor
    }
}

/// A choropleth map specification; `build(measurer:)` makes the scene.
///
/// Drawing: every ring is shifted as a whole to the projection's side of the
/// seam (``MapGeometry/shifted(_:centralMeridian:)``), clipped in
/// longitude/latitude to a box the projection handles, projected, scaled into
/// the frame and clipped to the frame (Sutherland–Hodgman) — so nothing is
/// drawn outside the frame and no renderer clip is needed. Each drawn
/// country is one group with role `#country-<code>` (the SVG writer turns it
/// into an element with that id); countries with nothing inside the frame are
/// left out. States whose visible area is under ``tinyArea`` square points
/// and that have a value get a marker.
public struct ChoroplethMap: Sendable, Hashable, Codable {
    public var size: FigureSize
    public var theme: Theme
    public var region: MapRegion
    public var projection: MapProjection
    public var features: [MapFeature]
    /// The colour map (viridis for levels, redBlue for signed gaps and residuals).
    public var colorMap: ColorMap
    /// For diverging maps: the value drawn in the neutral colour; the limits are symmetric around it.
    public var midpoint: Double?
    /// The colour bar's title: the variable's label (and unit).
    public var legendTitle: RichText?
    public var title: RichText?
    /// Notes under the map (one line each, wrapped to the figure width).
    public var notes: [String]
    /// The legend name of countries without a value.
    public var missingLabel: String
    /// Fill of countries without a value.
    public var missingColor: Color
    /// Visible area (square points) below which a country with a value gets a marker.
    public var tinyArea: Double
    /// Format of the colour bar's labels.
    public var format: NumberFormat
    /// Classes of a binned map (one colour per class, a stepped legend); nil: a continuous colour bar.
    public var classes: ChoroplethClasses? = nil

    /// A map of `features` over `region` in `projection` (nil: the region's default).
    public init(size: FigureSize = FigureSize(width: .mm(175), height: .mm(95)), theme: Theme = .publication,
                region: MapRegion = .world, projection: MapProjection? = nil, features: [MapFeature],
                colorMap: ColorMap = .viridis, midpoint: Double? = nil, legendTitle: RichText? = nil,
                title: RichText? = nil, notes: [String] = [], missingLabel: String = "No data",
                missingColor: Color = Color(hex: 0xCCCCCC), tinyArea: Double = 3, format: NumberFormat = .plain) {
        self.size = size; self.theme = theme; self.region = region
        self.projection = projection ?? region.projection(region.defaultProjection) ?? .equalEarth(centralMeridian: 0)
        self.features = features; self.colorMap = colorMap; self.midpoint = midpoint
        self.legendTitle = legendTitle; self.title = title; self.notes = notes
        self.missingLabel = missingLabel; self.missingColor = missingColor; self.tinyArea = tinyArea; self.format = format
    }

    /// The longitude/latitude box rings are clipped to before projecting:
    /// inside the seam (λ₀ ± 180°) and, for a conic, north of 40° below the
    /// region's southern edge (the cone's scale grows without bound towards the other pole).
    var geographicClip: Rect {
        let l0 = projection.centralMeridian
        switch projection {
        case .equalEarth:
            return Rect(x: l0 - 180, y: -90, width: 360, height: 180)
        case .lambertConformalConic:
            let south = max(region.latitudes.lowerBound - 40, -60)
            return Rect(x: l0 - 179.9, y: south, width: 359.8, height: 90 - south)
        }
    }

    /// The region's box projected (its outline sampled every half degree): the frame in plane units.
    func planeFrame() -> Rect {
        let lons = region.longitudes, lats = region.latitudes
        var pts: [Point] = []
        var l = lons.lowerBound
        while l <= lons.upperBound {
            pts.append(projection.project(longitude: l, latitude: lats.lowerBound))
            pts.append(projection.project(longitude: l, latitude: lats.upperBound))
            l += 0.5
        }
        var p = lats.lowerBound
        while p <= lats.upperBound {
            pts.append(projection.project(longitude: lons.lowerBound, latitude: p))
            pts.append(projection.project(longitude: lons.upperBound, latitude: p))
            p += 0.5
        }
        return MapGeometry.bounds([pts]) ?? Rect(x: 0, y: 0, width: 1, height: 1)
    }

    /// The colour limits: the data range, or symmetric around the midpoint for a diverging map.
    func colorMapping() -> ColorMapping {
        let values = features.compactMap(\.value).filter(\.isFinite)
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if colorMap.isDiverging {
            let m = midpoint ?? 0
            let r = max(abs(lo - m), abs(hi - m), 1e-12)
            lo = m - r; hi = m + r
        } else if lo == hi {
            lo -= 0.5; hi += 0.5
        }
        return ColorMapping(map: colorMap, lower: lo, upper: hi, reversed: false)
    }

    /// The fill of a country with value `v`: through the colour bar, or its class's colour.
    func fill(_ v: Double, _ mapping: ColorMapping) -> Color {
        guard let c = classes else { return mapping.color(v) }
        return c.color(ofClass: c.index(of: v), mapping: mapping)
    }

    /// The figure height (points) at which the map fills the width: margins,
    /// title, the region's projected aspect ratio, legend and notes.
    public func naturalHeight(measurer: some TextMeasuring) -> Double {
        MapBuilder(map: self, measurer: measurer).naturalHeight()
    }

    /// Builds the scene with every text measured by `measurer`. Deterministic.
    public func build(measurer: some TextMeasuring) -> Scene {
        MapBuilder(map: self, measurer: measurer).build()
    }
}
