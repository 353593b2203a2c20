// Country boundaries for choropleth maps: the value type and the compact text
// format of the embedded resource `Datasets/boundaries.txt`.
import EmbeddedPanel
import Foundation

/// A longitude/latitude pair in degrees (WGS84).
public struct GeoCoordinate: Sendable, Hashable, Codable {
    /// Degrees east, in −180…180 as stored.
    public var longitude: Double
    /// Degrees north, in −90…90.
    public var latitude: Double
    /// A coordinate from degrees east and north.
    public init(longitude: Double, latitude: Double) { self.longitude = longitude; self.latitude = latitude }
}

/// The outline of one country: all its parts and holes, as Natural Earth draws it.
public struct CountryBoundary: Sendable, Hashable {
    /// The panel's ISO 3166-1 alpha-3 code (`XKX` for Kosovo), or Natural
    /// Earth's `ADM0_A3` for an area the panel has no row for (`KAS`, `ATC`, `IOA`).
    public var iso3: String
    /// Rings without the repeated closing vertex. Exterior rings run
    /// counter-clockwise and holes clockwise (RFC 7946), so a non-zero or
    /// even-odd fill of all rings appended to one path leaves the holes empty.
    public var rings: [[GeoCoordinate]]
    /// A country outline from its code and rings.
    public init(iso3: String, rings: [[GeoCoordinate]]) { self.iso3 = iso3; self.rings = rings }
}

/// A small state's marker position (Natural Earth's tiny-countries layer).
public struct CountryPoint: Sendable, Hashable {
    /// The panel's ISO3 code.
    public var iso3: String
    /// Where the marker goes.
    public var coordinate: GeoCoordinate
    /// A marker position for `iso3`.
    public init(iso3: String, coordinate: GeoCoordinate) { self.iso3 = iso3; self.coordinate = coordinate }
}

/// Why a boundary resource could not be read.
public enum BoundaryFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The resource is missing from the build (the package was copied without its resource bundle).
    case resourceMissing(String)
    /// A line that does not follow the format.
    case malformed(line: Int, message: String)

    public var description: String {
        switch self {
        case .resourceMissing(let name):
            return "the embedded boundary file \(name) was not found next to the egov binary or in the source checkout; "
                + "rebuild the package (swift build) or run egov from its build folder"
        case let .malformed(line, message):
            return "boundaries.txt, line \(line): \(message); regenerate it with `egov data boundaries --raw ../shared/data/raw --out Datasets`"
        }
    }
}

/// Country outlines and small-state points: what a choropleth map draws.
///
/// Serialised as a line-oriented UTF-8 text (`encoded()`), deterministic and
/// diff-friendly: `#` comment lines (provenance), then per country a line
/// `C ISO3` followed by one `R` line per ring, then `P ISO3 lon lat` lines for
/// the small-state points. Coordinates are integers in units of
/// ``coordinateUnit`` degrees; the first vertex of a ring is absolute, every
/// next one the difference to the previous (so most numbers have 1–3 digits).
public struct CountryBoundaries: Sendable, Hashable {
    /// Countries sorted by code.
    public var countries: [CountryBoundary]
    /// Small-state points sorted by code.
    public var points: [CountryPoint]
    /// Provenance lines written as `#` comments at the top of the file.
    public var provenance: [String]

    /// 0.01° (about 1.1 km at the equator): finer than anything a 175 mm map can show
    /// (1° of longitude is 0.5 mm on a 175 mm world map).
    public static let coordinateUnit = 0.01
    /// The resource name inside the EmbeddedPanel bundle.
    public static let resourceName = "boundaries.txt"
    static let header = "# EGovParadox country boundaries, format 1"

    /// Boundaries from their parts.
    public init(countries: [CountryBoundary], points: [CountryPoint], provenance: [String] = []) {
        self.countries = countries; self.points = points; self.provenance = provenance
    }

    /// The outline of `iso3`, nil when there is none.
    public func boundary(of iso3: String) -> CountryBoundary? { countries.first { $0.iso3 == iso3 } }

    /// The boundaries shipped with the package (Natural Earth 1:50m, simplified; see Datasets/README.md).
    public static func embedded() throws(BoundaryFormatError) -> CountryBoundaries {
        guard let url = EmbeddedPanel.url(forResource: resourceName), let data = FileManager.default.contents(atPath: url.path) else {
            throw .resourceMissing(resourceName)
        }
        return try decode(data)
    }

    static func quantize(_ v: Double) -> Int { Int((v / coordinateUnit).rounded()) }  // checked: degrees within ±540 (NaturalEarthImporter refuses others)

    /// The resource bytes: same value, same bytes.
    public func encoded() -> Data {
        var s = Self.header + "\n"
        for line in provenance { s += "# " + line + "\n" }
        for c in countries {
            s += "C " + c.iso3 + "\n"
            for ring in c.rings {
                var line = "R"
                var px = 0, py = 0
                for (i, p) in ring.enumerated() {
                    let x = Self.quantize(p.longitude), y = Self.quantize(p.latitude)
                    if i == 0 { line += " \(x) \(y)" } else { line += " \(x - px) \(y - py)" }
                    px = x; py = y
                }
                s += line + "\n"
            }
        }
        for p in points {
            s += "P \(p.iso3) \(Self.quantize(p.coordinate.longitude)) \(Self.quantize(p.coordinate.latitude))\n"
        }
        return Data(s.utf8)
    }

    /// Reads the text written by `encoded()`.
    public static func decode(_ data: Data) throws(BoundaryFormatError) -> CountryBoundaries {
        guard let text = String(data: data, encoding: .utf8) else { throw .malformed(line: 1, message: "not UTF-8 text") }
        var countries: [CountryBoundary] = []
        var points: [CountryPoint] = []
        var provenance: [String] = []
        var sawHeader = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNo = index + 1
            let line = String(raw)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if line == header { sawHeader = true } else if line.hasPrefix("# ") { provenance.append(String(line.dropFirst(2))) }
                continue
            }
            guard sawHeader else { throw .malformed(line: lineNo, message: "the first line must be '\(header)'") }
            let fields = line.split(separator: " ")
            switch fields.first {
            case "C":
                guard fields.count == 2 else { throw .malformed(line: lineNo, message: "a country line is 'C ISO3'") }
                countries.append(CountryBoundary(iso3: String(fields[1]), rings: []))
            case "R":
                guard !countries.isEmpty else { throw .malformed(line: lineNo, message: "a ring before any country line") }
                let numbers = fields.dropFirst().compactMap { Int($0) }
                guard numbers.count == fields.count - 1, numbers.count >= 6, numbers.count % 2 == 0 else {
                    throw .malformed(line: lineNo, message: "a ring needs an even number (≥ 6) of integers")
                }
                var ring: [GeoCoordinate] = []
                ring.reserveCapacity(numbers.count / 2)
                var x = 0, y = 0
                var i = 0
                while i < numbers.count {
                    if i == 0 { x = numbers[0]; y = numbers[1] } else { x += numbers[i]; y += numbers[i + 1] }
                    ring.append(GeoCoordinate(longitude: Double(x) * coordinateUnit, latitude: Double(y) * coordinateUnit))
                    i += 2
                }
                countries[countries.count - 1].rings.append(ring)
            case "P":
                guard fields.count == 4, let x = Int(fields[2]), let y = Int(fields[3]) else {
                    throw .malformed(line: lineNo, message: "a point line is 'P ISO3 lon lat'")
                }
                points.append(CountryPoint(iso3: String(fields[1]),
                                           coordinate: GeoCoordinate(longitude: Double(x) * coordinateUnit, latitude: Double(y) * coordinateUnit)))
            default:
                throw .malformed(line: lineNo, message: "unknown record '\(fields.first ?? "")' (expected C, R or P)")
            }
        }
        guard sawHeader else { throw .malformed(line: 1, message: "the first line must be '\(header)'") }
        return CountryBoundaries(countries: countries, points: points, provenance: provenance)
    }
}
