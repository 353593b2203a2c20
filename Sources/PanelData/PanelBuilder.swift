// Builds the curated country-year panel from the raw source folder.

import Foundation

/// Why a build failed.
public enum PanelBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    case source(ImportError)
    case table(TableError)
    case write(AtomicFileError)
    case conflict(String)

    public var description: String {
        switch self {
        case .source(let e): return e.description
        case .table(let e): return "building the panel table: \(e.description)"
        case .write(let e): return e.description
        case .conflict(let s): return s
        }
    }
}

/// The built panel: the table, its manifest and the Datasets README, plus the report.
public struct PanelBuildResult: Sendable, Equatable {
    public var table: Table
    public var manifest: PanelManifest
    public var readme: String
    public var report: PanelBuildReport
}

/// Reads every source under a raw folder (see SOURCES.md there) and assembles the panel:
/// one row per kept country and year 1996-2025 (a rectangular panel: a year without data
/// is a row of missing values), columns in the fixed order of `PanelVariables.all`, rows
/// sorted by iso3 then year.
public enum PanelBuilder {
    public static let dataFileName = "panel.csv"
    public static let manifestFileName = "manifest.json"
    public static let readmeFileName = "README.md"

    public static func build(raw: URL, registry: CountryRegistry = .standard) throws(PanelBuildError) -> PanelBuildResult {
        var imports: [SourceImport] = []
        do {
            imports.append(try UNEGovImporter.importSource(root: raw, registry: registry))
            let checked = try UNEGovImporter.crossCheckMerged(root: raw, registry: registry)
            imports[0].note("Cross-check: \(checked) values of \(UNEGovImporter.mergedPath) (editions 2005-2024) equal the per-edition files exactly.")
            imports[0].files.append(UNEGovImporter.mergedPath)
            imports.append(try WGIImporter.importSource(root: raw, registry: registry))
            imports.append(try CPIImporter.importSource(root: raw, registry: registry))
            imports.append(try CPILegacyImporter.importSource(root: raw, registry: registry))
            imports.append(try WDIImporter.importSource(root: raw, registry: registry))
            imports.append(try FreedomHouseImporter.importSource(root: raw, registry: registry))
            imports.append(try VDemImporter.importSource(root: raw, registry: registry))
            imports.append(try GTMIImporter.importSource(root: raw, registry: registry))
        } catch {
            throw .source(error)
        }
        var files: [String: PanelManifest.File] = [:]
        for imp in imports {
            for f in imp.files {
                let url = raw.appendingPathComponent(f)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw .source(.missingFile(url.path))
                }
                files[f] = PanelManifest.File(path: f, bytes: data.count, sha256: SHA256.hex(data))
            }
        }
        return try assemble(imports, files: files, registry: registry)
    }

    /// Assembles imported sources into the panel (exposed for tests on small imports).
    public static func assemble(_ imports: [SourceImport], files: [String: PanelManifest.File] = [:],
                                registry: CountryRegistry = .standard) throws(PanelBuildError) -> PanelBuildResult {
        // Each variable must come from exactly one source.
        var owner: [String: PanelSource] = [:]
        var merged: [CountryYear: [String: PanelValue]] = [:]
        var isoSet = Set<String>()
        for imp in imports {
            for (key, row) in imp.values where panelYears.contains(key.year) {
                isoSet.insert(key.iso3)
                for (v, x) in row {
                    if let o = owner[v], o != imp.source {
                        throw .conflict("variable \(v) is produced by both \(o.rawValue) and \(imp.source.rawValue).")
                    }
                    owner[v] = imp.source
                    merged[key, default: [:]][v] = x
                }
            }
        }
        // The entity rule's flags (EntityContinuity): a property of the country-year, not of a source.
        for key in merged.keys.sorted() {
            if let flag = EntityContinuity.flag(iso3: key.iso3, year: key.year) { merged[key]?["entity_flag"] = .text(flag) }
        }
        let isos = isoSet.sorted()
        var countries: [Country] = []
        for iso in isos {
            guard let c = registry.country(iso3: iso) else {
                throw .conflict("an importer produced code \(iso), which is not a canonical registry code.")
            }
            countries.append(c)
        }
        let years = Array(panelYears)
        let n = countries.count * years.count
        var columns: [Column] = []
        var isoCol: [String?] = [], nameCol: [String?] = [], yearCol: [Double?] = [], psCol: [Double?] = [], subCol: [String?] = []
        isoCol.reserveCapacity(n)
        for c in countries {
            for y in years {
                isoCol.append(c.iso3); nameCol.append(c.name); yearCol.append(Double(y))
                psCol.append(c.isPostSoviet ? 1 : 0); subCol.append(c.postSovietSubregion?.rawValue)
            }
        }
        var manifestVars: [PanelManifest.Variable] = []
        do {
            columns.append(.text(TextColumn(name: "iso3", isoCol)))
            columns.append(.text(TextColumn(name: "country", nameCol)))
            columns.append(.numeric(try NumericColumn(name: "year", yearCol)))
            columns.append(.numeric(try NumericColumn(name: "post_soviet", psCol)))
            columns.append(.text(TextColumn(name: "subregion", subCol)))
            let postSovietCountries = countries.filter(\.isPostSoviet).count
            for v in PanelVariables.identifiers {
                // subregion is set for the post-Soviet states only; every other identifier everywhere.
                let rowsWithValue = v.name == "subregion" ? postSovietCountries * years.count : n
                manifestVars.append(entry(v, years: years, nonMissing: rowsWithValue,
                                          countries: v.name == "subregion" ? postSovietCountries : countries.count))
            }
            for v in PanelVariables.data {
                var nums: [Double?] = [], texts: [String?] = []
                var yearsSeen = Set<Int>(), countriesSeen = Set<String>(), count = 0
                for c in countries {
                    for y in years {
                        let x = merged[CountryYear(iso3: c.iso3, year: y)]?[v.name]
                        if x != nil { count += 1; yearsSeen.insert(y); countriesSeen.insert(c.iso3) }
                        switch (v.type, x) {
                        case (.numeric, .number(let d)?): nums.append(d)
                        case (.text, .text(let s)?): texts.append(s)
                        case (_, nil): nums.append(nil); texts.append(nil)
                        default: throw PanelBuildError.conflict("variable \(v.name) of type \(v.type.rawValue) got a value of the other type for \(c.iso3) \(y).")
                        }
                    }
                }
                columns.append(v.type == .numeric ? .numeric(try NumericColumn(name: v.name, nums)) : .text(TextColumn(name: v.name, texts)))
                manifestVars.append(entry(v, years: yearsSeen.sorted(), nonMissing: count, countries: countriesSeen.count))
            }
        } catch let e as TableError {
            throw .table(e)
        } catch let e as PanelBuildError {
            throw e
        } catch {
            throw .conflict("\(error)")
        }
        let table: Table
        do { table = try Table(columns, sourceName: dataFileName) } catch { throw .table(error) }

        var exclusions: [Exclusion] = []
        var notes: [(source: String, note: String)] = []
        var sources: [PanelManifest.Source] = []
        for imp in imports {
            exclusions += imp.exclusions
            notes += imp.notes.map { (imp.source.rawValue, $0) }
            let s = imp.source
            sources.append(PanelManifest.Source(
                id: s.rawValue, title: s.title, publisher: s.publisher, edition: s.edition, licence: s.licence, citation: s.citation,
                files: imp.files.map { files[$0] ?? PanelManifest.File(path: $0, bytes: 0, sha256: "") }, quirks: imp.notes))
        }
        exclusions.sort()
        let manifest = PanelManifest(formatVersion: PanelManifest.currentFormatVersion, dataFile: dataFileName,
                                     rows: n, countries: countries.count, firstYear: panelYears.lowerBound, lastYear: panelYears.upperBound,
                                     variables: manifestVars, sources: sources, exclusions: exclusions)
        let report = PanelBuildReport(rows: n, countries: countries.count, variables: manifestVars, exclusions: exclusions, notes: notes)
        return PanelBuildResult(table: table, manifest: manifest, readme: DatasetReadme.render(manifest) + BoundaryReadme.section, report: report)
    }

    static func entry(_ v: PanelVariable, years: [Int], nonMissing: Int, countries: Int) -> PanelManifest.Variable {
        PanelManifest.Variable(name: v.name, label: v.label, definition: v.definition, scale: v.scale, type: v.type,
                               source: v.source?.rawValue, publisher: v.source?.publisher, edition: v.source?.edition,
                               licence: v.source?.licence, years: years, nonMissing: nonMissing, countries: countries)
    }

    /// The bytes of the three files, as `write` stores them.
    public static func fileContents(_ result: PanelBuildResult) -> [(name: String, data: Data)] {
        [(dataFileName, CSVWriter.data(result.table)),
         (manifestFileName, result.manifest.encoded()),
         (readmeFileName, Data(result.readme.utf8))]
    }

    /// Writes panel.csv, manifest.json and README.md into `directory`, each atomically.
    public static func write(_ result: PanelBuildResult, to directory: URL) throws(PanelBuildError) {
        for (name, data) in fileContents(result) {
            do { try AtomicFile.write(data, to: directory.appendingPathComponent(name)) } catch { throw .write(error) }
        }
    }
}
