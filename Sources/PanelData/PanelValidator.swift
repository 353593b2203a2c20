// Checks a panel (the embedded one or a user's) for values outside their scale,
// duplicated country-years and unknown countries.

/// One problem found by the validator.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// An error fails `egov data validate`; a note is worth a look.
    public enum Severity: String, Sendable, Equatable { case error, note }
    /// Error or note.
    public var severity: Severity
    /// 1-based data row (the CSV line is row + 1 with a header); nil for file-level problems.
    public var row: Int?
    /// The row's country code, if any.
    public var iso3: String?
    /// The row's year, if any.
    public var year: Int?
    /// The column concerned, if any.
    public var variable: String?
    /// The offending value as text, if any.
    public var value: String?
    /// What is wrong and how to fix it.
    public var message: String

    public var description: String {
        var where_: [String] = []
        if let row { where_.append("row \(row)") }
        if let iso3 { where_.append(iso3) }
        if let year { where_.append(String(year)) }
        if let variable { where_.append(variable) }
        if let value { where_.append("value \(value)") }
        return "\(severity.rawValue): " + (where_.isEmpty ? "" : where_.joined(separator: ", ") + ": ") + message
    }
}

/// The range rules of the panel's variables.
public enum PanelValidator {
    /// The check that applies to a known variable: a numeric range (optionally whole numbers) or a set of allowed values.
    public enum Rule: Sendable, Equatable {
        /// Closed interval; `integer` requires whole numbers.
        case range(Double, Double, integer: Bool)
        case oneOf(Set<String>)
    }

    /// The rule for a variable, nil when there is none (unknown extra columns are allowed).
    public static func rule(for name: String) -> Rule? {
        switch name {
        case "egdi", "osi", "tii", "hci", "epi", "vdem_libdem", "vdem_partipdem", "vdem_polyarchy", "gtmi":
            return .range(0, 1, integer: false)
        case "egdi_rank": return .range(1, 250, integer: true)
        case "cpi": return .range(0, 100, integer: false)
        case "cpi_legacy": return .range(0, 10, integer: false)
        case "cpi_se": return .range(0, 100, integer: false)
        case "internet_users": return .range(0, 100, integer: false)
        case "population": return .range(0, 1e10, integer: false)
        case "gdppc_ppp": return .range(0, 1e7, integer: false)
        // The political-rights subtotal can fall below 0 (down to -4) through FH's
        // discretionary question B, so the total runs from -4 to 100 (Syria 2014-2017: -1).
        case "fh_total": return .range(-4, 100, integer: true)
        case "fh_pr", "fh_cl": return .range(1, 7, integer: true)
        case "fh_status": return .oneOf(["F", "PF", "NF"])
        case "post_soviet": return .range(0, 1, integer: true)
        case "year": return .range(1900, 2100, integer: true)
        default: break
        }
        if name.hasPrefix("wgi_") {
            if name.hasSuffix("_pct") || name.hasSuffix("_pct_lo") || name.hasSuffix("_pct_hi") { return .range(0, 100, integer: false) }
            if name.hasSuffix("_se") { return .range(0, 3, integer: false) }
            // Estimates are in standard-normal units; the official 2024 file has values below -3
            // (Somalia, Iraq political stability down to -3.31), so [-3, 3] is a note and only
            // values beyond ±5 (a rescaled or misplaced column) are errors.
            return .range(-5, 5, integer: false)
        }
        return nil
    }

    static func isWGIEstimate(_ name: String) -> Bool {
        name.hasPrefix("wgi_") && !name.contains("_pct") && !name.hasSuffix("_se")
    }

    /// Every problem, in row order within each check. Errors: values outside their rule,
    /// text in a numeric variable, duplicated iso3-year, unknown iso3 codes or country
    /// names, missing `iso3`/`year` columns. Notes: WGI estimates outside -2.5..2.5 (allowed
    /// by the model but rare, worth a look).
    public static func validate(_ t: Table, registry: CountryRegistry = .standard) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let iso: [String?] = (try? t.column(named: "iso3"))?.textValues ?? Array(repeating: nil, count: t.rowCount)
        let yearCol: [String?] = (try? t.column(named: "year"))?.textValues ?? Array(repeating: nil, count: t.rowCount)
        let years: [Int?] = yearCol.map { $0.flatMap { Double($0) }.flatMap { Int(exactly: $0) } }  // checked: Int(exactly:), nil for 1e20
        for required in ["iso3", "year"] where !t.hasColumn(required) {
            issues.append(ValidationIssue(severity: .error, message: "column '\(required)' is missing; a panel needs iso3 and year."))
        }
        func issue(_ s: ValidationIssue.Severity, _ i: Int, _ v: String?, _ value: String?, _ msg: String) {
            issues.append(ValidationIssue(severity: s, row: i + 1, iso3: iso[i], year: years[i], variable: v, value: value, message: msg))
        }
        // Unknown countries.
        if t.hasColumn("iso3") {
            var known: [String: Bool] = [:]
            for i in 0..<t.rowCount {
                guard let code = iso[i] else { issue(.error, i, "iso3", nil, "missing iso3 code."); continue }
                let ok = known[code] ?? (registry.country(iso3: code) != nil)
                known[code] = ok
                if !ok {
                    let s = nearestNames(to: code, in: registry.all.map(\.iso3))
                    issue(.error, i, "iso3", code, "unknown country code" + (s.isEmpty ? "." : "; did you mean \(s.joined(separator: ", "))?"))
                }
            }
        } else if let names = (try? t.column(named: "country"))?.textValues {
            for i in 0..<t.rowCount {
                guard let n = names[i] else { continue }
                do { _ = try registry.resolve(name: n) } catch { issue(.error, i, "country", n, error.description) }
            }
        }
        // Duplicated country-years.
        if t.hasColumn("iso3"), t.hasColumn("year") {
            var first: [String: Int] = [:]
            for i in 0..<t.rowCount {
                guard let c = iso[i], let y = yearCol[i] else { continue }
                let key = "\(c) \(y)"
                if let f = first[key] {
                    issue(.error, i, nil, nil, "duplicated country-year (first at row \(f + 1)).")
                } else {
                    first[key] = i
                }
            }
        }
        // Ranges.
        for col in t.columns {
            guard let rule = rule(for: col.name) else { continue }
            switch (rule, col) {
            case let (.range(lo, hi, integer), .numeric(c)):
                for i in 0..<c.count {
                    guard let x = c[i] else { continue }
                    if x < lo || x > hi {
                        issue(.error, i, col.name, shortestDecimalText(x), "outside [\(shortestDecimalText(lo)), \(shortestDecimalText(hi))].")
                    } else if integer, x != x.rounded() {
                        issue(.error, i, col.name, shortestDecimalText(x), "should be a whole number.")
                    } else if isWGIEstimate(col.name), abs(x) > 3 {
                        issue(.note, i, col.name, shortestDecimalText(x), "WGI estimate outside [-3, 3]: extreme but possible (standard-normal units); check it is not a misplaced value.")
                    }
                }
            case (.range, .text(let c)):
                let bad = c.values.enumerated().first { $0.element.map { parseDecimal($0) == .notANumber } ?? false }
                let (i, value) = bad.map { ($0.offset, $0.element) } ?? (0, nil)
                issue(.error, i, col.name, value, "text in a numeric variable (the column could not be read as numbers).")
            case let (.oneOf(allowed), _):
                for (i, v) in col.textValues.enumerated() {
                    if let v, !allowed.contains(v) {
                        issue(.error, i, col.name, v, "not one of \(allowed.sorted().joined(separator: ", ")).")
                    }
                }
            }
        }
        return issues
    }
}
