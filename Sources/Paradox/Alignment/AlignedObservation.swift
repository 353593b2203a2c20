// One country in one survey edition: its survey values and the paired-year values.

/// A country assessed in a UN E-Government Survey edition, with the survey variables at the
/// edition year and the other variables at the paired year (see `YearAlignment`).
/// Absent values are simply not in the dictionaries.
public struct AlignedObservation: Sendable, Equatable, Codable {
    public var iso3: String
    public var country: String
    public var postSoviet: Bool
    public var subregion: String?
    /// `egdi`, `egdi_rank`, `osi`, `tii`, `hci`, `epi` at the edition year (present values only).
    public var survey: [String: Double]
    /// Governance, income and other variables at the paired year (present values only).
    public var paired: [String: Double]

    public init(iso3: String, country: String, postSoviet: Bool, subregion: String?,
                survey: [String: Double], paired: [String: Double]) {
        self.iso3 = iso3; self.country = country; self.postSoviet = postSoviet; self.subregion = subregion
        self.survey = survey; self.paired = paired
    }

    /// A survey variable if `name` is one, else a paired variable.
    public func value(_ name: String) -> Double? {
        VariableSource.surveyVariables.contains(name) ? survey[name] : paired[name]
    }
}
