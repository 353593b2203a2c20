// The five forms summarised for one focus country against a group and the world: what the
// report's paragraphs and the Kazakhstan notebook quote.

/// One indicator of one form: the focus country's value and the group's distribution.
public struct FiveFormsIndicatorSummary: Sendable, Equatable {
    /// The indicator's name, as in ``FiveFormsRow/Indicator/name``.
    public let name: String
    /// The focus country's value (nil where the data lack it).
    public let focus: Double?
    /// The median over the group members with a value (mean of the two middle values for an
    /// even count); nil when none has one.
    public let median: Double?
    /// The group members with a value.
    public let count: Int
    /// The focus country's rank in the group, 1 = highest value (ties share the better rank);
    /// nil when the focus has no value.
    public let focusRank: Int?
}

/// One form: agreement with the paper's prediction for the focus, the group and the world.
public struct FiveFormsFormSummary: Sendable, Equatable {
    /// The form.
    public let form: ParadoxForm
    /// Whether the focus country's indicators agree with the prediction (nil: not measured).
    public let focusAgrees: Bool?
    /// Group members whose indicators agree, in the result's order.
    public let groupAgreeing: [String]
    /// Group members for which the form is measured.
    public let groupMeasured: Int
    /// Countries of the whole result (the world) that agree, and that are measured.
    public let worldAgreeing: Int, worldMeasured: Int
    /// Every indicator of the form, in the metric's order.
    public let indicators: [FiveFormsIndicatorSummary]

    /// The indicator called `name`, nil if the form has none of that name.
    /// - Parameter name: an indicator name, e.g. "lead_over_ge".
    public func indicator(_ name: String) -> FiveFormsIndicatorSummary? { indicators.first { $0.name == name } }
}

/// Knox & Janenova's five forms for one country set beside a group (the 15 post-Soviet states)
/// and all countries of the result.
public struct FiveFormsSummary: Sendable, Equatable {
    /// The span of editions.
    public let from: Int, to: Int
    /// The governance years paired with `from` and `to`.
    public let pairedFromYear: Int, pairedYear: Int
    /// The focus country (ISO3).
    public let focus: String
    /// The group's members present in the result, in the result's order.
    public let group: [String]
    /// The five forms, in the paper's order.
    public let forms: [FiveFormsFormSummary]

    /// The summary of `form`.
    /// - Parameter form: one of the five forms.
    public func form(_ form: ParadoxForm) -> FiveFormsFormSummary? { forms.first { $0.form == form } }
}

extension FiveFormsResult {
    /// The summary of the five forms for `focus` against `group` (default the 15 post-Soviet
    /// states) and against every country in the result. Compute the result for every country
    /// (`countries: nil`) so the world counts are the world's.
    /// - Parameters:
    ///   - focus: the focus country (ISO3), e.g. "KAZ".
    ///   - group: the comparison group (ISO3 codes); nil: the result's post-Soviet rows.
    public func summary(focus: String, group: [String]? = nil) -> FiveFormsSummary {
        let members: [String] = {
            var seen = Set<String>(), out: [String] = []
            for r in rows where (group?.contains(r.iso3) ?? r.postSoviet) && !seen.contains(r.iso3) { seen.insert(r.iso3); out.append(r.iso3) }
            return out
        }()
        let memberSet = Set(members)
        var forms: [FiveFormsFormSummary] = []
        for form in ParadoxForm.allCases {
            let formRows = rows.filter { $0.form == form }
            let groupRows = formRows.filter { memberSet.contains($0.iso3) }
            let focusRow = formRows.first { $0.iso3 == focus }
            let names = (focusRow?.indicators ?? groupRows.first?.indicators ?? []).map(\.name)
            let indicators = names.map { name -> FiveFormsIndicatorSummary in
                func value(_ r: FiveFormsRow) -> Double? { r.indicators.first { $0.name == name }?.value ?? nil }
                let values = groupRows.compactMap(value)
                let f = focusRow.flatMap(value)
                return FiveFormsIndicatorSummary(name: name, focus: f, median: Self.median(values), count: values.count,
                                                 focusRank: f.map { x in values.filter { $0 > x }.count + 1 })
            }
            forms.append(FiveFormsFormSummary(
                form: form, focusAgrees: focusRow?.agrees ?? nil,
                groupAgreeing: groupRows.filter { $0.agrees == true }.map(\.iso3),
                groupMeasured: groupRows.filter { $0.agrees != nil }.count,
                worldAgreeing: formRows.filter { $0.agrees == true }.count,
                worldMeasured: formRows.filter { $0.agrees != nil }.count,
                indicators: indicators))
        }
        return FiveFormsSummary(from: from, to: to, pairedFromYear: pairedFromYear, pairedYear: pairedYear,
                                focus: focus, group: members, forms: forms)
    }

    /// The median of `values` (mean of the two middle order statistics for an even count).
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), n = s.count
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    }
}
