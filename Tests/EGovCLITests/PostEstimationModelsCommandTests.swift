import Foundation
import Testing

/// `egov regress --family/--quantile/2SLS` with `--test`, `--lincom`, `--slopes`, `--predict`,
/// and `egov plot effects` from those fits, run as a user runs them. Reference:
/// scripts/reference/postestimation_models.R -> Tests/ParadoxTests/Fixtures/postestimation_models.json.
@Suite struct PostEstimationModelsCommandTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }

    nonisolated(unsafe) static let reference: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ParadoxTests/Fixtures/postestimation_models.json")
        guard let data = try? Data(contentsOf: url),
              let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return o
    }()

    static func n(_ d: [String: Any]?, _ key: String) -> Double { (d?[key] as? NSNumber)?.doubleValue ?? .nan }
    static func close(_ a: Double, _ b: Double, _ tol: Double) -> Bool { abs(a - b) <= tol * max(abs(b), 1e-300) }

    static let logit = ["regress", "--family", "logit", "--formula", "I(fh_status != \"NF\") ~ egdi * post_soviet + log(gdppc_ppp)",
                        "--where", "year == 2022", "--vcov", "hc1"]

    @Test func logitSlopesTestsAndPredictionsMatchR() throws {
        let r = try Self.egov(Self.logit + [
            "--test", "egdi = 0; egdi:post_soviet = 0", "--lincom", "egdi + egdi:post_soviet",
            "--slopes", "egdi", "--by", "post_soviet", "--predict", "egdi=0.5,0.9; gdppc_ppp=20000", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let ref = try #require(Self.reference["logit"] as? [String: Any])
        let test = try #require((j["tests"] as? [[String: Any]])?.first)
        let refTest = (ref["tests_hc1"] as? [[String: Any]])?.first
        #expect(test["distribution"] as? String == "chi2")
        #expect(Self.close(Self.n(test, "statistic"), Self.n(refTest, "statistic"), 1e-8))
        #expect(test["df2"] is NSNull)
        let slopes = try #require(j["slopes"] as? [[String: Any]])
        let refS = try #require(ref["slopes_by_hc1"] as? [[String: Any]])
        #expect(slopes.count == 2)
        for (s, rs) in zip(slopes, refS) {
            for key in ["estimate", "std_error", "statistic", "conf_low", "conf_high"] {
                #expect(Self.close(Self.n(s, key), Self.n(rs, key), 1e-8), "slope \(key)")
            }
        }
        let predictions = try #require(j["predictions"] as? [[String: Any]])
        let refP = ref["predict_hc1"] as? [String: Any]
        for (i, p) in predictions.enumerated() {
            for key in ["fit", "std_error", "conf_low", "conf_high"] {
                let want = (refP?[key] as? [NSNumber])?[i].doubleValue ?? .nan
                #expect(Self.close(Self.n(p, key), want, 1e-8), "prediction \(i) \(key)")
            }
        }
        let notes = (j["notes"] as? [String] ?? []).joined(separator: "\n")
        #expect(notes.contains("over(post_soviet)") && notes.contains("link scale"))
        // Text output names the scale of the predictions too.
        let text = try Self.egov(Self.logit + ["--slopes", "egdi", "--by", "post_soviet"])
        #expect(text.status == 0 && text.stdout.contains("Conditional slopes of egdi") && text.stdout.contains("post_soviet=1"))
        // --test prints in the text output of every model.
        for args in [Self.logit, ["regress", "--quantile", "0.5", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp)", "--where", "year == 2022"],
                     ["regress", "--family", "ordered-logit", "--formula", "fh_status ~ egdi + log(gdppc_ppp)", "--levels", "NF,PF,F", "--where", "year == 2022"]] {
            let t = try Self.egov(args + ["--test", "egdi = 0", "--lincom", "2*egdi"])
            #expect(t.status == 0 && t.stdout.contains("Wald tests (") && t.stdout.contains("Linear combinations:"), "\(args)")
        }
    }

    @Test func quantileAndIVTakePostEstimation() throws {
        let q = try Self.egov(["regress", "--quantile", "0.5", "--formula", "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", "--where", "year == 2022",
                               "--test", "egdi = 0; egdi:post_soviet = 0", "--slopes", "egdi", "--by", "post_soviet", "--format", "json"])
        #expect(q.status == 0, "\(q.stderr)")
        let jq = try #require(try JSONSerialization.jsonObject(with: Data(q.stdout.utf8)) as? [String: Any])
        let refQ = try #require(Self.reference["quantile"] as? [String: Any])
        let tq = try #require((jq["tests"] as? [[String: Any]])?.first)
        #expect(tq["distribution"] as? String == "F" && tq["df2"] as? Int == Int(Self.n(refQ, "df_residual")))
        #expect(Self.close(Self.n(tq, "statistic"), Self.n((refQ["tests"] as? [[String: Any]])?.first, "statistic"), 1e-10))
        let sq = try #require(jq["slopes"] as? [[String: Any]])
        #expect(Self.close(Self.n(sq.last, "estimate"), Self.n((refQ["slopes_by"] as? [[String: Any]])?.last, "estimate"), 1e-10))

        let iv = try Self.egov(["regress", "--formula", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci", "--where", "year == 2022", "--vcov", "hc1",
                                "--lincom", "log(gdppc_ppp) + egdi", "--predict", "egdi=0.5,0.9", "--format", "json"])
        #expect(iv.status == 0, "\(iv.stderr)")
        let ji = try #require(try JSONSerialization.jsonObject(with: Data(iv.stdout.utf8)) as? [String: Any])
        let refI = (Self.reference["iv"] as? [String: Any])?["hc1"] as? [String: Any]
        let l = try #require((ji["lincom"] as? [[String: Any]])?.first)
        for key in ["estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"] {
            #expect(Self.close(Self.n(l, key), Self.n(refI?["lincom"] as? [String: Any], key), 1e-9), "iv lincom \(key)")
        }
        #expect((ji["predictions"] as? [[String: Any]])?.count == 2)
    }

    @Test func badInputOnOtherModelsIsRefused() throws {
        let cases: [([String], Int32, String)] = [
            (Self.logit + ["--slopes", "hci"], 64, "'hci' is not a variable of the model"),
            (Self.logit + ["--slopes", "egdi", "--by", "subregion"], 64, "'subregion' is not a variable of the model"),
            (Self.logit + ["--slopes", "egdi", "--at-medians"], 64, "--at-medians"),
            (Self.logit + ["--slopes", "egdi", "--at", "gdppc=5000"], 64, "'gdppc' is not a variable of the model"),
            (["regress", "--family", "ordered-logit", "--formula", "fh_status ~ egdi + log(gdppc_ppp)", "--levels", "NF,PF,F",
              "--where", "year == 2022", "--slopes", "egdi"], 1, "not available for ordered models"),
            (["regress", "--formula", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci", "--where", "year == 2022", "--slopes", "tii"], 64,
             "'tii' is not a variable of the model"),
            (["regress", "--quantile", "0.5", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp)", "--where", "year == 2022", "--test", "egdii = 0"], 64,
             "did you mean 'egdi'"),
            (["regress", "--quantile", "0.5", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp)", "--where", "year == 2022", "--slopes", "egdi", "--by", "hci"], 64,
             "'hci' is not a variable of the model"),
        ]
        for (args, status, message) in cases {
            let r = try Self.egov(args)
            #expect(r.status == status, "\(args): status \(r.status) \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }

    @Test func effectPlotsFromOtherModels() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-effects-models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let logit = ["plot", "effects", "--family", "logit", "--formula", "I(fh_status != \"NF\") ~ egdi * post_soviet + log(gdppc_ppp)", "--where", "year == 2022"]
        let cases: [([String], String)] = [
            (logit + ["--slopes", "egdi", "--by", "post_soviet"], "logit-slopes.png"),
            (logit + ["--slopes", "egdi", "--by", "gdppc_ppp"], "logit-slopes-gdp.svg"),
            (logit + ["--predict", "egdi", "--by", "post_soviet"], "logit-predict.png"),
            (["plot", "effects", "--quantile", "0.5", "--formula", "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", "--where", "year == 2022",
              "--slopes", "egdi", "--by", "post_soviet"], "rq.pdf"),
            (["plot", "effects", "--formula", "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci", "--where", "year == 2022", "--predict", "egdi"], "iv.pdf"),
        ]
        for (args, name) in cases {
            let out = dir.appendingPathComponent(name).path
            let r = try Self.egov(args + ["--out", out])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: out), "\(name)")
        }
        let bad = try Self.egov(["plot", "effects", "--quantile", "1.5", "--formula", "wgi_cc ~ egdi", "--predict", "egdi", "--out", dir.appendingPathComponent("x.pdf").path])
        #expect(bad.status == 64 && bad.stdout.isEmpty && bad.stderr.contains("outside (0, 1)"))
        let ordered = try Self.egov(["plot", "effects", "--family", "ordered-logit", "--formula", "fh_status ~ egdi", "--where", "year == 2022",
                                     "--predict", "egdi", "--out", dir.appendingPathComponent("o.pdf").path])
        #expect(ordered.status != 0 && ordered.stdout.isEmpty)
    }
}
