// Freedom House ratings and statuses 1973-2024 (the historical workbook), for the years
// under review 1996-2011 that the all-data workbook (2012-2023) does not cover.

import Foundation

/// Reads `fh_pr`, `fh_cl` and `fh_status` for the years under review 1996–2011 from Freedom
/// House's *Country and Territory Ratings and Statuses* workbook (sheet "Country Ratings,
/// Statuses ", three header rows: edition, year(s) under review, PR/CL/Status), so that the
/// UN editions 2003–2010 can be paired with a Freedom House measure.
///
/// `fh_total` (the 0–100 aggregate) stays 2012+: Freedom House published aggregate scores
/// only from the 2013 edition in the files at hand (the 2003–2012 aggregate workbook is not
/// among the raw sources), and PR/CL ratings cannot be turned into the aggregate score.
///
/// Conventions: values are stored at the year under review (row 2 of the sheet), as the
/// 2013–2024 importer does; "-" means not rated (missing). Years 2012–2023, which both
/// workbooks cover, are compared cell by cell with the all-data workbook and any difference
/// stops the build. Entities: Yugoslavia (1996–2002, the Federal Republic) and Serbia and
/// Montenegro (2003–2005) are stored under SRB, Serbia being their continuator — the rule the
/// panel applies to every source (see ``EntityContinuity``); territories are on another sheet
/// and not read.
public enum FreedomHouseHistoryImporter {
    public static let path = "freedom_house/Country_and_Territory_Ratings_and_Statuses_FIW_1973-2024.xlsx"
    public static let sheet = "Country Ratings, Statuses "
    /// Years under review taken from this workbook (the all-data workbook covers 2012+).
    public static let years = 1996...2011
    /// Years both workbooks cover, compared value by value.
    public static let overlap = 2012...2023

    /// One rated country-year as the workbook has it.
    struct Rating: Equatable {
        var pr: Double?
        var cl: Double?
        var status: String?

        /// "PR 5, CL 2, PF" or "not rated".
        var text: String {
            let parts = [pr.map { "PR \(Int($0))" }, cl.map { "CL \(Int($0))" }, status].compactMap { $0 }
            return parts.isEmpty ? "not rated" : parts.joined(separator: ", ")
        }
    }

    /// Adds the 1996–2011 ratings to `imp` (the Freedom House import of the all-data workbook)
    /// and checks the overlap years against it.
    /// - Parameters:
    ///   - root: the raw folder.
    ///   - registry: the country registry.
    ///   - imp: the Freedom House import of the 2013–2024 all-data workbook.
    static func add(root: URL, registry: CountryRegistry, into imp: inout SourceImport) throws(ImportError) {
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(url.path) }
        let grid: XLSXWorkbook.Sheet
        do { grid = try XLSXWorkbook(contentsOf: url).sheet(named: sheet) } catch {
            throw .invalid(file: path, line: nil, message: error.description)
        }
        imp.files.append(path)
        // Row 2: the year under review at the first column of each three-column group.
        var groups: [(year: Int, column: Int)] = []
        for column in 1..<(grid.cells.first?.count ?? 0) {
            guard let text = grid.text(1, column) else { continue }
            guard let year = Int(text) else { continue } // 1981-1989 periods ("Nov.1983-Nov.1984") are outside the panel
            guard grid.text(2, column) == "PR", grid.text(2, column + 1) == "CL", grid.text(2, column + 2) == "Status" else {
                throw .invalid(file: path, line: 3, message: "sheet '\(sheet)': the columns under year \(year) are not PR, CL, Status.")
            }
            groups.append((year, column))
        }
        let wanted = groups.filter { years.contains($0.year) || overlap.contains($0.year) }
        guard Set(wanted.map(\.year)) == Set(years).union(overlap) else {
            throw .invalid(file: path, line: 2, message: "sheet '\(sheet)' lacks years under review \(Set(years).union(overlap).subtracting(wanted.map(\.year)).sorted()).")
        }
        var seen = Set<CountryYear>()
        let territories = Set(imp.exclusions.filter { $0.reason.contains("C/T = t") }.compactMap(\.code))
        var added = 0, compared = 0
        for row in 3..<grid.cells.count {
            guard let name = grid.text(row, 0), !CountryRegistry.trimmed(name).isEmpty else { continue }
            let line = row + 1
            var ratings: [Int: Rating] = [:]
            for g in wanted {
                let r = Rating(pr: try rating(grid.text(row, g.column), line: line, what: "PR \(g.year)"),
                               cl: try rating(grid.text(row, g.column + 1), line: line, what: "CL \(g.year)"),
                               status: try status(grid.text(row, g.column + 2), line: line, what: "status \(g.year)"))
                if r != Rating() { ratings[g.year] = r }
            }
            guard !ratings.isEmpty else { continue } // an entity of other years only (USSR, Czechoslovakia, ...)
            guard let target = try EntityRule.resolve(name: name, code: nil, registry: registry, into: &imp, file: path, line: line) else { continue }
            // One rule with the all-data workbook: what Freedom House rates there as a territory
            // (C/T = t, e.g. Hong Kong, listed on this workbook's country sheet) is left out here too.
            if territories.contains(target.iso3) {
                imp.exclude(Exclusion(source: imp.source.rawValue, name: CountryRegistry.trimmed(name), code: target.iso3,
                                      reason: "rated as a territory in Freedom House's all-data workbook (C/T = t), so left out of the 1996-2011 ratings too"))
                continue
            }
            for (year, r) in ratings.sorted(by: { $0.key < $1.key }) {
                let key = CountryYear(iso3: target.iso3, year: year)
                if overlap.contains(year) {
                    let existing = imp.values[key] ?? [:]
                    let other = Rating(pr: existing["fh_pr"].flatMap(Self.number), cl: existing["fh_cl"].flatMap(Self.number),
                                       status: existing["fh_status"].flatMap(Self.text))
                    guard other == r else {
                        throw .invalid(file: path, line: line, message: "\(key): ratings \(r.text) differ from \(FreedomHouseImporter.path) (\(other.text)); the two Freedom House files must agree.")
                    }
                    compared += 1
                    continue
                }
                try imp.list(key, file: path, line: line, seen: &seen)
                try imp.set(key, "fh_pr", r.pr.map(PanelValue.number), file: path, line: line)
                try imp.set(key, "fh_cl", r.cl.map(PanelValue.number), file: path, line: line)
                try imp.set(key, "fh_status", r.status.map(PanelValue.text), file: path, line: line)
                added += 1
            }
        }
        imp.note("Years under review 1996-2011 of fh_pr, fh_cl, fh_status from \(path) (sheet '\(sheet)'): \(added) country-years; "
                 + "\(compared) country-years of 2012-2023 equal the all-data workbook exactly. fh_total stays 2012+ (no aggregate scores before the 2013 edition in the raw files).")
    }

    static func number(_ v: PanelValue) -> Double? { if case .number(let x) = v { return x } else { return nil } }
    static func text(_ v: PanelValue) -> String? { if case .text(let s) = v { return s } else { return nil } }

    /// A PR or CL rating 1–7, nil for "-" or an empty cell.
    static func rating(_ cell: String?, line: Int, what: String) throws(ImportError) -> Double? {
        guard let cell = cell.map(CountryRegistry.trimmed), !cell.isEmpty, cell != "-" else { return nil }
        guard let x = Double(cell), x == x.rounded(), (1...7).contains(x) else {
            throw .badNumber(file: path, line: line, column: what, value: cell)
        }
        return x
    }

    /// F, PF or NF, nil for "-" or an empty cell.
    static func status(_ cell: String?, line: Int, what: String) throws(ImportError) -> String? {
        guard let cell = cell.map(CountryRegistry.trimmed), !cell.isEmpty, cell != "-" else { return nil }
        guard FreedomHouseImporter.statuses.contains(cell) else {
            throw .invalid(file: path, line: line, message: "\(what) is '\(cell)', expected F, PF or NF.")
        }
        return cell
    }
}
