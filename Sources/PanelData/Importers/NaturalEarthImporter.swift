// Natural Earth admin-0 countries (GeoJSON) -> the panel's country boundaries.
import Foundation

/// What the importer does with one Natural Earth feature.
public enum BoundaryCodeResolution: Sendable, Hashable {
    /// Drawn as the country with this panel code.
    case country(String)
    /// Drawn as part of another country (its rings are appended to that country's outline).
    case partOf(String)
    /// Left out of every map.
    case dropped(reason: String)
}

/// Reads Natural Earth's admin-0 countries and tiny-countries GeoJSON
/// (`../shared/data/raw/naturalearth`, see SOURCES.md section 9) and makes the
/// compact boundary resource of the package.
///
/// Conventions (all stated in Datasets/README.md):
/// - **Codes.** `ISO_A3` when present (null and Natural Earth's `-99` alike mean
///   absent); otherwise `KOS` → `XKX` (the panel's Kosovo), `CYN` (N. Cyprus) →
///   part of `CYP` and `SOL` (Somaliland) → part of `SOM` (the ISO/UN view, as
///   `ADM0_A3_IS` says; the panel's values are those of the UN member states),
///   any other → its `ADM0_A3` (`KAS`, `ATC`, `IOA`, and `FRA`/`NOR` in the
///   4.1/5.x editions). Antarctica (`ATA`) is dropped.
/// - **Rings** keep their RFC 7946 orientation; holes (Lesotho in South
///   Africa, the Fergana enclaves) stay holes of their country.
/// - **Simplification**: Douglas–Peucker with `tolerance` degrees, then
///   coordinates rounded to 0.01°; a ring that collapses below three distinct
///   vertices is dropped, except that every country keeps at least its largest ring.
/// - Rings are stored with longitudes in −180…180 as in the source; a map with
///   another central meridian shifts whole rings (see the Plot module's map projection).
public enum NaturalEarthImporter {
    /// The 1:50m countries file (SOURCES.md advises 1:50m: it lacks only Tuvalu).
    public static let countriesFile = "ne_50m_admin_0_countries.geojson"
    /// The 1:50m small-state points.
    public static let tinyCountriesFile = "ne_50m_admin_0_tiny_countries.geojson"
    /// 0.05°: at most 0.05 mm on a 175 mm post-Soviet map (≈ 1 mm per degree),
    /// 0.025 mm on a 175 mm world map — well under a 0.25 pt (0.09 mm) border line.
    public static let defaultTolerance = 0.05

    /// The code rule above for one feature's `ISO_A3` and `ADM0_A3`.
    public static func resolve(isoA3: String?, adm0A3: String) -> BoundaryCodeResolution {
        if adm0A3 == "ATA" { return .dropped(reason: "Antarctica: no data, and it dominates equal-area world maps") }
        if let iso = isoA3, iso != "-99", !iso.isEmpty { return .country(iso) }
        switch adm0A3 {
        case "KOS": return .country("XKX")
        case "CYN": return .partOf("CYP")
        case "SOL": return .partOf("SOM")
        default: return .country(adm0A3)
        }
    }

    /// Reads the two files in `directory` (the `naturalearth` folder) and returns the simplified boundaries.
    public static func build(directory: URL, tolerance: Double = defaultTolerance) throws(ImportError) -> CountryBoundaries {
        let polygons = try features(directory.appendingPathComponent(countriesFile))
        let points = try features(directory.appendingPathComponent(tinyCountriesFile))
        var rings: [String: [[GeoCoordinate]]] = [:]
        var order: [String] = []
        for f in polygons {
            let code: String
            switch resolve(isoA3: f.properties.isoA3, adm0A3: f.properties.adm0A3) {
            case .country(let c), .partOf(let c): code = c
            case .dropped: continue
            }
            if rings[code] == nil { order.append(code) }
            rings[code, default: []] += f.geometry.rings
        }
        var countries: [CountryBoundary] = []
        for code in order.sorted() {
            let source = rings[code] ?? []
            var kept = source.map { simplify($0, tolerance: tolerance) }.filter { $0.count >= 3 }
            if kept.isEmpty, let largest = source.max(by: { abs(RingSimplification.signedDoubleArea($0)) < abs(RingSimplification.signedDoubleArea($1)) }) {
                kept = [quantized(largest)]
            }
            countries.append(CountryBoundary(iso3: code, rings: kept))
        }
        var tiny: [CountryPoint] = []
        for f in points {
            guard case .country(let code) = resolve(isoA3: f.properties.isoA3, adm0A3: f.properties.adm0A3),
                  let p = f.geometry.point else { continue }
            tiny.append(CountryPoint(iso3: code, coordinate: p))
        }
        tiny.sort { $0.iso3 < $1.iso3 }
        let vertices = countries.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } }
        let provenance = [
            "Natural Earth admin-0 countries 1:50m and tiny countries 1:50m (public domain; 2.0.0-vintage geometry),",
            "via CRAN rnaturalearthdata 0.1.0 (countries50, tiny_countries50), exported to GeoJSON as in ../shared/data/raw/SOURCES.md section 9.",
            "Codes: ISO_A3, else KOS->XKX, CYN->part of CYP, SOL->part of SOM, else ADM0_A3; ATA dropped.",
            "Douglas-Peucker tolerance \(tolerance) degrees; coordinates in units of 0.01 degree, each ring's first vertex absolute, then differences.",
            "\(countries.count) countries, \(countries.reduce(0) { $0 + $1.rings.count }) rings, \(vertices) vertices, \(tiny.count) points.",
            "Rebuild: egov data boundaries --raw ../shared/data/raw --out Datasets",
        ]
        return CountryBoundaries(countries: countries, points: tiny, provenance: provenance)
    }

    /// Simplified, rounded to the storage unit, without repeated vertices.
    static func simplify(_ ring: [GeoCoordinate], tolerance: Double) -> [GeoCoordinate] {
        quantized(RingSimplification.douglasPeucker(ring, tolerance: tolerance))
    }

    static func quantized(_ ring: [GeoCoordinate]) -> [GeoCoordinate] {
        let u = CountryBoundaries.coordinateUnit
        var out: [GeoCoordinate] = []
        for p in ring {
            let q = GeoCoordinate(longitude: Double(CountryBoundaries.quantize(p.longitude)) * u,
                                  latitude: Double(CountryBoundaries.quantize(p.latitude)) * u)
            if out.last != q { out.append(q) }
        }
        while out.count > 1, out.first == out.last { out.removeLast() }
        return out
    }

    // MARK: - GeoJSON

    struct Properties: Decodable {
        var isoA3: String?
        var adm0A3: String
        enum CodingKeys: String, CodingKey { case isoA3 = "ISO_A3", adm0A3 = "ADM0_A3" }
    }

    struct Geometry: Decodable {
        var rings: [[GeoCoordinate]] = []
        var point: GeoCoordinate?
        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let type = try c.decode(String.self, forKey: .type)
            func ring(_ r: [[Double]]) throws -> [GeoCoordinate] {
                var out: [GeoCoordinate] = []
                for p in r {
                    guard p.count >= 2, p[0].isFinite, p[1].isFinite, Swift.abs(p[0]) <= 540, Swift.abs(p[1]) <= 90 else {
                        throw DecodingError.dataCorruptedError(forKey: .coordinates, in: c, debugDescription: "a position needs two finite numbers, longitude within ±540 and latitude within ±90 degrees")
                    }
                    out.append(GeoCoordinate(longitude: p[0], latitude: p[1]))
                }
                if out.count > 1, out.first == out.last { out.removeLast() }
                return out
            }
            switch type {
            case "Polygon":
                rings = try c.decode([[[Double]]].self, forKey: .coordinates).map(ring)
            case "MultiPolygon":
                rings = try c.decode([[[[Double]]]].self, forKey: .coordinates).flatMap { try $0.map(ring) }
            case "Point":
                let p = try c.decode([Double].self, forKey: .coordinates)
                guard p.count >= 2, Swift.abs(p[0]) <= 540, Swift.abs(p[1]) <= 90 else {
                    throw DecodingError.dataCorruptedError(forKey: .coordinates, in: c, debugDescription: "a point needs two numbers, longitude within ±540 and latitude within ±90 degrees")
                }
                point = GeoCoordinate(longitude: p[0], latitude: p[1])
            default:
                throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "geometry type \(type) (expected Polygon, MultiPolygon or Point)")
            }
        }
    }

    struct Feature: Decodable {
        var properties: Properties
        var geometry: Geometry
    }

    struct Collection: Decodable { var features: [Feature] }

    static func features(_ url: URL) throws(ImportError) -> [Feature] {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missingFile(url.path) }
        do {
            return try JSONDecoder().decode(Collection.self, from: data).features
        } catch {
            throw .invalid(file: url.lastPathComponent, line: nil,
                           message: "not a GeoJSON FeatureCollection of countries (\(error)); use the files described in SOURCES.md section 9")
        }
    }
}
