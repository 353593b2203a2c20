// Loading the panel: the embedded default or a user's CSV.

import Foundation
import EmbeddedPanel

/// Why a panel could not be loaded.
public enum PanelLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case embeddedMissing(String)
    case fileNotFound(String)
    case csv(CSVError)
    case badManifest(String, String)
    /// The manifest's data file is not a plain file name in the manifest's own folder.
    case manifestEscapes(manifest: String, dataFile: String)
    case manifestMismatch(String)

    public var description: String {
        switch self {
        case .embeddedMissing(let name):
            return "the embedded panel file \(name) was not found next to the egov binary or in the source checkout; "
                + "rebuild the package (swift build) or pass --data FILE."
        case .fileNotFound(let p): return "file not found: \(p)"
        case .csv(let e): return e.description
        case let .badManifest(file, why): return "\(file): \(why)"
        case let .manifestEscapes(manifest, dataFile):
            return "\(manifest): dataFile '\(dataFile)' is not a file in the manifest's folder (a path, or a link leading out of it); "
                + "a manifest may only name a file beside it: copy the data file next to the manifest and write its bare name."
        case .manifestMismatch(let s): return s
        }
    }
}

/// A loaded panel: the table, its manifest (for the embedded panel or a CSV with a
/// manifest beside it), and what the loader noticed (unknown countries with suggestions).
///
/// Get one with ``load()`` (the embedded panel), ``PanelLoader/load(csv:registry:)`` (your own
/// CSV) or ``init(table:manifest:warnings:)`` (a ``Table`` built in code).
public struct PanelDataset: Sendable, Equatable {
    /// The data: one row per observation (for a panel, per country-year), one column per variable.
    public var table: Table
    /// The manifest the data was checked against (the embedded panel's, or a `manifest.json`
    /// naming the CSV beside it); nil for a bare CSV or a table built in code.
    public var manifest: PanelManifest?
    /// What the loader noticed and the user must see, such as unknown country codes or
    /// names with the nearest known ones.
    public var warnings: [String]

    /// A dataset from a table built in code (no manifest, no checks).
    public init(table: Table, manifest: PanelManifest? = nil, warnings: [String] = []) {
        self.table = table
        self.manifest = manifest
        self.warnings = warnings
    }

    /// The embedded panel (no network, no ../shared): every country, 1996-2025, the
    /// variables listed in `Datasets/README.md`, checked against its manifest.
    public static func load() throws(PanelLoadError) -> PanelDataset { try PanelLoader.loadEmbedded() }
}

/// Reads a panel: the embedded one (``loadEmbedded()``), a CSV described by a manifest
/// (``load(manifest:)``), or a user's CSV with or without a manifest beside it (``load(csv:registry:)``).
public enum PanelLoader {
    /// Columns always read as text (codes and names, even if they look numeric).
    static let textColumns: Set<String> = Set(PanelVariables.all.filter { $0.type == .text }.map(\.name))

    /// The embedded panel (`Datasets/panel.csv`, shipped as a resource), checked against its manifest.
    public static func loadEmbedded() throws(PanelLoadError) -> PanelDataset {
        guard let manifestURL = EmbeddedPanel.url(forResource: PanelBuilder.manifestFileName) else {
            throw .embeddedMissing(PanelBuilder.manifestFileName)
        }
        return try load(manifest: manifestURL)
    }

    /// Loads the data file a manifest names (which must sit in the manifest's folder) and
    /// checks the CSV against it: every variable present, with the manifest's type.
    public static func load(manifest url: URL) throws(PanelLoadError) -> PanelDataset {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .fileNotFound(url.path) }
        let m = try PanelManifest.decode(data, source: url.lastPathComponent)
        let csvURL = try dataFileURL(m.dataFile, manifest: url)
        let table = try readCSV(csvURL, textColumns: Set(m.variables.filter { $0.type == .text }.map(\.name)))
        try check(table, against: m, file: csvURL.lastPathComponent)
        return PanelDataset(table: table, manifest: m, warnings: [])
    }

    /// The URL of `dataFile` beside the manifest; throws if it is a path (contains a
    /// separator, is `.`/`..`, or is empty), so a manifest can never point outside its folder.
    public static func dataFileURL(_ dataFile: String, manifest: URL) throws(PanelLoadError) -> URL {
        if dataFile.isEmpty || dataFile == "." || dataFile == ".." || dataFile.contains("/") || dataFile.contains("\\")
            || dataFile.contains("\0") {
            throw .manifestEscapes(manifest: manifest.lastPathComponent, dataFile: dataFile)
        }
        let dir = manifest.deletingLastPathComponent().standardizedFileURL
        let target = dir.appendingPathComponent(dataFile).standardizedFileURL
        guard target.deletingLastPathComponent().path == dir.path else {
            throw .manifestEscapes(manifest: manifest.lastPathComponent, dataFile: dataFile)
        }
        // A symbolic link named like a plain file may still lead out of the folder (a dataset
        // unpacked from an archive can carry one): follow links on both sides and compare.
        let realDir = dir.resolvingSymlinksInPath()
        if target.resolvingSymlinksInPath().deletingLastPathComponent().path != realDir.path {
            throw .manifestEscapes(manifest: manifest.lastPathComponent, dataFile: dataFile)
        }
        return target
    }

    /// Loads what a user names with `--data`: a dataset manifest (`.json`, whose data file
    /// must sit beside it) or a CSV (with `load(csv:)`).
    public static func load(file url: URL, registry: CountryRegistry = .standard) throws(PanelLoadError) -> PanelDataset {
        guard url.pathExtension.lowercased() == "json" else { return try load(csv: url, registry: registry) }
        var p = try load(manifest: url)
        p.warnings = unknownCountries(p.table, registry: registry)
        return p
    }

    /// Loads a user's CSV. Countries are checked when the file has an `iso3` or `country`
    /// column: unknown ones become warnings with the nearest known names. When a
    /// `manifest.json` naming this file sits beside it, the CSV is checked against it.
    public static func load(csv url: URL, registry: CountryRegistry = .standard) throws(PanelLoadError) -> PanelDataset {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(url.path) }
        let manifestURL = url.deletingLastPathComponent().appendingPathComponent(PanelBuilder.manifestFileName)
        if let data = FileManager.default.contents(atPath: manifestURL.path),
           let m = try? PanelManifest.decode(data, source: manifestURL.lastPathComponent), m.dataFile == url.lastPathComponent {
            var p = try load(manifest: manifestURL)
            p.warnings = unknownCountries(p.table, registry: registry)
            return p
        }
        let table = try readCSV(url, textColumns: textColumns)
        return PanelDataset(table: table, manifest: nil, warnings: unknownCountries(table, registry: registry))
    }

    static func readCSV(_ url: URL, textColumns: Set<String>) throws(PanelLoadError) -> Table {
        // One pass: the conventional text columns are forced where the header has them.
        do {
            return try CSVReader.read(contentsOf: url, options: CSVReadOptions(textColumnsIfPresent: textColumns))
        } catch { throw .csv(error) }
    }

    static func check(_ t: Table, against m: PanelManifest, file: String) throws(PanelLoadError) {
        var problems: [String] = []
        for v in m.variables {
            guard let c = try? t.column(named: v.name) else { problems.append("variable \(v.name) is missing"); continue }
            // A numeric variable with no value at all reads back as an (empty) numeric column;
            // a text column that is entirely empty may read as numeric too: allow that.
            if v.type == .numeric, !c.isNumeric {
                problems.append("variable \(v.name) should be numeric but is text")
            }
        }
        if t.rowCount != m.rows { problems.append("\(t.rowCount) rows, the manifest says \(m.rows)") }
        if !problems.isEmpty {
            throw .manifestMismatch("\(file) does not match its manifest: " + problems.joined(separator: "; ") + ". Rebuild with `egov data build`.")
        }
    }

    /// One warning per unknown code or name (with the nearest known names).
    public static func unknownCountries(_ t: Table, registry: CountryRegistry = .standard) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        if let iso = try? t.column(named: "iso3") {
            for case let code? in iso.textValues where seen.insert(code).inserted {
                if registry.country(iso3: code) == nil, (try? registry.resolve(code: code)) == nil {
                    let s = nearestNames(to: code, in: registry.all.map(\.iso3))
                    out.append("unknown country code '\(code)'" + (s.isEmpty ? "" : "; did you mean \(s.joined(separator: ", "))?"))
                }
            }
        } else if let names = try? t.column(named: "country") {
            for case let name? in names.textValues where seen.insert(name).inserted {
                do { _ = try registry.resolve(name: name) } catch { out.append(error.description) }
            }
        }
        return out
    }
}
