import Foundation
import Testing
import PanelData
import Stats
@testable import Paradox

/// `panel.fit(..., family:)`: the library form of `egov regress --family` (numbers are
/// checked against R in StatsTests/GLM and EGovCLITests/RegressFamilyTests; here the
/// report's structure and JSON keys).
@Suite struct PanelDatasetLikelihoodTests {
    @Test func logitReportCarriesTheGLMKeys() throws {
        let panel = try PanelDataset.load()
        let r = try panel.fit("I(fh_status == \"F\") ~ egdi + log(gdppc_ppp)", family: .logit, where: "year == 2022", vcov: .hc1, margins: true)
        let l = try #require(r.likelihood)
        #expect(l.glm?.family == .logit)
        #expect(l.marginalEffects?.map(\.term) == ["egdi", "log(gdppc_ppp)"])
        #expect(r.result.statisticKind == .z)
        #expect(r.result.covarianceLabel == "HC1")
        guard case .object(let members) = r.json() else { Issue.record("not an object"); return }
        let keys = members.map(\.0)
        for k in ["family", "link", "deviance", "null_deviance", "loglik", "aic", "pseudo_r2", "converged", "iterations", "average_marginal_effects"] {
            #expect(keys.contains(k), "\(k)")
        }
        #expect(Set(keys).count == keys.count, "no duplicate JSON keys")
        #expect(r.standardErrorStatement.hasPrefix("HC1 = HC0·n/(n−k)"))
    }

    @Test func orderedReportHasCutpoints() throws {
        let panel = try PanelDataset.load()
        let r = try panel.fit("fh_status ~ egdi + log(gdppc_ppp)", family: .orderedProbit, where: "year == 2022", levels: ["NF", "PF", "F"])
        let l = try #require(r.likelihood)
        #expect(l.cutpoints.map(\.term) == ["NF|PF", "PF|F"])
        #expect(l.ordered?.levels == ["NF", "PF", "F"])
        guard case .object(let members) = r.json() else { Issue.record("not an object"); return }
        let keys = members.map(\.0)
        #expect(keys.contains("cutpoints"))
        #expect(Set(keys).count == keys.count, "no duplicate JSON keys")
    }

    @Test func optionsThatDoNotFitAreRefused() throws {
        let panel = try PanelDataset.load()
        #expect(throws: RegressionAnalysisError.self) {
            try panel.fit("fh_status ~ egdi", family: .orderedLogit, where: "year == 2022", vcov: .hc1, levels: ["NF", "PF", "F"])
        }
        #expect(throws: RegressionAnalysisError.self) {
            try panel.fit("I(fh_status == \"F\") ~ egdi", family: .logit, where: "year == 2022", levels: ["NF", "F"])
        }
    }
}
