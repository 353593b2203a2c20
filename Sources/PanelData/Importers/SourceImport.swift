// What every importer hands to the panel builder: values keyed by country-year,
// the entities it left out (with the reason), and the quirks it handled.

/// A cell of the panel: a number or a short text code (Freedom House status).
public enum PanelValue: Sendable, Equatable, Hashable {
    case number(Double)
    case text(String)
}

/// One country (canonical registry code) in one calendar year.
public struct CountryYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let iso3: String
    public let year: Int
    public init(iso3: String, year: Int) { self.iso3 = iso3; self.year = year }
    public static func < (a: CountryYear, b: CountryYear) -> Bool { (a.iso3, a.year) < (b.iso3, b.year) }
    public var description: String { "\(iso3) \(year)" }
}

/// An entity a source lists that gets no row in the panel, and why. Never silent:
/// the build report and the manifest list every one.
public struct Exclusion: Sendable, Equatable, Hashable, Codable, Comparable {
    /// Source id (`un_egov`, `wgi`, ...).
    public let source: String
    /// The name as the source spells it (trimmed).
    public let name: String
    /// The registry code, when the entity is known to the registry.
    public let code: String?
    public let reason: String

    public init(source: String, name: String, code: String?, reason: String) {
        self.source = source; self.name = name; self.code = code; self.reason = reason
    }

    public static func < (a: Exclusion, b: Exclusion) -> Bool {
        (a.source, a.code ?? "", a.name, a.reason) < (b.source, b.code ?? "", b.name, b.reason)
    }
}

/// The output of one importer.
public struct SourceImport: Sendable, Equatable {
    /// Source id, one of `PanelSource.allCases`' raw values.
    public let source: PanelSource
    /// Every country-year the source lists for a kept entity inside the panel's years, with
    /// the variables it has a value for (possibly none: "listed but not assessed").
    public internal(set) var values: [CountryYear: [String: PanelValue]] = [:]
    /// Entities left out, one entry per entity (sorted, no duplicates).
    public internal(set) var exclusions: [Exclusion] = []
    /// Quirks handled and counts worth reporting ("31 country-editions with EGDI = 0 set to missing").
    public internal(set) var notes: [String] = []
    /// Files read, relative to the raw folder, in reading order.
    public internal(set) var files: [String] = []

    public init(source: PanelSource) { self.source = source }

    /// Records one value; a second value for the same country-year and variable is an error
    /// (a duplicated country-year inside one source).
    mutating func set(_ key: CountryYear, _ variable: String, _ value: PanelValue?,
                      file: String, line: Int) throws(ImportError) {
        var row = values[key] ?? [:]
        if row[variable] != nil {
            throw .duplicate(file: file, line: line, iso3: key.iso3, year: key.year, variable: variable)
        }
        if let value { row[variable] = value }
        values[key] = row
    }

    /// Marks the country-year as listed by the source (even with no value) and refuses
    /// a second listing of it (a duplicated country-year).
    mutating func list(_ key: CountryYear, file: String, line: Int, seen: inout Set<CountryYear>) throws(ImportError) {
        if !seen.insert(key).inserted {
            throw .duplicate(file: file, line: line, iso3: key.iso3, year: key.year, variable: nil)
        }
        if values[key] == nil { values[key] = [:] }
    }

    mutating func exclude(_ e: Exclusion) {
        if !exclusions.contains(e) { exclusions.append(e) }
    }

    mutating func note(_ s: String) { notes.append(s) }

    /// Adds `s` unless the same note is already there.
    mutating func noteOnce(_ s: String) { if !notes.contains(s) { notes.append(s) } }

    mutating func finish() { exclusions.sort() }
}
