// Helpers shared by the importers: reading a raw CSV, finding columns, reading numbers,
// and the one rule that decides which entities get panel rows.

import Foundation

/// The panel's years (DESIGN.md §4).
public let panelYears: ClosedRange<Int> = 1996...2025

enum RawCSV {
    /// Reads `relativePath` under `root` with every column as text (the importer parses
    /// the cells itself, so a stray token is an error with its line, not a text column).
    static func read(_ root: URL, _ relativePath: String,
                     options: CSVReadOptions = CSVReadOptions(columnTypes: .allText)) throws(ImportError) -> Table {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(url.path) }
        var opts = options
        opts.columnTypes = .allText
        do {
            var t = try CSVReader.read(contentsOf: url, options: opts)
            t.sourceName = relativePath
            return t
        } catch {
            throw .csv(error)
        }
    }

    /// The text column called `name`, or (when `caseInsensitive`) the one whose name matches
    /// ignoring case, as TI's `CPI Score 2013` next to `CPI score 2014`.
    static func column(_ t: Table, _ name: String, file: String, caseInsensitive: Bool = false) throws(ImportError) -> [String?] {
        if t.hasColumn(name), let c = try? t.column(named: name) { return c.textValues }
        if caseInsensitive, let c = t.columns.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return c.textValues
        }
        throw .missingColumn(file: file, column: name, found: t.columnNames)
    }

    /// The value of a numeric cell: nil for a missing cell (the reader already mapped
    /// `..`, `NA`, empty, ... to nil), the number otherwise; anything else is an error.
    static func number(_ cell: String?, file: String, line: Int, column: String) throws(ImportError) -> Double? {
        guard let cell else { return nil }
        switch parseDecimal(cell) {
        case .finite(let x): return x
        default: throw .badNumber(file: file, line: line, column: column, value: cell)
        }
    }

    /// The physical line of data row `row` (0-based) in a file with `skip` junk lines and a
    /// header (exact for files without embedded newlines, which all the raw sources are).
    static func line(_ row: Int, skip: Int = 0) -> Int { skip + row + 2 }
}

enum EntityRule {
    /// Why an entity gets no panel row, or nil when it does: sovereign countries and
    /// territories with an ISO 3166 (or World Bank) code are kept.
    static func exclusionReason(_ c: Country) -> String? {
        switch c.kind {
        case .sovereign: return nil
        case .territory: return c.hasPseudoCode ? "territory without an ISO 3166 code" : nil
        case .historical: return "historical entity that no longer exists (its successors have their own rows)"
        case .subnationalOrDisputed: return "sub-national or disputed entity without an ISO 3166 code"
        case .aggregate: return "statistical aggregate or group of countries, not a country"
        }
    }

    /// Resolves a row by code (when given) or name; returns the country to keep, or records
    /// the exclusion and returns nil. Unknown entities are an error, never dropped.
    static func resolve(name: String?, code: String?, registry: CountryRegistry, into imp: inout SourceImport,
                        file: String, line: Int) throws(ImportError) -> Country? {
        let country: Country
        do {
            if let code, !code.isEmpty, let c = try? registry.resolve(code: code, source: file) {
                country = c
            } else {
                country = try registry.resolve(name: name ?? "", source: "\(file), line \(line)")
            }
        } catch {
            throw .unknownEntity(file: file, line: line, error)
        }
        if let successor = EntityContinuity.continuator(of: country, registry: registry) {
            let name = CountryRegistry.trimmed(name ?? country.name)
            imp.noteOnce("Predecessor state '\(name)' (\(country.iso3)) stored under its continuator \(successor.iso3) (entity_flag marks those country-years).")
            return successor
        }
        if let reason = exclusionReason(country) {
            imp.exclude(Exclusion(source: imp.source.rawValue, name: CountryRegistry.trimmed(name ?? country.name),
                                  code: country.iso3, reason: reason))
            return nil
        }
        return country
    }
}
