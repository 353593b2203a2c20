// The panel's one rule for historic entities and changed borders.

/// How the panel treats states that split, merged or changed borders within 1996–2025.
///
/// **The rule.** A row is the state that its code names today. Where a source reports a
/// predecessor state — under the predecessor's own name (Freedom House's "Yugoslavia",
/// TI's "Serbia and Montenegro") or under the continuator's name (the UN's "Serbia" of
/// 2003–2005) — the value is stored in the row of the continuator state as international law
/// recognises it (Serbia for the Federal Republic of Yugoslavia and Serbia and Montenegro;
/// Sudan for unified Sudan), and `entity_flag` marks the country-years whose values can
/// describe another entity than the code's present-day state. Nothing is re-estimated,
/// apportioned or dropped: published values stay as published, and the flag says where the
/// sources cannot be made consistent (WDI back-casts present-day borders while the others
/// report the state as it then was).
///
/// The cases (Datasets/README.md lists them with the sources behind each):
/// - `SRB` 1996–2005, `fry_scg`: the Federal Republic of Yugoslavia (1996–2002) and Serbia and
///   Montenegro (2003–2005) in the UN surveys 2003–2005 (which apply today's name
///   retroactively), V-Dem, Freedom House and TI's CPI; WDI's SRB series is Serbia alone.
/// - `SDN` 1996–2010, `sdn_unified`: unified Sudan in the UN surveys, WGI, V-Dem, TI and
///   Freedom House; WDI's SDN series is present-day Sudan (back-cast).
/// - `SSD` 1996–2010, `ssd_backcast`: no state yet; WDI back-casts present-day South Sudan
///   and WGI starts in 2010.
/// - `PSE`, every year, `pse_west_bank`: V-Dem's series covers the West Bank only; WGI, WDI and
///   TI cover the West Bank and Gaza.
/// - `CHI`, every year, `chi_overlaps_jey`: the World Bank's Channel Islands include Jersey,
///   which WGI reports on its own (JEY).
public enum EntityContinuity {
    /// One flagged case.
    public struct Case: Sendable, Equatable {
        /// The panel code.
        public let iso3: String
        /// The years flagged.
        public let years: ClosedRange<Int>
        /// The `entity_flag` code.
        public let flag: String
        /// What the values describe, source by source.
        public let meaning: String
    }

    /// Every flagged case.
    public static let cases: [Case] = [
        Case(iso3: "SRB", years: 1996...2005, flag: "fry_scg",
             meaning: "Federal Republic of Yugoslavia (1996-2002) / Serbia and Montenegro (2003-2005) in UN EGOV 2003-2005 (named Serbia by the UN), V-Dem, Freedom House and TI CPI 1998-2005 (Yugoslavia, Serbia and Montenegro stored here); WDI's SRB series is Serbia alone; WGI reports Montenegro separately from 1998"),
        Case(iso3: "SDN", years: 1996...2010, flag: "sdn_unified",
             meaning: "unified Sudan (before South Sudan's independence in July 2011) in UN EGOV, WGI, V-Dem, TI and Freedom House; WDI's SDN series covers present-day Sudan only (back-cast)"),
        Case(iso3: "SSD", years: 1996...2010, flag: "ssd_backcast",
             meaning: "South Sudan before independence: WDI back-casts present-day South Sudan (population); WGI reports it from 2010; other sources start at independence"),
        Case(iso3: "PSE", years: 1996...2025, flag: "pse_west_bank",
             meaning: "V-Dem's series (Palestine/West Bank) covers the West Bank only; WGI, WDI and TI CPI cover the West Bank and Gaza"),
        Case(iso3: "CHI", years: 1996...2025, flag: "chi_overlaps_jey",
             meaning: "World Bank's Channel Islands (WDI) include Jersey, which WGI reports separately as JEY"),
    ]

    /// Predecessor states whose values are stored under a continuator: registry code → continuator code.
    static let continuators: [String: String] = ["YUG": "SRB", "SCG": "SRB"]

    /// The continuator of a predecessor state, or nil when `country` is not one.
    /// - Parameters:
    ///   - country: the entity a source named.
    ///   - registry: the registry to look the continuator up in.
    static func continuator(of country: Country, registry: CountryRegistry) -> Country? {
        continuators[country.iso3].flatMap { registry.country(iso3: $0) }
    }

    /// The `entity_flag` of a country-year, or nil.
    /// - Parameters:
    ///   - iso3: the panel code.
    ///   - year: the calendar year.
    public static func flag(iso3: String, year: Int) -> String? {
        cases.first { $0.iso3 == iso3 && $0.years.contains(year) }?.flag
    }
}
