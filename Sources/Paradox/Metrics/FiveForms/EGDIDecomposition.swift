// ΔEGDI into its component terms, with the weights the UN published per edition.

/// The weights of the EGDI's three components in an edition: EGDI = w_O·OSI + w_T·TII + w_H·HCI.
///
/// Equal thirds in every edition except 2008 and 2010, where the UN weighted OSI 0.34 and TII
/// and HCI 0.33 each (UN DESA, E-Government Survey 2008, 2010, technical appendices; checked on
/// the published values: 2010 exactly, 2008 for 180 of 182 countries — Cambodia and Cameroon
/// are off by 0.003 and 0.012 in the published file).
public struct EGDIWeights: Sendable, Equatable, Hashable, Codable {
    /// Weight of the Online Service Index.
    public let osi: Double
    /// Weight of the Telecommunication Infrastructure Index.
    public let tii: Double
    /// Weight of the Human Capital Index.
    public let hci: Double

    /// The weights of `edition`, nil for a year that is not a UN survey edition.
    /// - Parameter edition: the survey edition (2003, 2004, 2005, 2008, 2010, ..., 2024).
    public static func published(edition: Int) -> EGDIWeights? {
        switch edition {
        case 2008, 2010: return EGDIWeights(osi: 0.34, tii: 0.33, hci: 0.33)
        case 2003, 2004, 2005, 2012, 2014, 2016, 2018, 2020, 2022, 2024: return EGDIWeights(osi: 1.0 / 3, tii: 1.0 / 3, hci: 1.0 / 3)
        default: return nil
        }
    }
}

/// One country's EGDI change between two editions, split into component terms.
///
/// `ΔEGDI = (w₂ᴼ·OSI₂ − w₁ᴼ·OSI₁) + (w₂ᵀ·TII₂ − w₁ᵀ·TII₁) + (w₂ᴴ·HCI₂ − w₁ᴴ·HCI₁) + r`: each term is
/// the change of that component's weighted contribution; `r` is what the published EGDI values
/// differ from their weighted components (rounding to five decimals, and the few publication
/// errors), so the four parts add up exactly to the published change.
public struct EGDIChangeDecomposition: Sendable, Equatable, Codable {
    /// The country.
    public let iso3: String
    /// First and last edition.
    public let from: Int, to: Int
    /// Published EGDI in both editions and the change.
    public let egdiFrom: Double, egdiTo: Double, change: Double
    /// The component terms (change of each weighted contribution).
    public let osiTerm: Double, tiiTerm: Double, hciTerm: Double
    /// Published change minus the three terms (rounding and publication error).
    public let publicationResidual: Double

    /// The component whose term is largest in absolute value: "OSI", "TII" or "HCI".
    public var driver: String {
        let terms = [("OSI", osiTerm), ("TII", tiiTerm), ("HCI", hciTerm)]
        return terms.max { abs($0.1) < abs($1.1) }?.0 ?? "OSI"
    }

    /// The share of the change due to online services, `osiTerm / change` (nil for no change).
    public var onlineServiceShare: Double? { change != 0 ? osiTerm / change : nil }
}

extension ParadoxPanel {
    /// The decomposition of a country's EGDI change from edition `from` to `to`, or nil when
    /// either edition lacks the EGDI or a component, or has no published weights.
    /// - Parameters:
    ///   - iso3: the country.
    ///   - from: the first edition.
    ///   - to: the last edition.
    public func egdiChangeDecomposition(iso3: String, from: Int, to: Int) -> EGDIChangeDecomposition? {
        guard let w1 = EGDIWeights.published(edition: from), let w2 = EGDIWeights.published(edition: to),
              !excludesSurveyValues(iso3: iso3, year: from), !excludesSurveyValues(iso3: iso3, year: to),
              let r1 = row(iso3: iso3, year: from), let r2 = row(iso3: iso3, year: to) else { return nil }
        func v(_ name: String, _ r: Int) -> Double? { (try? column(name))?[r] }
        guard let e1 = v("egdi", r1), let e2 = v("egdi", r2), let o1 = v("osi", r1), let o2 = v("osi", r2),
              let t1 = v("tii", r1), let t2 = v("tii", r2), let h1 = v("hci", r1), let h2 = v("hci", r2) else { return nil }
        let o = w2.osi * o2 - w1.osi * o1, t = w2.tii * t2 - w1.tii * t1, h = w2.hci * h2 - w1.hci * h1
        let change = e2 - e1
        return EGDIChangeDecomposition(iso3: iso3, from: from, to: to, egdiFrom: e1, egdiTo: e2, change: change,
                                       osiTerm: o, tiiTerm: t, hciTerm: h, publicationResidual: change - (o + t + h))
    }
}
