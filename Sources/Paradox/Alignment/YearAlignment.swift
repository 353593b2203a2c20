// Which governance year a UN E-Government Survey edition is compared with.

/// How a UN E-Government Survey edition `Y` is paired with annual governance data
/// (WGI, CPI, WDI, V-Dem, Freedom House).
///
/// The survey published in year `Y` assesses national portals and collects its
/// telecommunication and human-capital inputs mostly in year `Y − 1` (UN DESA, *E-Government
/// Survey 2024*, Annex: methodology). Comparing it with governance data of the same
/// calendar year would relate an assessment to outcomes measured a year later, so
/// `.dataYear` (edition `Y` with data year `Y − 1`) is the default
/// (../shared/DESIGN.md §2); `.sameYear` is available for comparison with studies that
/// pair by publication year.
public enum YearAlignment: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Edition `Y` with governance data of year `Y − 1` (the year its data were collected).
    case dataYear = "data-year"
    /// Edition `Y` with governance data of year `Y`.
    case sameYear = "same-year"

    /// The governance year paired with `edition`.
    public func pairedYear(forEdition edition: Int) -> Int {
        switch self {
        case .dataYear: edition - 1
        case .sameYear: edition
        }
    }

    /// The rule in words, e.g. "edition Y with data year Y−1".
    public var rule: String {
        switch self {
        case .dataYear: "edition Y with data year Y\u{2212}1"
        case .sameYear: "edition Y with data of the same year Y"
        }
    }

    /// The sentence every output states, e.g. "EGDI edition 2024 paired with WGI 2023
    /// (edition Y with data year Y−1)". `sources` are labels such as "WGI", "WDI"
    /// (see `VariableSource`); an empty list reads "governance data".
    public func caption(edition: Int, sources: [String]) -> String {
        let year = pairedYear(forEdition: edition)
        let what = sources.isEmpty ? "governance data \(year)" : sources.map { "\($0) \(year)" }.joined(separator: ", ")
        return "EGDI edition \(edition) paired with \(what) (\(rule))."
    }
}
