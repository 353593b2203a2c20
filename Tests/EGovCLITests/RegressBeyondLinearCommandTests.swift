import Foundation
import Testing

/// `egov regress` with an instrumental-variables formula and with `--quantile`
/// on the embedded panel: output shape and every refusal (exit status, stderr,
/// nothing on stdout). The numbers themselves are checked against R in
/// ParadoxTests/Regression/BeyondLinearPanelTests.
@Suite struct RegressBeyondLinearCommandTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }
    static let year = ["--where", "year == 2022"]

    @Test func ivPrintsAndSavesJSON() throws {
        let r = try Self.egov(["regress", "--formula", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci", "--vcov", "hc1", "--format", "json"] + Self.year)
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["estimator"] as? String == "2sls")
        #expect(j["formula"] as? String == "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci")
        let stage = try #require((j["first_stage"] as? [[String: Any]])?.first)
        #expect(stage["endogenous"] as? String == "egdi")
        #expect(stage["f_statistic"] is NSNumber && stage["partial_r2"] is NSNumber && stage["robust_f_statistic"] is NSNumber)
        #expect((stage["robust_f_kind"] as? String)?.contains("Kleibergen-Paap") == true)
        let wh = try #require(j["wu_hausman"] as? [String: Any])
        #expect(wh["df1"] as? Int == 1 && wh["p_value"] is NSNumber)
        let sargan = try #require(j["sargan"] as? [String: Any])
        #expect(sargan["df"] as? Int == 1)
        #expect(j["loglik"] is NSNull)
        let terms = (j["coefficients"] as? [[String: Any]] ?? []).compactMap { $0["term"] as? String }
        #expect(terms == ["(Intercept)", "log(gdppc_ppp)", "egdi"])
        let text = try Self.egov(["regress", "--formula", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci"] + Self.year)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Instrumental-variables regression (2SLS)"))
        #expect(text.stdout.contains("Wu-Hausman") && text.stdout.contains("Sargan") && text.stdout.contains("First stage egdi"))
    }

    @Test func ivWithFixedEffectsAndClusters() throws {
        let r = try Self.egov(["regress", "--formula", "wgi_cc ~ log(gdppc_ppp) | iso3 + year | egdi ~ tii + hci",
                               "--vcov", "cluster(iso3)", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["vcov"] as? String == "CR1")
        #expect((j["fixed_effects"] as? [Any])?.count == 2)
    }

    @Test func medianRegressionPrintsAndSavesJSON() throws {
        let r = try Self.egov(["regress", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp)", "--quantile", "0.5", "--format", "json"] + Self.year)
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["estimator"] as? String == "quantile")
        #expect(j["tau"] as? Double == 0.5)
        #expect(j["vcov"] as? String == "nid")
        #expect(j["r_squared"] is NSNull)
        let several = try Self.egov(["regress", "--formula", "wgi_cc ~ egdi", "--quantile", "0.25,0.75", "--vcov", "iid", "--format", "json"] + Self.year)
        #expect(several.status == 0, "\(several.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(several.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["tau"] as? Double } == [0.25, 0.75])
        let text = try Self.egov(["regress", "--formula", "wgi_cc ~ egdi", "--quantile", "0.5", "--vcov", "boot", "--reps", "20", "--seed", "3"] + Self.year)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Quantile regression (tau = 0.5") && text.stdout.contains("bootstrap"))
        let again = try Self.egov(["regress", "--formula", "wgi_cc ~ egdi", "--quantile", "0.5", "--vcov", "boot", "--reps", "20", "--seed", "3"] + Self.year)
        #expect(again.stdout == text.stdout)
    }

    /// Each refusal: exit status, the message, nothing on stdout.
    @Test(arguments: [
        (["--formula", "wgi_cc ~ log(gdppc_ppp) | egdi + osi ~ tii"], Int32(1), "the instruments do not identify the model: 2 endogenous regressors (egdi, osi) need at least as many excluded instruments, and only 1 is usable (tii)"),
        (["--formula", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + I(2 * tii)"], Int32(1), "the instrument 'I(2 * tii)' is a linear combination of the exogenous regressors, the fixed effects or the other instruments"),
        (["--formula", "wgi_cc ~ log(gdppc_ppp) | egdi ~ log(gdppc_ppp)"], Int32(64), "the instrument 'log(gdppc_ppp)' is already an exogenous regressor"),
        (["--formula", "wgi_cc ~ egdi", "--quantile", "1.5"], Int32(64), "--quantile 1.5 is outside (0, 1)"),
        (["--formula", "wgi_cc ~ egdi", "--quantile", "0"], Int32(64), "--quantile 0 is outside (0, 1)"),
        (["--formula", "wgi_cc ~ egdi | iso3", "--quantile", "0.5"], Int32(64), "quantile regression with absorbed fixed effects is not supported"),
        (["--formula", "wgi_cc ~ egdi", "--quantile", "0.5", "--vcov", "boot"], Int32(64), "--vcov boot needs the number of bootstrap replications: add --reps B"),
        (["--formula", "wgi_cc ~ egdi", "--quantile", "0.5", "--vcov", "hc1"], Int32(64), "--vcov 'hc1' does not apply to quantile regression"),
    ])
    func refusals(_ args: [String], _ status: Int32, _ message: String) throws {
        let r = try Self.egov(["regress"] + args + Self.year)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}
