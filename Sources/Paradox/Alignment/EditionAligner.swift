// Pairs a survey edition with governance data of the aligned year.

extension ParadoxPanel {
    /// The rows of `edition` under `alignment`: for each country assessed in the edition
    /// (non-missing `egdi`), the survey variables (`egdi egdi_rank osi tii hci epi`) at the
    /// edition year and `variables` at `alignment.pairedYear(forEdition: edition)`.
    ///
    /// Edges, never papered over: a variable without any value in the paired year (WGI for
    /// 1997/1999/2001 or after 2023, `cpi` before 2012, ...) is listed in `unavailable` and
    /// explained in a note; it is not taken from a neighbouring year, and `cpi` is never
    /// replaced by `cpi_legacy` (different scale). Survey variables asked for in
    /// `variables` are read at the edition year.
    ///
    /// - Throws: `unknownEdition` (listing the editions) or `unknownVariable`.
    public func aligned(edition: Int, alignment: YearAlignment = .dataYear,
                        variables: [String]) throws(ParadoxError) -> AlignedEdition {
        try checkEdition(edition)
        let year = alignment.pairedYear(forEdition: edition)
        let survey = try VariableSource.surveyVariables.filter(table.hasColumn).map { v throws(ParadoxError) in (v, try column(v)) }
        var pairedNames: [String] = []
        for v in variables where !VariableSource.surveyVariables.contains(v) && !pairedNames.contains(v) { pairedNames.append(v) }
        let paired = try pairedNames.map { v throws(ParadoxError) in (v, try column(v)) }
        let egdi = try column("egdi")

        var rows: [AlignedObservation] = []
        var anyValue = Set<String>()
        for iso in countries {
            guard let r = row(iso3: iso, year: edition), let _ = egdi[r], !excludesSurveyValues(iso3: iso, year: edition) else { continue }
            var s: [String: Double] = [:]
            for (name, col) in survey { if let x = col[r] { s[name] = x } }
            var p: [String: Double] = [:]
            if let pr = row(iso3: iso, year: year) {
                for (name, col) in paired { if let x = col[pr] { p[name] = x; anyValue.insert(name) } }
            }
            rows.append(AlignedObservation(iso3: iso, country: name(of: iso), postSoviet: isPostSoviet(iso),
                                           subregion: subregion(of: iso), survey: s, paired: p))
        }
        // A variable may be absent among assessed countries yet present for others that
        // year; "unavailable" means no value at all in the paired year.
        let unavailable = pairedNames.filter { !anyValue.contains($0) && !hasAnyValue($0, year: year) }
        var sources: [String] = []
        for v in pairedNames where !unavailable.contains(v) {
            let label = VariableSource(variable: v).label
            if !sources.contains(label) { sources.append(label) }
        }
        var notes = [alignment.caption(edition: edition, sources: sources)]
        if let note = flaggedNote(edition: edition) { notes.append(note) }
        for v in unavailable {
            let why = VariableSource(variable: v).gapExplanation(year: year).map { ": " + $0 } ?? ""
            notes.append("\(v) has no data for \(year) (paired with edition \(edition))\(why); it is missing, not filled from another year.")
        }
        return AlignedEdition(edition: edition, alignment: alignment, pairedYear: year, pairedVariables: pairedNames,
                              unavailable: unavailable, rows: rows, notes: notes)
    }

    /// Whether any country has a value of `variable` in `year`.
    func hasAnyValue(_ variable: String, year: Int) -> Bool {
        guard let col = try? column(variable) else { return false }
        for iso in countries { if let r = row(iso3: iso, year: year), col[r] != nil { return true } }
        return false
    }
}
