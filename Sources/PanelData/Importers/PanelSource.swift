// The publishers behind the panel: ids, citation, licence and edition of each source.

/// One source of the embedded panel. Raw values are the ids used in the manifest.
public enum PanelSource: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case unEgov = "un_egov"
    case wgi
    case tiCPI = "ti_cpi"
    case tiCPILegacy = "ti_cpi_legacy"
    case wdi
    case freedomHouse = "freedom_house"
    case vdem
    case gtmi

    public static func < (a: PanelSource, b: PanelSource) -> Bool {
        // allCases contains every case, so the fallback is never used; it keeps the code trap-free.
        (allCases.firstIndex(of: a) ?? allCases.count) < (allCases.firstIndex(of: b) ?? allCases.count)
    }

    public var publisher: String {
        switch self {
        case .unEgov: "United Nations, Department of Economic and Social Affairs (UN DESA)"
        case .wgi: "World Bank (Kaufmann and Kraay), Worldwide Governance Indicators"
        case .tiCPI, .tiCPILegacy: "Transparency International"
        case .wdi: "World Bank, World Development Indicators"
        case .freedomHouse: "Freedom House"
        case .vdem: "V-Dem Institute, University of Gothenburg"
        case .gtmi: "World Bank GovTech programme"
        }
    }

    public var title: String {
        switch self {
        case .unEgov: "United Nations E-Government Survey (E-Government Development Index and components)"
        case .wgi: "Worldwide Governance Indicators"
        case .tiCPI: "Corruption Perceptions Index 2012-2025 time series"
        case .tiCPILegacy: "Corruption Perceptions Index 1998-2011 (0-10 scale)"
        case .wdi: "World Development Indicators"
        case .freedomHouse: "Freedom in the World"
        case .vdem: "Varieties of Democracy high-level democracy indices"
        case .gtmi: "GovTech Maturity Index"
        }
    }

    public var edition: String {
        switch self {
        case .unEgov: "editions 2003, 2004, 2005, 2008-2022 (UN Data Center files) and 2024 (third-party copy, verified against a second copy)"
        case .wgi: "2024 update (data 1996-2023; workbook of 2024-09-27)"
        case .tiCPI: "CPI 2025 results file (released 2026-02-10), time series 2012-2025"
        case .tiCPILegacy: "per-year tables 1998-2011 as packaged by datahub.io (2015)"
        case .wdi: "WDI bulk downloads: GDP per capita PPP and population last updated 2025-07-01, internet users 2025-04-15"
        case .freedomHouse: "FIW 2013-2024 all-data workbook (editions 2013-2024 = years under review 2012-2023) and the 1973-2024 country ratings and statuses workbook (PR, CL, status for years under review 1996-2011)"
        case .vdem: "V-Dem country-year subset, version not stated by the uploader (coverage to 2024 implies v15, 2025)"
        case .gtmi: "GovTech dataset 2020, 2022 and 2025 (gtmiR package, gtmi2025)"
        }
    }

    public var licence: String {
        switch self {
        case .unEgov: "UN terms of use (free use with attribution; no open licence stated)"
        case .wgi, .wdi, .gtmi: "CC BY 4.0"
        case .tiCPI, .tiCPILegacy: "CC BY-ND 4.0 (values are not modified)"
        case .freedomHouse: "Freedom House terms of use (non-commercial research with citation)"
        case .vdem: "CC BY-SA 4.0"
        }
    }

    public var citation: String {
        switch self {
        case .unEgov: "UN DESA (2003-2024). United Nations E-Government Survey <edition>. New York: United Nations."
        case .wgi: "Kaufmann, D. and Kraay, A. (2024). Worldwide Governance Indicators, 2024 Update. www.govindicators.org."
        case .tiCPI: "Transparency International (2026). Corruption Perceptions Index 2025. www.transparency.org/cpi."
        case .tiCPILegacy: "Transparency International (1998-2011). Corruption Perceptions Index <year>. www.transparency.org/cpi."
        case .wdi: "World Bank (2025). World Development Indicators. data.worldbank.org."
        case .freedomHouse: "Freedom House (2024). Freedom in the World 2013-2024; Country and Territory Ratings and Statuses 1973-2024. freedomhouse.org."
        case .vdem: "Coppedge, M. et al. (2025). V-Dem Country-Year Dataset v15. Varieties of Democracy (V-Dem) Project."
        case .gtmi: "World Bank (2025). GovTech Maturity Index (GTMI) dataset. datacatalog.worldbank.org."
        }
    }
}
