// Which source a panel variable comes from, for captions and availability notes.

/// The source of a panel variable, read from its name (the panel's naming contract,
/// ../shared/DESIGN.md §4).
public enum VariableSource: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case unEGov = "EGDI"
    case wgi = "WGI"
    case cpi = "CPI"
    case cpiLegacy = "legacy CPI"
    case wdi = "WDI"
    case freedomHouse = "Freedom House"
    case vdem = "V-Dem"
    case gtmi = "GTMI"
    case other = "other"

    /// The UN E-Government Survey variables, stored at their edition year.
    public static let surveyVariables = ["egdi", "egdi_rank", "osi", "tii", "hci", "epi"]

    public init(variable name: String) {
        if Self.surveyVariables.contains(name) { self = .unEGov }
        else if name.hasPrefix("wgi_") { self = .wgi }
        else if name == "cpi_legacy" { self = .cpiLegacy }
        else if name == "cpi" || name == "cpi_se" { self = .cpi }
        else if ["gdppc_ppp", "population", "internet_users"].contains(name) { self = .wdi }
        else if name.hasPrefix("fh_") { self = .freedomHouse }
        else if name.hasPrefix("vdem_") { self = .vdem }
        else if name == "gtmi" { self = .gtmi }
        else { self = .other }
    }

    /// The label shown in captions ("WGI", "CPI", ...).
    public var label: String { rawValue }

    /// Why a variable of this source can be absent in a year, said in availability notes
    /// (nil when there is nothing specific to say).
    public func gapExplanation(year: Int) -> String? {
        switch self {
        case .wgi:
            if [1997, 1999, 2001].contains(year) { return "WGI was not published for 1997, 1999 and 2001" }
            if year > 2023 { return "the WGI 2024 update ends with 2023" }
            if year < 1996 { return "WGI starts in 1996" }
            return nil
        case .cpi:
            if year < 2012 {
                return "the 0-100 CPI starts in 2012; \(year) only has cpi_legacy (0-10, a relative ranking on another scale), which is never substituted"
            }
            return nil
        case .cpiLegacy:
            return year > 2011 ? "cpi_legacy ends with 2011 (from 2012 use cpi)" : nil
        case .freedomHouse:
            return "Freedom House scores are stored at the year under review (2012-2023 in the panel)"
        default:
            return nil
        }
    }
}
