// Knox & Janenova's five forms of the e-government paradox, one indicator set per form.

/// The five forms in which Knox & Janenova (2019) find the e-government paradox in Kazakhstan
/// (Knox, C. & Janenova, S., "The e-government paradox in post-Soviet countries",
/// *International Journal of Public Sector Management* 32(6), 600–615).
public enum ParadoxForm: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// (1) An emphasis on technological development.
    case technologyEmphasis = "technology-emphasis"
    /// (2) Transactional services got faster while attention moved away from core public services.
    case transactionalServices = "transactional-services"
    /// (3) Petty corruption fell while grand corruption remains.
    case pettyVersusGrandCorruption = "petty-vs-grand-corruption"
    /// (4) Isomorphic mimicry: the form of international models without their function.
    case isomorphicMimicry = "isomorphic-mimicry"
    /// (5) Greater citizen participation has been limited.
    case limitedParticipation = "limited-participation"

    /// The form as the paper names it.
    public var label: String {
        switch self {
        case .technologyEmphasis: "Emphasis on technological development"
        case .transactionalServices: "Transactional services over core public services"
        case .pettyVersusGrandCorruption: "Petty corruption down, grand corruption remains"
        case .isomorphicMimicry: "Isomorphic mimicry"
        case .limitedParticipation: "Limited citizen participation"
        }
    }

    /// What the paper's finding predicts for the indicators.
    public var prediction: String {
        switch self {
        case .technologyEmphasis: "technology lead > 0 over human capital and over government effectiveness"
        case .transactionalServices: "service gap (OSI pct − WGI GE pct) > 0 and widening"
        case .pettyVersusGrandCorruption: "petty-integrity percentile above the control-of-corruption percentile"
        case .isomorphicMimicry: "EGDI percentile climbs while the GE percentile gains less than half as much"
        case .limitedParticipation: "EPI percentile above both the WGI voice and the V-Dem participatory percentile"
        }
    }

    /// What the indicator cannot show (stated in every output).
    public var limitation: String {
        switch self {
        case .technologyEmphasis: "index components measure outputs (services online, connectivity, schooling), not where policy attention or money went"
        case .transactionalServices: "WGI Government Effectiveness is a perception of public-service quality, not a measure of core services themselves"
        case .pettyVersusGrandCorruption: "the embedded sources measure perceived corruption at large (WGI CC, CPI); petty bribery needs a user column (e.g. TI's Global Corruption Barometer or the EBRD Life in Transition Survey bribery rate) merged with egov data merge"
        case .isomorphicMimicry: "a rank climb with flat governance is consistent with mimicry but does not prove it (adoption of form without function is an institutional claim)"
        case .limitedParticipation: "the EPI scores what governments offer online, not whether citizens' input changes decisions"
        }
    }
}

/// One country and form: the indicator values, and whether they agree with the paper.
public struct FiveFormsRow: Sendable, Equatable, Codable {
    /// The country.
    public let iso3: String
    /// The country's name.
    public let country: String
    /// Whether it is one of the 15 post-Soviet states.
    public let postSoviet: Bool
    /// The form.
    public let form: ParadoxForm
    /// Indicator names and values, in a fixed order per form (nil where not computable).
    public let indicators: [Indicator]
    /// Whether the indicators agree with the paper's prediction; nil when not measured.
    public let agrees: Bool?

    /// A named value.
    public struct Indicator: Sendable, Equatable, Codable {
        /// The indicator's name.
        public let name: String
        /// Its value, nil where the data lack it.
        public let value: Double?
    }
}

/// The five-forms table.
public struct FiveFormsResult: Sendable, Equatable, Codable {
    /// First and last edition of the span.
    public let from: Int, to: Int
    /// The governance year paired with `to` (and with `from`).
    public let pairedYear: Int, pairedFromYear: Int
    /// The rows, by country (panel order) then form.
    public let rows: [FiveFormsRow]
    /// Definitions, populations, caveats.
    public let notes: [String]
}

extension ParadoxPanel {
    /// Knox & Janenova's five forms, measured per country over the editions `from` → `to`
    /// (edition Y with governance data of Y−1 by default).
    ///
    /// Every percentile is WGI's `pctrank`, `100·#{j ≠ i : v_j < v_i}/(N − 1)`, computed on one
    /// population per form — the countries with every variable the form needs — so the
    /// differences carry no built-in offset (as the rank gap's default):
    /// 1. *Technology emphasis* (at `to`): tech = mean(OSI pct, TII pct); lead over HCI = tech − HCI
    ///    pct; lead over GE = tech − WGI GE pct; and ΔEGDI `from` → `to` decomposed into its
    ///    component terms (``EGDIChangeDecomposition``), its driver, and the share of online services.
    ///    Agrees when both leads are positive.
    /// 2. *Transactional vs core services*: service gap = OSI pct − GE pct at `from` and `to`, and
    ///    its change. Agrees when the gap at `to` is positive and widened.
    /// 3. *Petty vs grand corruption*: with `pettyCorruption` (a user variable, higher = more
    ///    bribery), petty-integrity pct = 100·#{j ≠ i : v_j > v_i}/(N − 1) at the paired year minus
    ///    the WGI CC pct on the same population. Agrees when positive. Without it: not measured.
    /// 4. *Isomorphic mimicry*: climb = Δ EGDI pct, governance change = Δ GE pct (`from` → `to`,
    ///    each year's percentiles on the countries with both values in both years), and the
    ///    share of the EGDI change due to online services. Agrees when the climb is positive and
    ///    the governance change is less than half of it.
    /// 5. *Limited participation* (at `to`): EPI pct − WGI VA pct and EPI pct − V-Dem participatory
    ///    democracy pct. Agrees when both are positive.
    ///
    /// - Parameters:
    ///   - from: the first edition (default 2008).
    ///   - to: the last edition.
    ///   - countries: the countries to report (nil: every country).
    ///   - pettyCorruption: a user variable of bribery experience (higher = more), or nil.
    ///   - alignment: the year pairing.
    public func fiveForms(from: Int = 2008, to: Int, countries: [String]? = nil, pettyCorruption: String? = nil,
                          alignment: YearAlignment = .dataYear) throws(ParadoxError) -> FiveFormsResult {
        try checkEdition(from)
        try checkEdition(to)
        let paired = alignment.pairedYear(forEdition: to), pairedFrom = alignment.pairedYear(forEdition: from)
        // Values by country at a year, leaving out flagged survey values.
        func values(_ variable: String, _ year: Int) throws(ParadoxError) -> [String: Double] {
            let col = try column(variable)
            let survey = VariableSource.surveyVariables.contains(variable)
            var out: [String: Double] = [:]
            for iso in self.countries {
                if survey && excludesSurveyValues(iso3: iso, year: year) { continue }
                if let r = row(iso3: iso, year: year), let x = col[r] { out[iso] = x }
            }
            return out
        }
        /// Percentiles of each series among the countries that have every series.
        func common(_ series: [[String: Double]], descending: Set<Int> = []) -> [[String: Double]] {
            guard let first = series.first else { return [] }
            let members = first.keys.filter { iso in series.allSatisfy { $0[iso] != nil } }.sorted()
            return series.enumerated().map { k, s in
                let v = members.compactMap { s[$0] }.map { descending.contains(k) ? -$0 : $0 }
                guard let p = PercentileRank.wgiStyle(v) else { return [:] }
                return Dictionary(uniqueKeysWithValues: zip(members, p))
            }
        }
        let osi = try values("osi", to), tii = try values("tii", to), hci = try values("hci", to), epi = try values("epi", to)
        let ge = try values("wgi_ge", paired), va = try values("wgi_va", paired), cc = try values("wgi_cc", paired)
        let vdem = table.hasColumn("vdem_partipdem") ? try values("vdem_partipdem", paired) : [:]
        let tech = common([osi, tii, hci, ge])
        let service = common([osi, ge])
        let serviceFrom = common([try values("osi", from), try values("wgi_ge", pairedFrom)])
        let egdiTo = try values("egdi", to), egdiFrom = try values("egdi", from)
        let geFrom = try values("wgi_ge", pairedFrom)
        // Mimicry: percentiles in each year on the countries with all four values, so a change is a move within one population.
        let bothYears = egdiTo.keys.filter { egdiFrom[$0] != nil && ge[$0] != nil && geFrom[$0] != nil }
        func restricted(_ s: [String: Double]) -> [String: Double] { s.filter { bothYears.contains($0.key) } }
        let mimicryTo = common([restricted(egdiTo), restricted(ge)]), mimicryFrom = common([restricted(egdiFrom), restricted(geFrom)])
        let participationVA = common([epi, va]), participationVDem = common([epi, vdem])
        var petty: [[String: Double]] = []
        if let pettyCorruption {
            petty = common([try values(pettyCorruption, paired), cc], descending: [0])
        }

        let shown = countries.map { wanted in self.countries.filter { wanted.contains($0) } } ?? self.countries
        var rows: [FiveFormsRow] = []
        func ind(_ name: String, _ v: Double?) -> FiveFormsRow.Indicator { .init(name: name, value: v) }
        func diff(_ a: Double?, _ b: Double?) -> Double? { a.flatMap { x in b.map { x - $0 } } }
        for iso in shown {
            let name = self.name(of: iso), ps = isPostSoviet(iso)
            func add(_ form: ParadoxForm, _ indicators: [FiveFormsRow.Indicator], _ agrees: Bool?) {
                rows.append(FiveFormsRow(iso3: iso, country: name, postSoviet: ps, form: form, indicators: indicators, agrees: agrees))
            }
            // 1. Technology emphasis.
            let techPct = tech[0][iso].flatMap { o in tech[1][iso].map { (o + $0) / 2 } }
            let leadHCI = diff(techPct, tech[2][iso]), leadGE = diff(techPct, tech[3][iso])
            let d = egdiChangeDecomposition(iso3: iso, from: from, to: to)
            add(.technologyEmphasis, [ind("tech_pct", techPct), ind("lead_over_hci", leadHCI), ind("lead_over_ge", leadGE),
                                      ind("egdi_change", d?.change), ind("osi_term", d?.osiTerm), ind("tii_term", d?.tiiTerm),
                                      ind("hci_term", d?.hciTerm), ind("publication_residual", d?.publicationResidual)],
                leadHCI.flatMap { h in leadGE.map { h > 0 && $0 > 0 } })
            // 2. Transactional vs core services.
            let gapTo = diff(service[0][iso], service[1][iso]), gapFrom = diff(serviceFrom[0][iso], serviceFrom[1][iso])
            let widening = diff(gapTo, gapFrom)
            add(.transactionalServices, [ind("service_gap_from", gapFrom), ind("service_gap_to", gapTo), ind("service_gap_change", widening)],
                gapTo.flatMap { g in widening.map { g > 0 && $0 > 0 } })
            // 3. Petty vs grand corruption.
            if pettyCorruption != nil, petty.count == 2 {
                let g = diff(petty[0][iso], petty[1][iso])
                add(.pettyVersusGrandCorruption, [ind("petty_integrity_pct", petty[0][iso]), ind("cc_pct", petty[1][iso]), ind("petty_minus_grand", g)],
                    g.map { $0 > 0 })
            } else {
                add(.pettyVersusGrandCorruption, [], nil)
            }
            // 4. Isomorphic mimicry.
            let climb = diff(mimicryTo[0][iso], mimicryFrom[0][iso]), govChange = diff(mimicryTo[1][iso], mimicryFrom[1][iso])
            add(.isomorphicMimicry, [ind("egdi_pct_change", climb), ind("ge_pct_change", govChange), ind("online_service_share", d?.onlineServiceShare)],
                climb.flatMap { c in govChange.map { c > 0 && $0 < c / 2 } })
            // 5. Limited participation.
            let gapVA = diff(participationVA[0][iso], participationVA[1][iso])
            let gapVDem = diff(participationVDem[0][iso], participationVDem[1][iso])
            add(.limitedParticipation, [ind("epi_minus_va", gapVA), ind("epi_minus_vdem", gapVDem)],
                gapVA.flatMap { a in gapVDem.map { a > 0 && $0 > 0 } })
        }
        var notes = [alignment.caption(edition: to, sources: ["WGI", "V-Dem"]),
                     "Span: editions \(from) \u{2192} \(to) (governance \(pairedFrom) \u{2192} \(paired)). Percentiles: 100\u{00B7}#{others with a lower value}/(N\u{2212}1) (WGI's pctrank), each form on its own common population (the countries with every variable it needs)."]
        if let note = flaggedNote(edition: to) { notes.append(note) }
        if let note = flaggedNote(edition: from) { notes.append(note) }
        for form in ParadoxForm.allCases {
            notes.append("\(form.label): predicted \(form.prediction). Cannot show: \(form.limitation).")
        }
        if pettyCorruption == nil {
            notes.append("Petty vs grand corruption is not measured: no petty-bribery measure in the embedded data; merge one (egov data merge) and pass --petty-corruption VAR.")
        }
        notes.append("ΔEGDI decomposition: terms w\u{2082}\u{00B7}C\u{2082} \u{2212} w\u{2081}\u{00B7}C\u{2081} per component with the published weights (1/3 each; 0.34/0.33/0.33 in 2008 and 2010); publication_residual = published change \u{2212} the three terms (rounding to 5 decimals, publication errors), so the parts add up to the published change.")
        return FiveFormsResult(from: from, to: to, pairedYear: paired, pairedFromYear: pairedFrom, rows: rows, notes: notes)
    }
}

extension FiveFormsResult {
    /// One row per country, form and indicator (long format, so CSV and JSON keep full
    /// precision), with whether the form's indicators agree with the paper's prediction.
    /// - Parameter postSovietOnly: show only the 15 post-Soviet states.
    public func table(postSovietOnly: Bool = false) -> ResultTable {
        let shown = postSovietOnly ? rows.filter(\.postSoviet) : rows
        let agree = shown.filter { $0.agrees == true }.count, measured = shown.filter { $0.agrees != nil }.count
        var notes = self.notes
        notes.append("agrees: whether the form's indicators agree with the paper's prediction (stated per form above); \(agree) of \(measured) measured country-forms agree.")
        var cells: [[TableCell]] = []
        for r in shown {
            let agrees: TableCell = .text(r.agrees.map { $0 ? "yes" : "no" } ?? "not measured")
            let id: [TableCell] = [.text(r.iso3), .text(r.country), .text(r.form.rawValue)]
            if r.indicators.isEmpty {
                cells.append(id + [.text("not measured"), .missing, agrees])
            }
            for i in r.indicators { cells.append(id + [.text(i.name), .number(i.value, .decimals(3)), agrees]) }
        }
        return ResultTable(
            title: "Knox & Janenova's five forms of the e-government paradox, editions \(from)\u{2013}\(to)",
            columns: [TableColumn("iso3", alignment: .left), TableColumn("country", alignment: .left), TableColumn("form", alignment: .left),
                      TableColumn("indicator", alignment: .left), TableColumn("value"), TableColumn("agrees", alignment: .left)],
            rows: cells,
            notes: notes)
    }
}
