// The checks every command applies to a user's panel before it uses it (issue 18.3, 18.4):
// country codes normalised through the registry, the value-range rules of
// `egov data validate` on the columns that become integers (years, ranks), and
// duplicated country-years. One rule set: the ranges are PanelValidator.rule(for:).

import Foundation

/// What ``PanelInputCheck`` found that stops a command: values a command would turn
/// into integers or loop bounds that break the validator's rules, or duplicated country-years.
public enum PanelInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Values outside their rule (``PanelValidator/rule(for:)``), first few listed.
    case outOfRange([ValidationIssue], total: Int)
    /// The same country and year on more than one row (first few listed, rows 1-based).
    case duplicated([PanelInputCheck.Duplicate], total: Int)

    public var description: String {
        switch self {
        case let .outOfRange(issues, total):
            let shown = issues.map { i -> String in
                let at = [i.iso3, i.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
                return "\(i.variable ?? "?") = \(i.value ?? "?") at \(at.isEmpty ? "" : at + ", ")data row \(i.row ?? 0): \(i.message)"
                    .replacingOccurrences(of: ".:", with: ":")
            }
            return "\(total) value\(total == 1 ? "" : "s") outside the panel's rules: " + shown.joined(separator: "; ")
                + (total > issues.count ? "; and \(total - issues.count) more" : "")
                + ". Years and ranks are used as whole numbers (orderings, axes, rank gaps), so they must be; fix the file"
                + " (`egov data validate FILE` lists every problem)"
        case let .duplicated(list, total):
            let shown = list.map { "\($0.iso3) \($0.year) (data rows \($0.rows.map(String.init).joined(separator: ", ")))" }
            return "\(total) country-year\(total == 1 ? " appears" : "s appear") more than once: " + shown.joined(separator: "; ")
                + (total > list.count ? "; and \(total - list.count) more" : "")
                + ". A panel has one row per country and year (otherwise the last row would silently win or be counted twice);"
                + " remove or aggregate the repeated rows (`egov data validate FILE` lists them all)"
        }
    }
}

/// Checks and normalisation of a user's panel shared by every command (the CLI applies
/// them to `--data FILE` right after loading; `egov data validate` reports instead).
public enum PanelInputCheck {
    /// The columns whose values commands turn into integers, orderings or loop bounds:
    /// their ``PanelValidator`` rule is enforced before any command runs.
    public static let guardedColumns = ["year", "egdi_rank"]

    /// How many problems an error message lists before "and N more".
    public static let listed = 5

    /// A country-year on more than one row.
    public struct Duplicate: Sendable, Equatable {
        /// Country code.
        public var iso3: String
        /// Year, as in the file.
        public var year: String
        /// The 1-based data rows.
        public var rows: [Int]
    }

    /// Normalises the `iso3` column: surrounding spaces removed, lower case raised, and
    /// other codes of a country (ROM for ROU, ZAR for COD) replaced by its ISO3 code
    /// through the registry. Returns the table and one warning per code changed.
    public static func normalizeCodes(_ t: Table, registry: CountryRegistry = .standard) -> (Table, [String]) {
        guard case .text(let column)? = try? t.column(named: "iso3") else { return (t, []) }
        var values = column.values
        var changed: [String: (to: String, rows: Int)] = [:]
        var order: [String] = []
        var cache: [String: String?] = [:]
        for i in values.indices {
            guard let code = values[i] else { continue }
            if registry.country(iso3: code) != nil { continue }
            let target: String?
            if let c = cache[code] { target = c } else {
                let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
                let upper = trimmed.uppercased()
                if trimmed.isEmpty { target = nil }
                else if registry.country(iso3: upper) != nil { target = upper }
                else { target = (try? registry.resolve(code: upper))?.iso3 }
                cache[code] = target
            }
            guard let to = target, to != code else { continue }
            values[i] = to
            if changed[code] == nil { order.append(code) }
            changed[code, default: (to, 0)].rows += 1
        }
        guard !order.isEmpty, let out = try? t.settingColumn(.text(TextColumn(name: "iso3", values, origin: column.origin))) else { return (t, []) }
        let warnings = order.map { code -> String in
            let (to, rows) = changed[code] ?? ("", 0)
            let name = registry.country(iso3: to)?.name ?? to
            let why = code.trimmingCharacters(in: .whitespacesAndNewlines) != code ? " (spaces around the code)" : ""
            return "iso3 '\(code)'\(why) read as \(to) (\(name)) on \(rows) row\(rows == 1 ? "" : "s"), so the country is one unit; write \(to) in the file to silence this"
        }
        return (out, warnings)
    }

    /// Values of the ``guardedColumns`` outside their ``PanelValidator`` rule (or not whole
    /// numbers), in row order; rows are 1-based and name the country-year.
    public static func rangeIssues(_ t: Table, columns: [String] = guardedColumns) -> [ValidationIssue] {
        let iso: [String?] = (try? t.column(named: "iso3"))?.textValues ?? Array(repeating: nil, count: t.rowCount)
        let years: [Double?] = (try? t.numeric("year"))?.optionalValues ?? Array(repeating: nil, count: t.rowCount)
        var issues: [ValidationIssue] = []
        for name in columns {
            guard case .range(let lo, let hi, let integer)? = PanelValidator.rule(for: name),
                  case .numeric(let c)? = try? t.column(named: name) else { continue }
            for i in 0..<c.count {
                guard let x = c[i] else { continue }
                let problem: String?
                if x < lo || x > hi { problem = "outside [\(shortestDecimalText(lo)), \(shortestDecimalText(hi))]" }
                else if integer, x != x.rounded() { problem = "not a whole number (it would be truncated)" }
                else { problem = nil }
                guard let problem else { continue }
                let year = years[i].flatMap { Int(exactly: $0) }  // checked: nil unless a whole number in Int's range
                issues.append(ValidationIssue(severity: .error, row: i + 1, iso3: iso[i], year: year, variable: name,
                                              value: shortestDecimalText(x), message: problem))
            }
        }
        return issues
    }

    /// Country-years on more than one row (by `iso3` and the year as written), in order of first appearance.
    public static func duplicates(_ t: Table) -> [Duplicate] {
        guard let iso = (try? t.column(named: "iso3"))?.textValues, let year = (try? t.column(named: "year"))?.textValues else { return [] }
        var rows: [String: [Int]] = [:]
        var order: [(String, String)] = []
        for i in 0..<t.rowCount {
            guard let c = iso[i], let y = year[i] else { continue }
            let key = c + "\u{1}" + y
            if rows[key] == nil { order.append((c, y)) }
            rows[key, default: []].append(i + 1)
        }
        return order.compactMap { c, y in
            guard let r = rows[c + "\u{1}" + y], r.count > 1 else { return nil }
            return Duplicate(iso3: c, year: y, rows: r)
        }
    }

    /// Normalises the codes and enforces the rules: throws when a guarded column breaks
    /// its rule or a country-year repeats; returns the table and the warnings to show.
    public static func check(_ t: Table, registry: CountryRegistry = .standard) throws(PanelInputError) -> (Table, [String]) {
        let (table, warnings) = normalizeCodes(t, registry: registry)
        let issues = rangeIssues(table)
        if !issues.isEmpty { throw .outOfRange(Array(issues.prefix(listed)), total: issues.count) }
        let dups = duplicates(table)
        if !dups.isEmpty { throw .duplicated(Array(dups.prefix(listed)), total: dups.count) }
        return (table, warnings)
    }
}
