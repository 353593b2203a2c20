// The variables of the embedded panel, in column order (DESIGN.md §4: names are a contract).

/// Numeric or text column.
public enum PanelVariableType: String, Sendable, Hashable, Codable {
    case numeric, text
}

/// Description of one panel column.
public struct PanelVariable: Sendable, Hashable {
    public let name: String
    public let label: String
    public let definition: String
    public let scale: String
    public let type: PanelVariableType
    /// nil for the identifier columns (built from the country registry).
    public let source: PanelSource?

    public init(_ name: String, _ label: String, _ definition: String, _ scale: String,
                _ type: PanelVariableType = .numeric, _ source: PanelSource?) {
        self.name = name; self.label = label; self.definition = definition
        self.scale = scale; self.type = type; self.source = source
    }
}

public enum PanelVariables {
    /// Identifier columns, first in every panel file.
    public static let identifiers: [PanelVariable] = [
        PanelVariable("iso3", "ISO3 code", "ISO 3166-1 alpha-3 code (World Bank XKX for Kosovo)", "code", .text, nil),
        PanelVariable("country", "Country", "Canonical English name from the package's country registry", "name", .text, nil),
        PanelVariable("year", "Year", "Calendar year (UN EGOV: edition year; Freedom House: year under review)", "1996-2025", .numeric, nil),
        PanelVariable("post_soviet", "Post-Soviet state", "1 for the 15 successor states of the USSR, else 0", "0/1", .numeric, nil),
        PanelVariable("subregion", "Post-Soviet subregion", "Baltic, Eastern Europe, South Caucasus or Central Asia; empty outside the 15", "text", .text, nil),
    ]

    static let wgiNames = [("va", "Voice and Accountability"), ("pv", "Political Stability and Absence of Violence/Terrorism"),
                           ("ge", "Government Effectiveness"), ("rq", "Regulatory Quality"), ("rl", "Rule of Law"),
                           ("cc", "Control of Corruption")]

    /// Data columns, in file order.
    public static let data: [PanelVariable] = {
        var v: [PanelVariable] = [
            PanelVariable("egdi", "E-Government Development Index", "Mean of OSI, TII and HCI (2003-2005: e-Government Readiness Index); missing when not assessed (EGDI = 0 in the file)", "0-1", .numeric, .unEgov),
            PanelVariable("egdi_rank", "EGDI rank", "Rank among UN member states in the edition (1 = best)", "1-193", .numeric, .unEgov),
            PanelVariable("osi", "Online Service Index", "UN assessment of national online services", "0-1", .numeric, .unEgov),
            PanelVariable("tii", "Telecommunication Infrastructure Index", "ITU-based composite of connectivity indicators", "0-1", .numeric, .unEgov),
            PanelVariable("hci", "Human Capital Index", "Composite of literacy, enrolment and years of schooling", "0-1", .numeric, .unEgov),
            PanelVariable("epi", "E-Participation Index", "UN assessment of e-information, e-consultation and e-decision-making; rescaled each edition", "0-1", .numeric, .unEgov),
            PanelVariable("egdi_flag", "EGDI flag", "Set where the UN computed EGDI on a missing or impossible component (hci_zero, tii_zero, hci_tii_zero, hci_above_1) or published EGDI 0 beside published components (egdi_zero); see the Datasets README", "code", .text, .unEgov),
        ]
        for (d, n) in wgiNames {
            v.append(PanelVariable("wgi_\(d)", "WGI \(n)", "Estimate of \(n) (unobserved components model)", "standard normal units, about -2.5 to 2.5", .numeric, .wgi))
        }
        for (d, n) in wgiNames {
            v.append(PanelVariable("wgi_\(d)_pct", "WGI \(n), percentile rank", "Percentile rank among all economies", "0-100", .numeric, .wgi))
            v.append(PanelVariable("wgi_\(d)_pct_lo", "WGI \(n), percentile rank, lower bound", "Lower bound of the 90% confidence interval of the percentile rank", "0-100", .numeric, .wgi))
            v.append(PanelVariable("wgi_\(d)_pct_hi", "WGI \(n), percentile rank, upper bound", "Upper bound of the 90% confidence interval of the percentile rank", "0-100", .numeric, .wgi))
            v.append(PanelVariable("wgi_\(d)_se", "WGI \(n), standard error", "Standard error of the estimate", "standard normal units", .numeric, .wgi))
        }
        v += [
            PanelVariable("cpi", "Corruption Perceptions Index", "TI CPI score (higher = less perceived corruption), comparable over time from 2012", "0-100", .numeric, .tiCPI),
            PanelVariable("cpi_se", "CPI standard error", "Standard error of the CPI score", "CPI points", .numeric, .tiCPI),
            PanelVariable("cpi_legacy", "CPI 1998-2011 (0-10)", "TI CPI score under the old method (relative ranking, not comparable over time or with cpi)", "0-10", .numeric, .tiCPILegacy),
            PanelVariable("gdppc_ppp", "GDP per capita, PPP", "NY.GDP.PCAP.PP.KD", "constant 2021 international $", .numeric, .wdi),
            PanelVariable("population", "Population, total", "SP.POP.TOTL", "persons", .numeric, .wdi),
            PanelVariable("internet_users", "Individuals using the Internet", "IT.NET.USER.ZS (ITU)", "% of population", .numeric, .wdi),
            PanelVariable("wb_region", "World Bank region", "Region in the WDI country metadata: the current classification, repeated in every year (not historical)", "text", .text, .wdi),
            PanelVariable("wb_income", "World Bank income group", "IncomeGroup in the WDI country metadata: the current classification, repeated in every year (not historical)", "text", .text, .wdi),
            PanelVariable("fh_total", "Freedom in the World total score", "Sum of political rights (0-40) and civil liberties (0-60) scores; the political rights score can fall below 0 through the discretionary question's deduction (Syria 2014-2017: -1, so the total can too); stored at the year under review (edition - 1); 2012+ only (no aggregate scores before the 2013 edition in the raw files)", "-4 to 100", .numeric, .freedomHouse),
            PanelVariable("fh_pr", "Political rights rating", "Freedom House political rights rating (1 = most free); year under review; 1996-2011 from the 1973-2024 ratings workbook", "1-7", .numeric, .freedomHouse),
            PanelVariable("fh_cl", "Civil liberties rating", "Freedom House civil liberties rating (1 = most free); year under review; 1996-2011 from the 1973-2024 ratings workbook", "1-7", .numeric, .freedomHouse),
            PanelVariable("fh_status", "Freedom status", "F (free), PF (partly free), NF (not free); year under review; 1996-2011 from the 1973-2024 ratings workbook", "F/PF/NF", .text, .freedomHouse),
            PanelVariable("vdem_libdem", "V-Dem liberal democracy index", "v2x_libdem", "0-1", .numeric, .vdem),
            PanelVariable("vdem_partipdem", "V-Dem participatory democracy index", "v2x_partipdem", "0-1", .numeric, .vdem),
            PanelVariable("vdem_polyarchy", "V-Dem electoral democracy index (polyarchy)", "v2x_polyarchy", "0-1", .numeric, .vdem),
            PanelVariable("gtmi", "GovTech Maturity Index", "World Bank GTMI (core government systems, service delivery, citizen engagement, GovTech enablers)", "0-1", .numeric, .gtmi),
            PanelVariable("entity_flag", "Entity flag", "Set where a source's values describe another entity than the state the code names today (predecessor states, changed borders, partial territories); see the Datasets README", "code", .text, nil),
        ]
        return v
    }()

    public static var all: [PanelVariable] { identifiers + data }

    public static func variable(named name: String) -> PanelVariable? { all.first { $0.name == name } }
}
