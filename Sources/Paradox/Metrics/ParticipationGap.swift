// Participation gap: E-Participation percentile minus a participation/voice percentile.

/// What the E-Participation Index is compared with.
public enum ParticipationMeasure: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// WGI Voice and Accountability: published percentile rank, with its 90% interval.
    case wgiVoice = "wgi-va"
    /// V-Dem participatory democracy index (`vdem_partipdem`), percentile computed here.
    case vdemParticipatory = "vdem"
    /// Freedom House total score (`fh_total`), percentile computed here.
    case freedomHouse = "fh"

    /// The variable whose percentile is compared.
    public var variable: String {
        switch self {
        case .wgiVoice: "wgi_va_pct"
        case .vdemParticipatory: "vdem_partipdem"
        case .freedomHouse: "fh_total"
        }
    }

    public var label: String {
        switch self {
        case .wgiVoice: "WGI Voice and Accountability"
        case .vdemParticipatory: "V-Dem participatory democracy"
        case .freedomHouse: "Freedom House total score"
        }
    }
}

public struct ParticipationGap: Sendable, Equatable, Codable {
    public var iso3: String
    public var country: String
    public var postSoviet: Bool
    public var epi: Double
    /// WGI-style percentile of the EPI among the countries assessed in the edition.
    public var epiPercentile: Double
    /// Percentile of the comparison measure at the paired year (published for WGI, computed
    /// with `PercentileRank` across the countries with a value for V-Dem and Freedom House).
    public var measurePercentile: Double
    /// WGI's 90% interval of the percentile (nil for V-Dem and Freedom House).
    public var measureLow: Double?
    public var measureHigh: Double?
    /// `epiPercentile − measurePercentile`: positive = e-participation ranks above actual voice.
    public var gap: Double
    /// Outside WGI's 90% interval (always false without an interval).
    public var flagged: Bool
}

public struct ParticipationGapResult: Sendable, Equatable, Codable {
    public var edition: Int
    public var alignment: YearAlignment
    public var pairedYear: Int
    public var measure: ParticipationMeasure
    /// Sorted by gap, largest first.
    public var rows: [ParticipationGap]
    public var excluded: [String]
    public var notes: [String]
}

extension ParadoxPanel {
    /// Participation gaps of `edition`: EPI percentile (WGI definition, across assessed
    /// countries) minus the percentile of `measure` at the paired year.
    public func participationGap(edition: Int, measure: ParticipationMeasure = .wgiVoice,
                                 alignment: YearAlignment = .dataYear) throws(ParadoxError) -> ParticipationGapResult {
        var vars = [measure.variable]
        if measure == .wgiVoice { vars += ["wgi_va_pct_lo", "wgi_va_pct_hi"] }
        let a = try aligned(edition: edition, alignment: alignment, variables: vars)
        if a.unavailable.contains(measure.variable) {
            throw .outcomeUnavailable(outcome: measure.variable, year: a.pairedYear, edition: edition,
                                      reason: a.notes.dropFirst().first { $0.hasPrefix(measure.variable + " ") } ?? "")
        }
        let epiPct = try percentiles(of: "epi", year: edition)
        let measurePct: [String: Double]
        if measure == .wgiVoice {
            measurePct = Dictionary(uniqueKeysWithValues: a.rows.compactMap { r in r.paired[measure.variable].map { (r.iso3, $0) } })
        } else {
            measurePct = try percentiles(of: measure.variable, year: a.pairedYear)
        }
        var rows: [ParticipationGap] = [], excluded: [String] = []
        for r in a.rows {
            guard let epi = r.survey["epi"], let pe = epiPct[r.iso3], let pm = measurePct[r.iso3] else { excluded.append(r.iso3); continue }
            let l = measure == .wgiVoice ? r.paired["wgi_va_pct_lo"] : nil
            let h = measure == .wgiVoice ? r.paired["wgi_va_pct_hi"] : nil
            let outside = (l.map { pe < $0 } ?? false) || (h.map { pe > $0 } ?? false)
            rows.append(ParticipationGap(iso3: r.iso3, country: r.country, postSoviet: r.postSoviet, epi: epi, epiPercentile: pe,
                                         measurePercentile: pm, measureLow: l, measureHigh: h, gap: pe - pm, flagged: outside))
        }
        rows.sort { $0.gap != $1.gap ? $0.gap > $1.gap : $0.iso3 < $1.iso3 }
        var notes = a.notes
        let how = measure == .wgiVoice ? "the published wgi_va_pct; flagged when the EPI percentile lies outside WGI's 90% interval"
            : "100\u{00B7}(countries with a lower \(measure.variable) in \(a.pairedYear))/(N\u{2212}1) across all countries with a value; no interval, never flagged"
        notes.append("gap = EPI percentile \u{2212} \(measure.label) percentile. EPI percentile = 100\u{00B7}(assessed countries with lower epi)/(N\u{2212}1) (WGI's pctrank definition); \(measure.label) percentile: \(how).")
        if !excluded.isEmpty {
            notes.append("\(excluded.count) assessed countries without epi or \(measure.variable) left out: \(excluded.sorted().joined(separator: ", ")).")
        }
        return ParticipationGapResult(edition: edition, alignment: alignment, pairedYear: a.pairedYear, measure: measure,
                                      rows: rows, excluded: excluded.sorted(), notes: notes)
    }
}

extension ParticipationGapResult {
    public func table(postSovietOnly: Bool = false) -> ResultTable {
        let shown = postSovietOnly ? rows.filter(\.postSoviet) : rows
        var notes = self.notes
        notes.append("post_soviet = 1 marks the 15 successor states of the USSR.")
        return ResultTable(
            title: "Participation gap: E-Participation edition \(edition) vs \(measure.label) \(pairedYear)",
            columns: [TableColumn("iso3", alignment: .left), TableColumn("country", alignment: .left), TableColumn("post_soviet"),
                      TableColumn("epi"), TableColumn("epi_pct"), TableColumn("measure_pct"), TableColumn("measure_pct_lo"),
                      TableColumn("measure_pct_hi"), TableColumn("gap"), TableColumn("flagged")],
            rows: shown.map { r in
                [.text(r.iso3), .text(r.country), .integer(r.postSoviet ? 1 : 0), .number(r.epi), .number(r.epiPercentile),
                 .number(r.measurePercentile), .number(r.measureLow), .number(r.measureHigh), .number(r.gap), .integer(r.flagged ? 1 : 0)]
            },
            notes: notes)
    }
}
