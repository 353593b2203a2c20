// The five forms as one row per country: the headline indicators of each form side by side.

extension FiveFormsResult {
    /// The headline indicators of each form, in the columns of ``regionalTable(countries:)``:
    /// form, indicator name, column header.
    public static let headlineIndicators: [(form: ParadoxForm, name: String, header: String)] = [
        (.technologyEmphasis, "lead_over_hci", "(1) Tech lead vs HCI"),
        (.technologyEmphasis, "lead_over_ge", "(1) Tech lead vs GE"),
        (.transactionalServices, "service_gap_to", "(2) Service gap"),
        (.transactionalServices, "service_gap_change", "(2) Gap change"),
        (.pettyVersusGrandCorruption, "petty_minus_grand", "(3) Petty \u{2212} CC"),
        (.isomorphicMimicry, "egdi_pct_change", "(4) EGDI pct change"),
        (.isomorphicMimicry, "ge_pct_change", "(4) GE pct change"),
        (.limitedParticipation, "epi_minus_va", "(5) EPI \u{2212} VA"),
        (.limitedParticipation, "epi_minus_vdem", "(5) EPI \u{2212} V-Dem"),
    ]

    /// One row per country (in the result's order) with the headline indicators of every
    /// measured form and, after each form's indicators, whether they agree with the paper
    /// ("yes", "no", "NA" where an indicator is missing). A form measured for none of the
    /// countries (petty vs grand corruption without a user column) has no columns; a note
    /// says so. Values are percentile points, one decimal in the readable formats, full
    /// precision in CSV and JSON.
    /// - Parameter countries: the countries to show (ISO3); nil: the post-Soviet rows.
    public func regionalTable(countries: [String]? = nil) -> ResultTable {
        let shown = rows.filter { countries?.contains($0.iso3) ?? $0.postSoviet }
        var order: [String] = [], name: [String: String] = [:]
        for r in shown where name[r.iso3] == nil { order.append(r.iso3); name[r.iso3] = r.country }
        let measuredForms = ParadoxForm.allCases.filter { f in shown.contains { $0.form == f && !$0.indicators.isEmpty } }
        var columns = [TableColumn("iso3", alignment: .left), TableColumn("country", alignment: .left)]
        for f in measuredForms {
            for h in Self.headlineIndicators where h.form == f { columns.append(TableColumn(h.header, key: h.name)) }
            columns.append(TableColumn("(\(f.number)) agrees", key: "agrees_\(f.rawValue.replacingOccurrences(of: "-", with: "_"))", alignment: .left))
        }
        var cells: [[TableCell]] = []
        for iso in order {
            var line: [TableCell] = [.text(iso), .text(name[iso] ?? iso)]
            for f in measuredForms {
                let row = shown.first { $0.iso3 == iso && $0.form == f }
                for h in Self.headlineIndicators where h.form == f {
                    line.append(.number(row?.indicators.first { $0.name == h.name }?.value ?? nil, .decimals(1)))
                }
                line.append(.text(row?.agrees.map { $0 ? "yes" : "no" } ?? "NA"))
            }
            cells.append(line)
        }
        var notes = ["Editions \(from) \u{2192} \(to), governance \(pairedFromYear) \u{2192} \(pairedYear). Percentile points (WGI's pctrank, each form on its own common population)."]
        notes += measuredForms.map { "(\($0.number)) \($0.label): predicted \($0.prediction)." }
        for f in ParadoxForm.allCases where !measuredForms.contains(f) {
            notes.append("(\(f.number)) \(f.label): not measured (no data for it; see the notes of the long table).")
        }
        notes.append("Tech lead: mean of the OSI and TII percentiles minus the HCI (or WGI GE) percentile; service gap: OSI percentile minus WGI GE percentile at \(to), and its change since \(from); EGDI and GE pct change: \(from) \u{2192} \(to); EPI \u{2212} VA / V-Dem: E-Participation percentile minus the WGI voice and the V-Dem participatory democracy percentile at \(to).")
        return ResultTable(title: "Five forms of the e-government paradox by country, editions \(from)\u{2013}\(to)",
                           columns: columns, rows: cells, notes: notes)
    }
}

extension ParadoxForm {
    /// The form's number in the paper's order, 1–5.
    public var number: Int { (ParadoxForm.allCases.firstIndex(of: self) ?? 0) + 1 }
}
