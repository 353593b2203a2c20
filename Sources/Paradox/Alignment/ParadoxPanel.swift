// The panel as the paradox metrics read it: values by (country, year), the survey editions.

import PanelData

/// A country-year panel indexed for the paradox metrics: `value(_:iso3:year:)` in O(1),
/// the UN survey editions present in the data, country names and the post-Soviet flag.
///
/// Built once from a `Table` with `iso3` and `year` columns (the embedded panel or a user's
/// CSV with the same variable names, ../shared/DESIGN.md §4). Numeric columns are read
/// lazily per variable and cached in the value, so metrics can ask for any variable.
public struct ParadoxPanel: Sendable {
    /// The table the panel was built from.
    public let table: Table
    /// Row of each (iso3, year).
    let rowIndex: [CountryYear: Int]
    /// ISO3 codes in table order (first appearance).
    public let countries: [String]
    let names: [String: String]
    let postSovietFlags: [String: Bool]
    let subregions: [String: String]
    /// UN survey editions: years in which some country has an `egdi` value, ascending.
    public let editions: [Int]
    /// `egdi_flag` codes of the rows that have one (the embedded panel; a user's file may lack the column).
    let egdiFlags: [CountryYear: String]
    /// Keep EGDI values the UN computed on a missing or impossible component (``/PanelData/EGDIFlag``)?
    /// By default (false) the metrics, figures and report leave those country-editions out and
    /// list them in their notes; `--include-flagged` sets this.
    public var includeFlagged = false

    struct CountryYear: Hashable, Sendable { let iso3: String; let year: Int }

    /// Indexes `table` by (iso3, year); throws when `iso3` or `year` is missing or a country-year repeats.
    public init(_ table: Table) throws(ParadoxError) {
        guard table.hasColumn("iso3") else { throw .missingIdentifier("iso3") }
        guard table.hasColumn("year") else { throw .missingIdentifier("year") }
        let iso: [String?]
        let years: [Double?]
        do {
            iso = try table.column(named: "iso3").textValues
            years = try table.numeric("year").optionalValues
        } catch {
            throw .notNumeric("year")
        }
        // Years and ranks become integers below and in the figures: the validator's rules first (issue 18).
        try Self.checkInput(table)
        var index: [CountryYear: Int] = [:]
        var order: [String] = []
        var seen = Set<String>()
        for i in iso.indices {
            guard let code = iso[i], let y = years[i] else { continue }
            index[CountryYear(iso3: code, year: Int(y))] = i  // checked: checkInput (whole years in [1900, 2100])
            if seen.insert(code).inserted { order.append(code) }
        }
        let countryNames = table.hasColumn("country") ? ((try? table.column(named: "country"))?.textValues ?? []) : []
        let ps: [Double?] = table.hasColumn("post_soviet") ? ((try? table.numeric("post_soviet"))?.optionalValues ?? []) : []
        let sub: [String?] = table.hasColumn("subregion") ? ((try? table.column(named: "subregion"))?.textValues ?? []) : []
        var names: [String: String] = [:], flags: [String: Bool] = [:], subregions: [String: String] = [:]
        for i in iso.indices {
            guard let code = iso[i] else { continue }
            if names[code] == nil, i < countryNames.count, let n = countryNames[i] { names[code] = n }
            // The registry is the authority on membership; a user's file may lack the column.
            if flags[code] == nil {
                if i < ps.count, let v = ps[i] { flags[code] = v == 1 } else { flags[code] = CountryGroups.postSoviet.contains(code) }
            }
            if subregions[code] == nil, i < sub.count, let s = sub[i], !s.isEmpty { subregions[code] = s }
        }
        var egdiFlagged: [CountryYear: String] = [:]
        if table.hasColumn("egdi_flag"), let f = try? table.column(named: "egdi_flag") {
            let codes = f.textValues
            for i in iso.indices {
                guard let code = iso[i], let y = years[i], let flag = codes[i], !flag.isEmpty,
                      EGDIFlag(rawValue: flag)?.isComputedOnMissingComponent ?? true else { continue }
                egdiFlagged[CountryYear(iso3: code, year: Int(y))] = flag  // checked: checkInput
            }
        }
        var editionYears = Set<Int>()
        if table.hasColumn("egdi"), case .numeric(let egdi)? = try? table.column(named: "egdi") {
            for i in years.indices where !egdi.isMissing[i] { if let y = years[i] { editionYears.insert(Int(y)) } }  // checked: checkInput
        }
        self.table = table
        self.rowIndex = index
        self.countries = order
        self.names = names
        self.postSovietFlags = flags
        self.subregions = subregions
        self.editions = editionYears.sorted()
        self.egdiFlags = egdiFlagged
    }

    /// The panel with ``includeFlagged`` set.
    /// - Parameter include: keep flagged EGDI values (true) or leave them out (false, the default).
    public func includingFlagged(_ include: Bool) -> ParadoxPanel {
        var copy = self
        copy.includeFlagged = include
        return copy
    }

    /// The `egdi_flag` of a country-edition whose EGDI rests on a missing or impossible
    /// component, nil otherwise.
    /// - Parameters:
    ///   - iso3: the country.
    ///   - year: the edition.
    public func egdiFlag(iso3: String, year: Int) -> String? { egdiFlags[CountryYear(iso3: iso3, year: year)] }

    /// Whether the metrics leave this country-edition's survey values out (flagged and not ``includeFlagged``).
    func excludesSurveyValues(iso3: String, year: Int) -> Bool {
        !includeFlagged && egdiFlags[CountryYear(iso3: iso3, year: year)] != nil
    }

    /// The flagged country-editions of `edition` left out, as "SRB (hci_zero)", sorted; empty when ``includeFlagged``.
    func flaggedLeftOut(edition: Int) -> [String] {
        guard !includeFlagged else { return [] }
        return egdiFlags.filter { $0.key.year == edition }.map { "\($0.key.iso3) (\($0.value))" }.sorted()
    }

    /// The note on flagged EGDI values left out of `edition`, or nil when none were.
    func flaggedNote(edition: Int) -> String? {
        let left = flaggedLeftOut(edition: edition)
        guard !left.isEmpty else { return nil }
        return "\(left.count) country-edition\(left.count == 1 ? "" : "s") of \(edition) left out: EGDI computed by the UN on a missing or impossible component (egdi_flag): \(left.joined(separator: ", ")); --include-flagged keeps them."
    }

    /// The embedded panel.
    public static func embedded() throws -> ParadoxPanel {
        try ParadoxPanel(PanelDataset.load().table)
    }

    /// The numeric column `name`, or a `ParadoxError` naming the nearest variables.
    public func column(_ name: String) throws(ParadoxError) -> NumericColumn {
        do { return try table.numeric(name) } catch { throw ParadoxError.from(error, variable: name) }
    }

    /// The row of (iso3, year), nil when the panel has no such row.
    public func row(iso3: String, year: Int) -> Int? { rowIndex[CountryYear(iso3: iso3, year: year)] }

    /// The country name in the data, or the code when the data has none.
    public func name(of iso3: String) -> String { names[iso3] ?? iso3 }
    /// Whether the country is one of the 15 post-Soviet states (the `post_soviet` column, else the registry's list).
    public func isPostSoviet(_ iso3: String) -> Bool { postSovietFlags[iso3] ?? CountryGroups.postSoviet.contains(iso3) }
    /// Baltic, Eastern Europe, South Caucasus or Central Asia for the post-Soviet states (the `subregion` column); nil otherwise.
    public func subregion(of iso3: String) -> String? { subregions[iso3] }

    /// Throws `unknownEdition` (listing the editions) unless `year` is an edition.
    public func checkEdition(_ year: Int) throws(ParadoxError) {
        guard editions.contains(year) else { throw .unknownEdition(year, available: editions) }
    }

    /// The latest edition (nil for a panel without `egdi`).
    public var latestEdition: Int? { editions.last }
}
