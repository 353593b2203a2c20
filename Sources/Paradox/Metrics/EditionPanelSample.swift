// The country-edition sample of one outcome across all survey editions (for panel models).

/// Every country-edition with `egdi` at the edition year and the outcome at the paired year,
/// over all editions whose paired year has data for the outcome (listwise deletion, reported).
///
/// The panel models of the report (two-way fixed effects, pooled/between/within, the group
/// slope test) are estimated on this sample, so they see exactly the observations of
/// `slopeDecomposition(outcome:alignment:)`.
public struct EditionPanelSample: Sendable, Equatable {
    public var outcome: GovernanceOutcome
    public var alignment: YearAlignment
    /// Editions contributing observations, ascending.
    public var editions: [Int]
    /// One entry per country-edition, in edition order then panel order.
    public var iso3: [String]
    public var edition: [Int]
    public var egdi: [Double]
    public var outcomeValues: [Double]
    public var postSoviet: [Bool]
    /// Dense codes (first appearance) of the country and of the edition, for fixed effects and clusters.
    public var countryCodes: [Int]
    public var editionCodes: [Int]
    /// Assessed country-editions left out for a missing outcome value.
    public var droppedObservations: Int
    /// The alignment sentence, and one note per edition without outcome data.
    public var notes: [String]

    public var count: Int { outcomeValues.count }
    public var countries: Int { Set(countryCodes).count }
}

extension ParadoxPanel {
    /// The sample of `outcome` (at the paired year) against `egdi` over every edition.
    /// Editions whose paired year has no value of the outcome at all (e.g. `cpi` before
    /// 2012) are skipped with a note; within an edition, countries without a value are
    /// dropped (counted in `droppedObservations`).
    public func editionPanelSample(outcome: GovernanceOutcome,
                                   alignment: YearAlignment = .dataYear) throws(ParadoxError) -> EditionPanelSample {
        var s = EditionPanelSample(outcome: outcome, alignment: alignment, editions: [], iso3: [], edition: [], egdi: [],
                                   outcomeValues: [], postSoviet: [], countryCodes: [], editionCodes: [],
                                   droppedObservations: 0, notes: [])
        var countryIndex: [String: Int] = [:]
        for e in editions {
            let a = try aligned(edition: e, alignment: alignment, variables: [outcome.variable])
            if a.unavailable.contains(outcome.variable) { s.notes += a.notes.dropFirst(); continue }
            var any = false
            for r in a.rows {
                guard let x = r.survey["egdi"], let y = r.paired[outcome.variable] else { s.droppedObservations += 1; continue }
                any = true
                let code: Int
                if let c = countryIndex[r.iso3] { code = c } else { code = countryIndex.count; countryIndex[r.iso3] = code }
                s.iso3.append(r.iso3); s.edition.append(e); s.egdi.append(x); s.outcomeValues.append(y)
                s.postSoviet.append(r.postSoviet); s.countryCodes.append(code); s.editionCodes.append(s.editions.count)
            }
            if any { s.editions.append(e) }
        }
        let pairing = alignment == .dataYear ? "Y\u{2212}1" : "Y"
        s.notes.insert("Editions \(s.editions.map(String.init).joined(separator: ", ")), each edition Y paired with \(outcome.variable) of year \(pairing) (\(alignment.rule)).", at: 0)
        if s.droppedObservations > 0 {
            s.notes.append("\(s.droppedObservations) assessed country-editions without \(outcome.variable) in the paired year dropped (listwise).")
        }
        return s
    }
}
