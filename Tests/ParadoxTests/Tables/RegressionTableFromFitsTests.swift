import Foundation
import Testing
@testable import Paradox

/// Tables built from saved fits (numbers chosen, not fitted: the layout is under test; the
/// fits' own numbers are tested against R in SavedFitReferenceTests).
@Suite struct RegressionTableFromFitsTests {
    static let ols = SavedFit(
        formula: "wgi_cc ~ egdi + log(gdppc_ppp) + post_soviet", dependent: "wgi_cc", estimator: "ols", observations: 185,
        covarianceLabel: "HC1", rSquared: 0.7123, adjustedRSquared: 0.7075, aic: 301.25,
        coefficients: [
            .init(term: "(Intercept)", estimate: -3.95582, standardError: 0.60102, statistic: -6.58, pValue: 5.2e-10, confidenceLow: -5.14, confidenceHigh: -2.77),
            .init(term: "egdi", estimate: 1.91396, standardError: 0.56068, statistic: 3.41, pValue: 0.0008, confidenceLow: 0.81, confidenceHigh: 3.02),
            .init(term: "log(gdppc_ppp)", estimate: 0.29133, standardError: 0.09387, statistic: 3.10, pValue: 0.0022, confidenceLow: 0.11, confidenceHigh: 0.48),
            .init(term: "post_soviet", estimate: -0.68351, standardError: 0.17605, statistic: -3.88, pValue: 0.00014, confidenceLow: -1.03, confidenceHigh: -0.34),
        ],
        distribution: "t", distributionDegreesOfFreedom: 181, data: "embedded panel", condition: "year == 2022")
    static let fe = SavedFit(
        formula: "wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year", dependent: "wgi_cc", estimator: "fe", observations: 1952,
        covarianceLabel: "CR1", rSquared: 0.95, adjustedRSquared: 0.944, withinRSquared: 0.0301,
        coefficients: [
            .init(term: "egdi", estimate: 0.34311, standardError: 0.16298, statistic: 2.105, pValue: 0.0366, confidenceLow: 0.02, confidenceHigh: 0.66),
            .init(term: "log(gdppc_ppp)", estimate: 0.43792, standardError: 0.07856, statistic: 5.574, pValue: 8.9e-8, confidenceLow: 0.28, confidenceHigh: 0.59),
        ],
        distribution: "t", distributionDegreesOfFreedom: 184,
        fixedEffects: [.init(name: "iso3", levels: 185), .init(name: "year", levels: 11)], clusters: [.init(name: "iso3", groups: 185)],
        data: "embedded panel")
    static let interaction = SavedFit(
        formula: "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp) | year", dependent: "wgi_cc", estimator: "fe", observations: 1952,
        covarianceLabel: "CR1", rSquared: 0.70, adjustedRSquared: 0.698, withinRSquared: 0.69,
        coefficients: [
            .init(term: "egdi", estimate: 2.1, standardError: 0.4, statistic: 5.25, pValue: 4e-7, confidenceLow: 1.3, confidenceHigh: 2.9),
            .init(term: "post_soviet", estimate: 0.25, standardError: 0.5, statistic: 0.5, pValue: 0.62, confidenceLow: -0.7, confidenceHigh: 1.2),
            .init(term: "log(gdppc_ppp)", estimate: 0.3, standardError: 0.05, statistic: 6, pValue: 1e-8, confidenceLow: 0.2, confidenceHigh: 0.4),
            .init(term: "egdi:post_soviet", estimate: -1.5, standardError: 0.8, statistic: -1.875, pValue: 0.062, confidenceLow: -3.1, confidenceHigh: 0.1),
        ],
        distribution: "t", distributionDegreesOfFreedom: 184,
        fixedEffects: [.init(name: "year", levels: 11)], clusters: [.init(name: "iso3", groups: 185)], data: "embedded panel")

    static func table(_ options: SavedFitTableOptions = SavedFitTableOptions()) throws -> RegressionTable {
        try RegressionTable(fits: [ols, fe, interaction], options: options)
    }

    /// The three models with their default labels, spanning dependent-variable header,
    /// bottom block and notes (numbers checked by hand against the fits above).
    @Test func textGolden() throws {
        let expected = #"""
                                                                 WGI Control of Corruption
                                                                  (1)          (2)          (3)
        ---------------------------------------------------------------------------------------
        Constant                                            -3.956***
                                                              (0.601)
        E-Government Development Index                       1.914***      0.343**     2.100***
                                                              (0.561)      (0.163)      (0.400)
        log GDP per capita, PPP                              0.291***     0.438***     0.300***
                                                              (0.094)      (0.079)      (0.050)
        Post-Soviet state                                   -0.684***                     0.250
                                                              (0.176)                   (0.500)
        E-Government Development Index × Post-Soviet state                              -1.500*
                                                                                        (0.800)
        ---------------------------------------------------------------------------------------
        N                                                         185         1952         1952
        R²                                                      0.712        0.950        0.700
        Adj. R²                                                 0.708        0.944        0.698
        Within R²                                                            0.030        0.690
        Country FE                                                 No          Yes           No
        Year FE                                                    No          Yes          Yes
        Standard errors                                           HC1  CR1 by iso3  CR1 by iso3
        Clusters                                                               185          185
        ---------------------------------------------------------------------------------------
        Note: Standard errors in parentheses; standard errors: (1) heteroskedasticity-robust (HC1); (2), (3) clustered by iso3 (G = 185), CR1, p-values from t(184).
        Note: * p < 0.1, ** p < 0.05, *** p < 0.01 (two-sided, from each model's reference distribution).
        Note: Data: (1): embedded panel, rows where year == 2022; (2): embedded panel; (3): embedded panel.

        """#
        let text = try Self.table().rendered(as: .text)
        #expect(text == expected, "\(text)")
    }

    @Test func notesStateStarsSEAndData() throws {
        let notes = try Self.table(SavedFitTableOptions(notes: ["Data: UN DESA; World Bank."])).footnotes
        #expect(notes[0] == "Standard errors in parentheses; standard errors: (1) heteroskedasticity-robust (HC1); (2), (3) clustered by iso3 (G = 185), CR1, p-values from t(184).")
        #expect(notes[1] == "* p < 0.1, ** p < 0.05, *** p < 0.01 (two-sided, from each model's reference distribution).")
        #expect(notes[2] == "Data: UN DESA; World Bank.")
        #expect(notes[3] == "Data: (1): embedded panel, rows where year == 2022; (2): embedded panel; (3): embedded panel.")
    }

    @Test func markdownGolden() throws {
        let options = SavedFitTableOptions(titles: ["OLS", "FE", "Interaction"], labels: ["egdi": "EGDI", "log(gdppc_ppp)": "Log GDP pc"],
                                           uncertainty: .confidenceInterval, stars: .r, digits: 2, keep: "egdi|gdppc",
                                           statistics: [.nobs, .r2, .aic])
        let expected = #"""
        | | OLS WGI Control of Corruption | FE WGI Control of Corruption | Interaction WGI Control of Corruption |
        |:---|:---:|:---:|:---:|
        | EGDI | 1.91\*\*\* | 0.34\* | 2.10\*\*\* |
        |  | [0.81, 3.02] | [0.02, 0.66] | [1.30, 2.90] |
        | Log GDP pc | 0.29\*\* | 0.44\*\*\* | 0.30\*\*\* |
        |  | [0.11, 0.48] | [0.28, 0.59] | [0.20, 0.40] |
        | EGDI × Post-Soviet state |  |  | -1.50. |
        |  |  |  | [-3.10, 0.10] |
        | N | 185 | 1952 | 1952 |
        | R² | 0.71 | 0.95 | 0.70 |
        | AIC | 301.2 |  |  |

        *Note:* 95% confidence intervals in brackets; standard errors: OLS heteroskedasticity-robust (HC1); FE, Interaction clustered by iso3 (G = 185), CR1, p-values from t(184).  
        *Note:* . p ≤ 0.1, \* p ≤ 0.05, \*\* p ≤ 0.01, \*\*\* p ≤ 0.001 (R's significance codes; two-sided, from each model's reference distribution).  
        *Note:* Data: OLS: embedded panel, rows where year == 2022; FE: embedded panel; Interaction: embedded panel.  

        """#
        let md = try Self.table(options).rendered(as: .markdown)
        #expect(md == expected, "\(md)")
    }

    @Test func statisticAndPValueRows() throws {
        let t = try Self.table(SavedFitTableOptions(uncertainty: .statistic, keep: "^egdi$")).rendered(as: .csv)
        #expect(t.contains("egdi,estimate,1.91396,0.34311,2.1"))
        let text = try Self.table(SavedFitTableOptions(uncertainty: .statistic, keep: "^egdi$")).rendered(as: .text)
        #expect(text.contains("(3.410)") && text.contains("(2.105)") && text.contains("(5.250)"))
        let p = try Self.table(SavedFitTableOptions(uncertainty: .pValue, digits: 4, keep: "^egdi$")).rendered(as: .text)
        #expect(p.contains("(0.0008)") && p.contains("(0.0366)") && p.contains("(0.0000)"))
        #expect(p.contains("Two-sided p-values in parentheses"))
    }

    @Test func keepDropAndErrors() throws {
        let dropped = try Self.table(SavedFitTableOptions(drop: "Intercept|post_soviet")).rowTerms.map(\.term)
        #expect(dropped == ["egdi", "log(gdppc_ppp)"])
        #expect(throws: SavedFitTableError.self) { try Self.table(SavedFitTableOptions(keep: "(")) }
        #expect(throws: SavedFitTableError.nothingLeft(keep: "^zzz", drop: nil)) { try Self.table(SavedFitTableOptions(keep: "^zzz")) }
        #expect(throws: SavedFitTableError.titleCount(titles: 1, fits: 3)) { try Self.table(SavedFitTableOptions(titles: ["A"])) }
    }

    @Test func csvAndJSONKeepFullPrecision() throws {
        let csv = try Self.table().rendered(as: .csv)
        #expect(csv.contains("log(gdppc_ppp),std_error,0.09387,0.07856,0.05"))
        #expect(csv.contains("(Intercept),p_value,5.2e-10,,"))
        let json = try Self.table().rendered(as: .json)
        #expect(json.contains("\"estimate\": 0.34311"))
    }
}
