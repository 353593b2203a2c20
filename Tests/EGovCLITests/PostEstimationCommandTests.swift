import Foundation
import Testing

/// `egov regress --test/--lincom/--slopes/--predict` and `egov plot effects` run as a
/// user runs them. Reference: scripts/reference/postestimation_fixture.R (R 4.2.2, car,
/// sandwich) -> Tests/ParadoxTests/Fixtures/postestimation_reference.json.
@Suite struct PostEstimationCommandTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }

    nonisolated(unsafe) static let reference: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ParadoxTests/Fixtures/postestimation_reference.json")
        guard let data = try? Data(contentsOf: url),
              let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return o["paradox"] as? [String: Any] ?? [:]
    }()

    static func n(_ d: [String: Any]?, _ key: String) -> Double { (d?[key] as? NSNumber)?.doubleValue ?? .nan }
    static func close(_ a: Double, _ b: Double, _ tol: Double = 1e-10) -> Bool { abs(a - b) <= tol * max(1, abs(b)) }

    static let model = ["regress", "--formula", "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", "--where", "year == 2022", "--vcov", "hc1"]

    @Test func everythingMatchesR() throws {
        let r = try Self.egov(Self.model + [
            "--test", "egdi = 0; egdi:post_soviet = 0", "--test", "2*egdi - log(gdppc_ppp) = 1",
            "--lincom", "egdi + egdi:post_soviet", "--slopes", "egdi", "--by", "post_soviet",
            "--predict", "egdi=0.5,0.9; gdppc_ppp=20000", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let tests = try #require(j["tests"] as? [[String: Any]])
        let refTests = try #require(Self.reference["tests_hc1"] as? [[String: Any]])
        #expect(tests.count == 2)
        for (t, ref) in zip(tests, refTests) {
            #expect(Self.close(Self.n(t, "statistic"), Self.n(ref, "statistic")))
            #expect(abs(Self.n(t, "p_value") - Self.n(ref, "p_value")) <= 1e-9 * Self.n(ref, "p_value"))
            #expect(t["df1"] as? Int == ref["df1"] as? Int && t["df2"] as? Int == 180)
            #expect(t["distribution"] as? String == "F")
            #expect(t["hypothesis"] as? String == ref["hypothesis"] as? String)
        }
        let lincom = try #require((j["lincom"] as? [[String: Any]])?.first)
        let refL = Self.reference["lincom_hc1"] as? [String: Any]
        for key in ["estimate", "std_error", "statistic", "conf_low", "conf_high"] {
            #expect(Self.close(Self.n(lincom, key), Self.n(refL, key)), "lincom \(key)")
        }
        #expect(lincom["expression"] as? String == "egdi + egdi:post_soviet")
        let slopes = try #require(j["slopes"] as? [[String: Any]])
        let refS = try #require(Self.reference["slopes_hc1"] as? [[String: Any]])
        #expect(slopes.count == 2)
        for (s, ref) in zip(slopes, refS) {
            for key in ["estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"] {
                #expect(Self.close(Self.n(s, key), Self.n(ref, key), 1e-9), "slope \(key)")
            }
            #expect(s["term"] as? String == "egdi")
        }
        #expect((slopes[1]["at"] as? [String: Any])?["post_soviet"] as? Double == 1)
        let predictions = try #require(j["predictions"] as? [[String: Any]])
        let refP = Self.reference["predict_hc1"] as? [String: Any]
        for (i, p) in predictions.enumerated() {
            for key in ["fit", "std_error", "conf_low", "conf_high"] {
                let refValue = ((refP?[key] as? [NSNumber])?[i])?.doubleValue ?? .nan
                #expect(Self.close(Self.n(p, key), refValue), "prediction \(i) \(key)")
            }
        }
        let notes = (j["notes"] as? [String] ?? []).joined(separator: "\n")
        #expect(notes.contains("t(180)"))
        #expect(notes.contains("sample means"))
    }

    @Test func textShowsEveryBlock() throws {
        let r = try Self.egov(Self.model + ["--test", "egdi = 0; egdi:post_soviet = 0", "--lincom", "egdi + egdi:post_soviet",
                                            "--slopes", "egdi", "--by", "post_soviet", "--predict", "egdi=0.5,0.9"])
        #expect(r.status == 0, "\(r.stderr)")
        for s in ["Wald tests (HC1 covariance):", "F(2, 180) = 10.3478", "Linear combinations:", "Conditional slopes of egdi",
                  "post_soviet=1", "Predictions (fitted mean):", "egdi=0.9"] {
            #expect(r.stdout.contains(s), "text lacks \(s)")
        }
        let md = try Self.egov(Self.model + ["--lincom", "egdi + egdi:post_soviet", "--format", "markdown"])
        #expect(md.stdout.contains("| lincom"))
    }

    @Test func badInputIsRefused() throws {
        let cases: [([String], String)] = [
            (["--test", "egdi:post_sovet = 0"], "did you mean 'egdi:post_soviet'"),
            (["--test", "egdi = 0; 2*egdi = 0"], "rank deficient"),
            (["--lincom", "egdi * post_soviet"], "not linear"),
            (["--slopes", "gdppc"], "'gdppc' is not a variable of the model"),
            (["--slopes", "egdi", "--by", "region"], "'region' is not a variable of the model"),
            (["--by", "post_soviet"], "--by and --at need --slopes"),
            (["--predict", "egdi"], "not of the form name=value"),
            (["--predict", "wgi_va=1"], "'wgi_va' is not a variable of the model"),
        ]
        for (args, message) in cases {
            let r = try Self.egov(Self.model + args)
            #expect(r.status == 64, "\(args): status \(r.status)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }

    @Test func effectPlotsAreWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-effects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = ["plot", "effects", "--formula", "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", "--where", "year == 2022", "--vcov", "hc1"]
        for (extra, name) in [(["--slopes", "egdi", "--by", "post_soviet"], "a.pdf"), (["--slopes", "egdi", "--by", "gdppc_ppp"], "b.svg"),
                              (["--predict", "egdi", "--by", "post_soviet"], "c.pdf")] {
            let out = dir.appendingPathComponent(name).path
            let r = try Self.egov(base + extra + ["--out", out])
            #expect(r.status == 0, "\(extra): \(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: out))
        }
        let bad = try Self.egov(base + ["--slopes", "egdi", "--out", dir.appendingPathComponent("d.pdf").path])
        #expect(bad.status == 64 && bad.stdout.isEmpty && bad.stderr.contains("--slopes needs --by"))
    }
}
