import Foundation
import Testing
import Modeling
import Stats
@testable import Paradox

/// 2SLS and quantile regression through `RegressionAnalysis` on the embedded
/// panel, against AER::ivreg / sandwich / quantreg. Fixture:
/// Tests/ParadoxTests/Fixtures/ivq_panel.json from scripts/reference/iv_quantile.R
/// (the R calls are recorded in it).
@Suite struct BeyondLinearPanelTests {
    static func fixture() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ivq_panel.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }
    static func numbers(_ o: [String: Any], _ key: String) -> [Double] { (o[key] as? [String] ?? []).map { Double($0) ?? .nan } }
    static func number(_ o: [String: Any], _ key: String) -> Double { (o[key] as? String).flatMap(Double.init) ?? .nan }
    static func digits(_ x: Double, _ c: Double) -> Double {
        if x == c { return 15 }
        return -log10(abs(x - c) / abs(c))
    }
    static let complete = "!is.na(wgi_cc) & !is.na(gdppc_ppp) & !is.na(egdi) & !is.na(tii) & !is.na(hci) & !is.na(osi)"

    func run(_ formula: String, vcov: CovarianceChoice? = nil, where condition: String) throws -> RegressionReport {
        let panel = try #require(Shared.panel)
        let spec = RegressionSpecification(formula: try Formula.parse(formula), covariance: vcov, filter: try RowFilter.parse(condition))
        return try RegressionAnalysis.run(spec, data: panel.table, dataSource: "embedded panel")
    }

    @Test func crossSectionIVMatchesAER() throws {
        let all = try Self.fixture()
        for (key, formula) in [("iv_2022", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci"), ("iv_2022_just", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii")] {
            let ref = try #require(all[key] as? [String: Any])
            let terms = ref["terms"] as? [String] ?? []
            let classical = try run(formula, where: "year == 2022 & " + Self.complete)
            let hc1 = try run(formula, vcov: .hc1, where: "year == 2022 & " + Self.complete)
            #expect(classical.result.observations == ref["nobs"] as? Int)
            #expect(classical.estimatorName == "2sls")
            for (i, t) in terms.enumerated() {
                let c = try #require(classical.result.coefficient(t), "\(t)")
                #expect(Self.digits(c.estimate, Self.numbers(ref, "coef")[i]) >= 10, "\(key) \(t)")
                #expect(Self.digits(c.standardError, Self.numbers(ref, "se_classical")[i]) >= 10, "\(key) \(t) SE")
                let h = try #require(hc1.result.coefficient(t))
                #expect(Self.digits(h.standardError, Self.numbers(ref, "se_hc1")[i]) >= 10, "\(key) \(t) HC1")
            }
            #expect(Self.digits(classical.result.rSquared, Self.number(ref, "r2")) >= 10)
            let diag = try #require(ref["diagnostics_classical"] as? [[String: Any]])
            let iv = try #require(classical.instrumental)
            #expect(Self.digits(iv.firstStages[0].fTest.statistic, Self.number(diag[0], "statistic")) >= 10)
            #expect(Self.digits(iv.wuHausman.statistic, Self.number(diag[1], "statistic")) >= 10)
            if let s = iv.sargan { #expect(Self.digits(s.statistic, Self.number(diag[2], "statistic")) >= 10) } else { #expect(diag[2]["statistic"] as? String == "NA") }
            let robust = try #require(ref["diagnostics_hc1"] as? [[String: Any]])
            let ivr = try #require(hc1.instrumental)
            #expect(Self.digits(ivr.firstStages[0].robustWald?.statistic ?? .nan, Self.number(robust[0], "statistic")) >= 10)
            #expect(Self.digits(ivr.wuHausman.statistic, Self.number(robust[1], "statistic")) >= 10)
            // JSON carries the contract keys.
            let text = classical.rendered(as: .json)
            for k in ["\"estimator\": \"2sls\"", "\"first_stage\"", "\"wu_hausman\"", "\"sargan\"", "\"partial_r2\"", "\"f_statistic\""] {
                #expect(text.contains(k), "\(k)")
            }
        }
    }

    @Test func fixedEffectsIVMatchesAERWithDummies() throws {
        let ref = try #require(try Self.fixture()["iv_fe"] as? [String: Any])
        let f = "wgi_cc ~ log(gdppc_ppp) | iso3 + year | egdi ~ tii + hci"
        let classical = try run(f, where: Self.complete)
        let hc1 = try run(f, vcov: .hc1, where: Self.complete)
        let cl = try run(f, vcov: .cluster("iso3"), where: Self.complete)
        #expect(classical.result.observations == ref["nobs"] as? Int)
        #expect(classical.result.residualDegreesOfFreedom == ref["df_residual"] as? Int)
        for (i, t) in (ref["terms"] as? [String] ?? []).enumerated() {
            let c = try #require(classical.result.coefficient(t))
            #expect(Self.digits(c.estimate, Self.numbers(ref, "coef")[i]) >= 10, "\(t)")
            #expect(Self.digits(c.standardError, Self.numbers(ref, "se_classical")[i]) >= 10, "\(t) SE")
            #expect(Self.digits(try #require(hc1.result.coefficient(t)).standardError, Self.numbers(ref, "se_hc1")[i]) >= 10, "\(t) HC1")
            #expect(Self.digits(try #require(cl.result.coefficient(t)).standardError, Self.numbers(ref, "se_cluster")[i]) >= 10, "\(t) CR1")
        }
        #expect(Self.digits(classical.result.rSquared, Self.number(ref, "r2")) >= 10)
        let diag = try #require(ref["diagnostics_classical"] as? [[String: Any]])
        let iv = try #require(classical.instrumental)
        #expect(iv.firstStages[0].fTest.denominatorDegreesOfFreedom == diag[0]["df2"] as? Int)
        #expect(Self.digits(iv.firstStages[0].fTest.statistic, Self.number(diag[0], "statistic")) >= 10)
        #expect(Self.digits(iv.wuHausman.statistic, Self.number(diag[1], "statistic")) >= 10)
        #expect(Self.digits(try #require(iv.sargan).statistic, Self.number(diag[2], "statistic")) >= 9)
        #expect(cl.result.clusters.first?.clusters == ref["clusters"] as? Int)
    }

    @Test func medianRegressionMatchesRq() throws {
        let panel = try #require(Shared.panel)
        let ref = try #require(try Self.fixture()["rq_2022"] as? [String: Any])
        let fits = try #require(ref["fits"] as? [[String: Any]])
        for fit in fits {
            let tau = try #require(fit["tau"] as? Double)
            for kind in [QuantileCovariance.nid, .iid] {
                var spec = RegressionSpecification(formula: try Formula.parse("wgi_cc ~ egdi + log(gdppc_ppp)"), filter: try RowFilter.parse("year == 2022"))
                spec.quantiles = [tau]
                spec.quantileCovariance = kind
                let r = try RegressionAnalysis.run(spec, data: panel.table)
                #expect(r.result.observations == ref["nobs"] as? Int)
                #expect(r.estimatorName == "quantile")
                let se = Self.numbers(fit, kind == .nid ? "se_nid" : "se_iid")
                for (i, c) in r.result.coefficients.enumerated() {
                    #expect(Self.digits(c.estimate, Self.numbers(fit, "coef")[i]) >= 9, "τ \(tau) \(c.term)")
                    #expect(Self.digits(c.standardError, se[i]) >= 8, "τ \(tau) \(c.term) \(kind.label)")
                }
                let json = r.rendered(as: .json)
                #expect(json.contains("\"estimator\": \"quantile\"") && json.contains("\"tau\": \(tau)"))
            }
        }
    }

    @Test func refusals() throws {
        let panel = try #require(Shared.panel)
        func error(_ spec: RegressionSpecification) -> RegressionAnalysisError? {
            do { _ = try RegressionAnalysis.run(spec, data: panel.table); return nil } catch { return error }
        }
        var spec = RegressionSpecification(formula: try Formula.parse("wgi_cc ~ egdi | iso3"))
        spec.quantiles = [0.5]
        #expect(error(spec)?.isUsageError == true)
        let under = RegressionSpecification(formula: try Formula.parse("wgi_cc ~ log(gdppc_ppp) | egdi + osi ~ tii"), filter: try RowFilter.parse("year == 2022"))
        #expect(error(under)?.description.contains("do not identify") == true)
    }
}
