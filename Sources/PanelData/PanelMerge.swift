// Adds a user's own indicators to a country-year panel (usually the embedded one), so
// their variables can be analysed next to EGDI, WGI and the rest with every command.

import Foundation

/// Why `PanelMerge.merge` refused: what, where, how to fix.
public enum PanelMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The user's table has no country key (`iso3` or `country`) or no `year`.
    case missingKey(file: String, missing: String)
    /// Rows whose country the registry does not know (value, row, suggestion text).
    case unknownCountries(file: String, problems: [String])
    /// A year that is not a whole number.
    case badYear(file: String, row: Int, value: String)
    /// Two rows of the user's table for one country-year.
    case duplicateCountryYear(file: String, iso3: String, year: Int, rows: [Int])
    /// Variables the panel already has (pass `replace` to use the user's instead).
    case variableClash(file: String, variables: [String])
    /// The user's table brings no variable besides its keys.
    case nothingToAdd(file: String)
    /// The panel itself lacks `iso3`/`year`.
    case badPanel(String)

    public var description: String {
        switch self {
        case let .missingKey(file, missing):
            return "\(file): no \(missing) column; a panel CSV needs a country column (iso3 codes, or country names in 'country') and a 'year' column."
        case let .unknownCountries(file, problems):
            let shown = problems.prefix(8).joined(separator: "; ")
            return "\(file): \(problems.count) row(s) name a country the registry does not know: \(shown)\(problems.count > 8 ? "; and \(problems.count - 8) more" : ""). Correct the names or codes (egov data validate --data \(file) lists them all)."
        case let .badYear(file, row, value):
            return "\(file), row \(row): year '\(value)' is not a whole number; write years as 2022."
        case let .duplicateCountryYear(file, iso3, year, rows):
            return "\(file): \(iso3) \(year) appears in rows \(rows.map(String.init).joined(separator: ", ")); keep one row per country and year."
        case let .variableClash(file, variables):
            return "\(file): the panel already has \(variables.joined(separator: ", ")); rename your column(s), or pass --replace to use your values instead of the panel's."
        case .nothingToAdd(let file):
            return "\(file): no variables besides the country and year columns; nothing to merge."
        case .badPanel(let why):
            return why
        }
    }
}

/// What a merge did, for the user to check.
public struct PanelMergeSummary: Sendable, Equatable {
    /// Variables added (or replaced), in the user's column order.
    public var variables: [String]
    /// The panel's variables the user's replaced (with `replace`).
    public var replaced: [String]
    /// User rows matched to a country-year of the panel.
    public var matchedRows: Int
    /// User rows for country-years the panel lacks, appended as new rows.
    public var appendedRows: Int
    /// Spellings resolved to a code, e.g. "Kyrgyz Republic -> KGZ" (each once).
    public var resolvedNames: [String]
}

/// An outer join on (country, year): every panel row is kept, every user row lands in the result.
public enum PanelMerge {
    private struct CountryYear: Hashable { var iso3: String; var year: Int }

    /// Merges `other` (a user's long table: `iso3` codes or `country` names, `year`, and
    /// variables) into `panel` (a country-year panel with `iso3`, `country`, `year`).
    ///
    /// - Countries are matched through `registry`: `iso3` values as codes (ISO3, World Bank,
    ///   V-Dem, TI codes), else `country` values as names (every spelling in the raw
    ///   sources). Unknown ones are an error naming the nearest known spellings.
    /// - A user row whose country-year is in the panel fills that row; one the panel lacks is
    ///   appended (the registry's name; `post_soviet` and `subregion` from the registry when
    ///   the panel has those columns; the panel's other variables missing). Rows are sorted
    ///   by (iso3, year), so the result is deterministic.
    /// - A user variable with a panel variable's name is an error unless `replace`, which
    ///   drops the panel's column and uses the user's (missing where the user has no row).
    public static func merge(_ other: Table, into panel: Table, source file: String,
                             registry: CountryRegistry = .standard,
                             replace: Bool = false) throws(PanelMergeError) -> (table: Table, summary: PanelMergeSummary) {
        // Keys of the user's table.
        let hasISO = other.hasColumn("iso3"), hasName = other.hasColumn("country")
        guard hasISO || hasName else { throw .missingKey(file: file, missing: "iso3 or country") }
        guard other.hasColumn("year") else { throw .missingKey(file: file, missing: "year") }
        let isoText = hasISO ? ((try? other.column(named: "iso3"))?.textValues ?? []) : []
        let nameText = hasName ? ((try? other.column(named: "country"))?.textValues ?? []) : []
        let yearText = (try? other.column(named: "year"))?.textValues ?? []
        var keys: [(iso3: String, year: Int)] = []
        var problems: [String] = [], resolved: [String] = [], seenResolved = Set<String>()
        for row in 0..<other.rowCount {
            let line = row + 2   // 1-based, after the header
            guard let y = yearText[row].flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), y == y.rounded(), abs(y) < 1e6 else {
                throw .badYear(file: file, row: line, value: yearText[row] ?? "")
            }
            var country: Country?
            if hasISO, let code = isoText[row], !code.trimmingCharacters(in: .whitespaces).isEmpty {
                do { country = try registry.resolve(code: code) } catch {
                    // An unknown code may still be a name written in the iso3 column.
                    country = try? registry.resolve(name: code)
                    if country == nil { problems.append("row \(line): '\(code)' (\(error.description))") }
                }
            } else if hasName, let name = nameText[row] {
                do {
                    let c = try registry.resolve(name: name)
                    country = c
                    if c.name != name, seenResolved.insert(name).inserted { resolved.append("\(name) \u{2192} \(c.iso3)") }
                } catch {
                    problems.append("row \(line): \(error.description)")
                }
            } else {
                problems.append("row \(line): no country")
            }
            keys.append((country?.iso3 ?? "", Int(y)))  // checked: y whole with |y| < 1e6 (guard above)
        }
        guard problems.isEmpty else { throw .unknownCountries(file: file, problems: problems) }
        var userRow: [CountryYear: Int] = [:]
        for (i, k) in keys.enumerated() {
            let id = CountryYear(iso3: k.iso3, year: k.year)
            if let first = userRow[id] {
                throw .duplicateCountryYear(file: file, iso3: k.iso3, year: k.year, rows: [first + 2, i + 2])
            }
            userRow[id] = i
        }

        // The variables to add.
        let keyNames: Set<String> = ["iso3", "country", "year"]
        let added = other.columns.filter { !keyNames.contains($0.name) }
        guard !added.isEmpty else { throw .nothingToAdd(file: file) }
        let clashes = added.map(\.name).filter(panel.hasColumn)
        if !clashes.isEmpty && !replace { throw .variableClash(file: file, variables: clashes) }

        // The panel's rows, plus the user's country-years it lacks.
        guard panel.hasColumn("iso3"), panel.hasColumn("year") else { throw .badPanel("the panel has no iso3 or year column") }
        let panelISO = (try? panel.column(named: "iso3"))?.textValues ?? []
        let panelYear = (try? panel.numeric("year"))?.optionalValues ?? []
        var panelRow: [CountryYear: Int] = [:]
        for r in 0..<panel.rowCount {
            if let c = panelISO[r], let y = panelYear[r].flatMap({ Int(exactly: $0) }) { panelRow[CountryYear(iso3: c, year: y)] = r }  // checked: Int(exactly:)
        }
        let appended = keys.enumerated().filter { panelRow[CountryYear(iso3: $0.element.iso3, year: $0.element.year)] == nil }.map(\.offset)
        // Final row order: (iso3, year); each entry says where the row comes from.
        enum Source { case panel(Int), user(Int) }
        var order: [(iso3: String, year: Int, source: Source)] = []
        for r in 0..<panel.rowCount { order.append((panelISO[r] ?? "", panelYear[r].flatMap { Int(exactly: $0) } ?? 0, .panel(r))) }  // checked: Int(exactly:)
        for u in appended { order.append((keys[u].iso3, keys[u].year, .user(u))) }
        order.sort { ($0.iso3, $0.year) < ($1.iso3, $1.year) }

        func userIndex(_ o: (iso3: String, year: Int, source: Source)) -> Int? {
            if case .user(let u) = o.source { return u }
            return userRow[CountryYear(iso3: o.iso3, year: o.year)]
        }
        var columns: [Column] = []
        let dropped = Set(replace ? clashes : [])
        for col in panel.columns where !dropped.contains(col.name) {
            switch col {
            case .numeric(let c):
                let values: [Double?] = order.map { o in
                    switch o.source {
                    case .panel(let r): return c[r]
                    case .user(let u):
                        switch c.name {
                        case "year": return Double(keys[u].year)
                        case "post_soviet": return CountryGroups.postSoviet.contains(keys[u].iso3) ? 1 : 0
                        default: return nil
                        }
                    }
                }
                guard let nc = try? NumericColumn(name: c.name, values) else { throw .badPanel("column \(c.name) could not be rebuilt") }
                columns.append(.numeric(nc))
            case .text(let c):
                let values: [String?] = order.map { o in
                    switch o.source {
                    case .panel(let r): return c[r]
                    case .user(let u):
                        switch c.name {
                        case "iso3": return keys[u].iso3
                        case "country": return registry.country(iso3: keys[u].iso3)?.name
                        case "subregion": return PostSovietSubregion(iso3: keys[u].iso3)?.rawValue
                        default: return nil
                        }
                    }
                }
                columns.append(.text(TextColumn(name: c.name, values, origin: c.origin)))
            }
        }
        for col in added {
            switch col {
            case .numeric(let c):
                guard let nc = try? NumericColumn(name: c.name, order.map { o in userIndex(o).flatMap { c[$0] } }) else {
                    throw .badPanel("column \(c.name) could not be built")
                }
                columns.append(.numeric(nc))
            case .text(let c):
                columns.append(.text(TextColumn(name: c.name, order.map { o in userIndex(o).flatMap { c[$0] } }, origin: c.origin)))
            }
        }
        let table: Table
        do { table = try Table(columns, sourceName: file) } catch { throw .badPanel(error.description) }
        return (table, PanelMergeSummary(variables: added.map(\.name), replaced: replace ? clashes : [],
                                         matchedRows: other.rowCount - appended.count, appendedRows: appended.count,
                                         resolvedNames: resolved))
    }
}
