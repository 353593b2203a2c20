import Foundation
import Testing

/// `egov correlate` run as a user runs it: the built binary on a CSV. References: R's
/// cor.test in Tests/StatsTests/Fixtures/correlation_r.json (scripts/reference/correlation_r.R).
@Suite struct CorrelateCommandTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }

    struct RCase: Decodable {
        var data: String; var method: String; var alternative: String; var exact: String; var continuity: Bool
        var level: Double; var estimate: String; var statistic: String; var p_value: String
        var conf_low: String; var conf_high: String
    }
    struct RFixture: Decodable {
        struct Pair: Decodable { var x: [String]; var y: [String] }
        var data: [String: Pair]
        var cases: [RCase]
    }

    static func reference() throws -> RFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StatsTests/Fixtures/correlation_r.json")
        return try JSONDecoder().decode(RFixture.self, from: Data(contentsOf: url))
    }

    /// A CSV of one fixture sample as iso3,year,x,y plus a constant column and a missing row.
    static func csv(_ pair: RFixture.Pair) throws -> URL {
        var text = "iso3,year,x,y,flat,z\n"
        for (i, (a, b)) in zip(pair.x, pair.y).enumerated() { text += "C\(i),2020,\(a),\(b),1,\(i * i % 7)\n" }
        text += "MIS,2020,,1.5,1,3\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-corr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("d.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    static func number(_ j: [String: Any], _ k: String) -> Double { (j[k] as? NSNumber)?.doubleValue ?? .nan }
    static func close(_ a: Double, _ b: Double, _ tol: Double = 1e-10) -> Bool { abs(a - b) <= tol * max(abs(b), 1e-300) }

    @Test func contractKeysInOrderAndRValues() throws {
        let ref = try Self.reference()
        let file = try Self.csv(try #require(ref.data["n8"]))
        for (method, exact) in [("pearson", "auto"), ("spearman", "yes"), ("kendall", "yes"), ("kendall", "no")] {
            let c = try #require(ref.cases.first {
                $0.data == "n8" && $0.method == method && $0.alternative == "greater" && !$0.continuity
                    && ($0.exact == exact || method == "pearson")
            })
            let r = try Self.egov(["correlate", "--data", file.path, "--x", "x", "--y", "y", "--method", method,
                                   "--alternative", "greater", "--exact", exact, "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            let keys = ["method", "n", "estimate", "statistic", "p_value", "p_value_method", "alternative",
                        "conf_low", "conf_high", "conf_method", "conf_level"]
            let positions = keys.map { r.stdout.range(of: "\"\($0)\":")?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            let sorted = positions.compactMap { $0 }
            #expect(sorted == sorted.sorted(), "keys out of order: \(r.stdout)")
            #expect(r.stdout.components(separatedBy: "\":").count - 1 == keys.count, "extra keys: \(r.stdout)")
            let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            #expect(j["n"] as? Int == 8 && j["method"] as? String == method && j["alternative"] as? String == "greater")
            #expect(Self.close(Self.number(j, "estimate"), Double(c.estimate) ?? .nan, 1e-13))
            #expect(Self.close(Self.number(j, "statistic"), Double(c.statistic) ?? .nan, 1e-11))
            #expect(Self.close(Self.number(j, "p_value"), Double(c.p_value) ?? .nan, 1e-10))
            #expect(j["p_value_method"] as? String == (method == "pearson" || exact == "no" ? "asymptotic" : "exact"))
            if method == "pearson" {
                #expect(Self.close(Self.number(j, "conf_low"), Double(c.conf_low) ?? .nan, 1e-12))
                #expect(Self.number(j, "conf_high") == 1)
            }
        }
    }

    @Test func textFormLikeCorTestReportsListwiseDeletion() throws {
        let ref = try Self.reference()
        let file = try Self.csv(try #require(ref.data["n8"]))
        let r = try Self.egov(["correlate", "--data", file.path, "--x", "x", "--y", "y"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Pearson's product-moment correlation"))
        #expect(r.stdout.contains("t = ") && r.stdout.contains("df = 6"))
        #expect(r.stdout.contains("alternative hypothesis: true correlation is not equal to 0"))
        #expect(r.stdout.contains("95 percent confidence interval"))
        #expect(r.stdout.contains("listwise deletion: 1 of 9 rows dropped for missing x, y (MIS)"))
    }

    @Test func unknownVariableSuggestsAndExits64() throws {
        let ref = try Self.reference()
        let file = try Self.csv(try #require(ref.data["n8"]))
        let r = try Self.egov(["correlate", "--data", file.path, "--x", "xx", "--y", "y", "--format", "json"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown variable 'xx'; did you mean x"))
    }

    @Test func zeroVarianceIsAnError() throws {
        let ref = try Self.reference()
        let file = try Self.csv(try #require(ref.data["n8"]))
        let r = try Self.egov(["correlate", "--data", file.path, "--x", "flat", "--y", "y", "--method", "spearman"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("flat does not vary (zero variance)"))
    }

    @Test func argumentErrorsExit64() throws {
        let r1 = try Self.egov(["correlate", "--x", "egdi"])
        #expect(r1.status == 64 && r1.stdout.isEmpty)
        let r2 = try Self.egov(["correlate", "--x", "egdi", "--y", "wgi_cc", "--level", "1.5"])
        #expect(r2.status == 64 && r2.stdout.isEmpty)
        let r3 = try Self.egov(["correlate", "--x", "egdi", "--y", "wgi_cc", "--method", "kendall", "--partial", "osi"])
        #expect(r3.status == 64 && r3.stdout.isEmpty)
    }

    /// The embedded panel, post-Soviet 2022 (15 countries): bootstrap CI and permutation p are
    /// reproducible with a seed and labelled in the contract.
    @Test func bootstrapAndPermutationOnEmbeddedPanel() throws {
        let base = ["correlate", "--x", "egdi", "--y", "wgi_cc", "--where", "post_soviet == 1 & year == 2022", "--format", "json"]
        let b1 = try Self.egov(base + ["--bootstrap", "999", "--ci-method", "percentile", "--seed", "7"])
        let b2 = try Self.egov(base + ["--bootstrap", "999", "--ci-method", "percentile", "--seed", "7"])
        #expect(b1.status == 0, "\(b1.stderr)")
        #expect(b1.stdout == b2.stdout)
        let j = try #require(try JSONSerialization.jsonObject(with: Data(b1.stdout.utf8)) as? [String: Any])
        #expect(j["conf_method"] as? String == "bootstrap-percentile" && j["n"] as? Int == 15)
        #expect(Self.number(j, "conf_low") < Self.number(j, "estimate") && Self.number(j, "estimate") < Self.number(j, "conf_high"))
        let p = try Self.egov(base + ["--method", "spearman", "--permutation", "999", "--seed", "3"])
        #expect(p.status == 0, "\(p.stderr)")
        let pj = try #require(try JSONSerialization.jsonObject(with: Data(p.stdout.utf8)) as? [String: Any])
        #expect(pj["p_value_method"] as? String == "permutation")
        let pv = Self.number(pj, "p_value")
        #expect(pv >= 1.0 / 1000 && pv <= 1)
    }

    @Test func matrixModeWithAdjustment() throws {
        let r = try Self.egov(["correlate", "--vars", "egdi,wgi_cc,cpi", "--where", "post_soviet == 1 & year == 2022",
                               "--method", "spearman", "--adjust", "holm", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 3)
        #expect(list.map { $0["var1"] as? String ?? "" } == ["egdi", "egdi", "wgi_cc"])
        for e in list {
            #expect(Self.number(e, "p_adjusted") >= Self.number(e, "p_value"))
            #expect(e["method"] as? String == "spearman")
        }
        let text = try Self.egov(["correlate", "--vars", "egdi,wgi_cc", "--where", "post_soviet == 1 & year == 2022"])
        #expect(text.status == 0 && text.stdout.contains("p_adjusted") && text.stdout.contains("pairwise n"))
    }

    struct SpearmanCase: Decodable {
        struct P: Decodable { var fraction: String; var value: String }
        var name: String; var n: Int; var S: Int; var p: [String: P]
    }
    struct SpearmanFixture: Decodable { var cases: [SpearmanCase] }

    /// Issue 19: the 15 post-Soviet states of 2022 get an exact Spearman p-value (no ties),
    /// equal to the exact fraction of scripts/reference/correlation_spearman_distribution.py,
    /// and S prints as the integer Σ d².
    @Test func spearmanExactForPostSovietStates() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StatsTests/Fixtures/correlation_spearman_distribution.json")
        let fixture = try JSONDecoder().decode(SpearmanFixture.self, from: Data(contentsOf: url))
        let c = try #require(fixture.cases.first { $0.name == "post_soviet_2022_egdi_wgi_cc" })
        let base = ["correlate", "--x", "egdi", "--y", "wgi_cc", "--method", "spearman", "--exact", "yes",
                    "--where", "year == 2022 && post_soviet == 1"]
        for (alternative, key) in [("two-sided", "two-sided"), ("greater", "greater"), ("less", "less")] {
            let r = try Self.egov(base + ["--alternative", alternative, "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            #expect(j["n"] as? Int == 15 && j["p_value_method"] as? String == "exact")
            // The JSON carries the shortest round-trip text of the double: compare the text.
            let expected = try #require(c.p[key]).value
            #expect(r.stdout.contains("\"p_value\": \(expected),"), "\(alternative): \(r.stdout)")
            #expect(r.stdout.contains("\"statistic\": \(c.S),"), "\(r.stdout)")
        }
        let text = try Self.egov(base)
        #expect(text.status == 0)
        #expect(text.stdout.contains("S = \(c.S), p-value"), "\(text.stdout)")
        #expect(text.stdout.contains("(exact)") && text.stdout.contains("all 15! permutations"), "\(text.stdout)")
        // .auto is exact at n = 15 too (n ≤ spearmanExactAutoLimit), where R uses the Edgeworth series.
        let auto = try Self.egov(["correlate", "--x", "egdi", "--y", "wgi_cc", "--method", "spearman",
                                  "--where", "year == 2022 && post_soviet == 1", "--format", "json"])
        #expect(auto.stdout == (try Self.egov(base + ["--format", "json"])).stdout)
    }

    /// `--exact yes` beyond the exact limits (n > 20, or n > 10 with ties) is an error on stderr, exit 1.
    @Test func spearmanExactRefusedForLargeN() throws {
        let r = try Self.egov(["correlate", "--x", "egdi", "--y", "wgi_cc", "--method", "spearman", "--exact", "yes",
                               "--where", "year == 2022"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("Spearman's exact"), "\(r.stderr)")
    }
}
