import Testing
import PanelData
import Stats
@testable import Paradox

/// The library form of `egov regress --estimator re --hausman` on the embedded panel.
@Suite struct PanelDatasetPanelRegressTests {
    /// R plm 2.6.2: coef(plm(wgi_cc ~ egdi + log(gdppc_ppp), pdata.frame(panel), model = "random"))
    /// and phtest(within, re)$statistic (scripts/reference/panel_plm_fixture.R: reCoef, hausmanStatistic).
    static let reCoef = [-3.6496467426517305, -0.20744103227039443, 0.3941322364171107]
    static let hausman = 35.296022532298792

    @Test func randomEffectsWithHausman() throws {
        let panel = try PanelDataset.load()
        let re = try panel.regress("wgi_cc ~ egdi + log(gdppc_ppp)", estimator: .randomEffects, hausman: true)
        #expect(re.panel?.estimator == .randomEffects)
        #expect(re.result.statisticKind == .z)
        for (c, r) in zip(re.result.coefficients, Self.reCoef) { #expect(abs(c.estimate - r) <= 1e-10 * abs(r)) }
        let h = try #require(re.panel?.hausman)
        #expect(abs(h.statistic - Self.hausman) <= 1e-9 * Self.hausman)
        #expect(re.panel?.hausmanMundlak?.method == .mundlakClusterRobust)
        #expect(re.panel?.panel == PanelColumns(unit: "iso3", time: "year"))
    }

    @Test func panelColumnsParse() throws {
        #expect(try PanelColumns(parsing: " country , year ") == PanelColumns(unit: "country", time: "year"))
        #expect(throws: RegressionAnalysisError.invalidPanel(text: "iso3")) { try PanelColumns(parsing: "iso3") }
        #expect(throws: RegressionAnalysisError.invalidPanel(text: "a,b,c")) { try PanelColumns(parsing: "a,b,c") }
    }
}
