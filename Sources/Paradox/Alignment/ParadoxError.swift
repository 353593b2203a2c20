// Why a paradox metric could not be computed: what, where, how to fix.

import PanelData

public enum ParadoxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The year is not a UN E-Government Survey edition present in the data.
    case unknownEdition(Int, available: [Int])
    /// A variable the metric needs is not a column of the panel.
    case unknownVariable(String, suggestions: [String])
    /// A variable the metric needs is a text column.
    case notNumeric(String)
    /// The panel lacks an identifier column (`iso3`, `year`).
    case missingIdentifier(String)
    /// The outcome cannot be used by this metric (e.g. a rank gap needs WGI percentile ranks).
    case unsupportedOutcome(metric: String, outcome: String, allowed: [String])
    /// Too few complete observations for the computation.
    case insufficientData(what: String, observations: Int, needed: Int)
    /// The window of editions is empty or reversed.
    case invalidWindow(from: Int, to: Int, available: [Int])
    /// The outcome has no data in the paired year (e.g. `cpi` before 2012).
    case outcomeUnavailable(outcome: String, year: Int, edition: Int, reason: String)
    /// The least-squares kernel refused the fit.
    case fit(what: String, reason: String)
    /// Years or ranks outside the panel's rules, or a repeated country-year (``/PanelData/PanelInputCheck``).
    case input(PanelInputError)

    public var description: String {
        switch self {
        case let .unknownEdition(y, available):
            return "\(y) is not a UN E-Government Survey edition in the data; editions: \(available.map(String.init).joined(separator: ", "))."
        case let .unknownVariable(v, s):
            return "the panel has no variable '\(v)'" + (s.isEmpty ? "" : "; did you mean \(s.joined(separator: ", "))?")
                + " (`egov data list` lists the variables)."
        case .notNumeric(let v):
            return "variable '\(v)' is text, but the metric needs numbers."
        case .missingIdentifier(let v):
            return "the panel has no '\(v)' column; a panel needs iso3 and year columns."
        case let .unsupportedOutcome(metric, outcome, allowed):
            return "the \(metric) metric cannot use outcome '\(outcome)'; use one of \(allowed.joined(separator: ", "))."
        case let .insufficientData(what, n, needed):
            return "\(what): \(n) complete observation(s), at least \(needed) needed."
        case let .invalidWindow(from, to, available):
            return "window \(from) -> \(to): the first edition must be earlier than the last; editions: \(available.map(String.init).joined(separator: ", "))."
        case let .outcomeUnavailable(outcome, year, edition, reason):
            return reason.isEmpty
                ? "\(outcome) has no data for \(year), the year paired with edition \(edition); choose another edition, outcome or --alignment."
                : reason + " Choose another edition, outcome or --alignment."
        case let .fit(what, reason):
            return "\(what): \(reason)"
        case .input(let e):
            return e.description
        }
    }

    static func from(_ e: TableError, variable: String) -> ParadoxError {
        switch e {
        case .notNumeric: return .notNumeric(variable)
        case let .unknownColumn(name, suggestions, _): return .unknownVariable(name, suggestions: suggestions)
        default: return .unknownVariable(variable, suggestions: [])
        }
    }
}
