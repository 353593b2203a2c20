// A survey edition paired with one year of governance data.

/// The rows of one UN survey edition under a year alignment: every country assessed in
/// the edition (non-missing `egdi`), its survey variables at the edition year and the
/// requested variables at the paired year, with notes on what is unavailable.
public struct AlignedEdition: Sendable, Equatable, Codable {
    public var edition: Int
    public var alignment: YearAlignment
    /// The governance year paired with the edition (`alignment.pairedYear(forEdition:)`).
    public var pairedYear: Int
    /// The variables read at the paired year, as requested.
    public var pairedVariables: [String]
    /// Requested paired variables without a single value in the paired year (never filled
    /// from another year or another scale).
    public var unavailable: [String]
    public var rows: [AlignedObservation]
    /// The caption ("EGDI edition 2024 paired with WGI 2023 (edition Y with data year Y−1).")
    /// and one note per unavailable variable.
    public var notes: [String]

    public init(edition: Int, alignment: YearAlignment, pairedYear: Int, pairedVariables: [String],
                unavailable: [String], rows: [AlignedObservation], notes: [String]) {
        self.edition = edition; self.alignment = alignment; self.pairedYear = pairedYear
        self.pairedVariables = pairedVariables; self.unavailable = unavailable; self.rows = rows; self.notes = notes
    }

    /// The alignment caption alone.
    public var caption: String { notes.first ?? "" }

    /// The row of a country, nil when it was not assessed in the edition.
    public func row(_ iso3: String) -> AlignedObservation? { rows.first { $0.iso3 == iso3 } }
}
