import Foundation
import Testing

/// `egov regress` with the panel covariances and the wild bootstrap, through the
/// built binary on the embedded panel. Numbers: Tests/ParadoxTests/Fixtures/
/// panel_covariances.json (scripts/reference/panel_covariances.R: plm, sandwich,
/// clubSandwich) and wild_bootstrap_panel.json (scripts/reference/wild_bootstrap_panel.py,
/// full enumeration of the sign vectors).
@Suite struct PanelCovarianceCLITests {
    static func fixture(_ file: String) -> [[String: Any]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ParadoxTests/Fixtures/\(file)")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return object["cases"] as? [[String: Any]] ?? []
    }

    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try EGovCLI.run(["regress", "--format", "json"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        let data = Data(r.stdout.utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func coefficient(_ j: [String: Any], _ term: String) -> [String: Any]? {
        (j["coefficients"] as? [[String: Any]])?.first { $0["term"] as? String == term }
    }

    static func num(_ d: [String: Any]?, _ k: String) -> Double? { (d?[k] as? NSNumber)?.doubleValue }

    static func close(_ a: Double?, _ b: Double?, _ tol: Double) -> Bool {
        guard let a, let b else { return false }
        return abs(a - b) <= tol * max(1, abs(b))
    }

    /// The "done" criterion: driscoll-kraay(2), pcse and cr2(iso3) on the post-Soviet subsample give R's numbers.
    @Test(arguments: ["dk2_twfe", "dk2_pooled", "pcse_twfe", "pcse_pooled", "cr2_twfe", "cr2_pooled", "nw1_kaz", "twoway_min_twfe"])
    func matchesR(_ name: String) throws {
        let ref = try #require(Self.fixture("panel_covariances.json").first { $0["name"] as? String == name })
        var args = ["--formula", ref["formula"] as? String ?? "", "--vcov", ref["vcov"] as? String ?? "",
                    "--where", ref["where"] as? String ?? ""]
        if let adj = ref["cluster_adjustment"] as? String { args += ["--cluster-adjustment", adj] }
        let j = try Self.json(args)
        let terms = ref["terms"] as? [String] ?? []
        let se = ref["std_error"] as? [Double] ?? [], p = ref["p_value"] as? [Double] ?? []
        for (i, term) in terms.enumerated() {
            let c = Self.coefficient(j, term)
            #expect(Self.close(Self.num(c, "std_error"), se[i], 1e-10), "\(name) \(term)")
            #expect(Self.close(Self.num(c, "p_value"), p[i], 1e-9), "\(name) \(term)")
            if name.hasPrefix("cr2") {
                #expect(Self.close(Self.num(c, "df"), (ref["df"] as? [Double])?[i], 1e-10), "\(name) \(term) df")
            }
        }
    }

    /// Full enumeration (2^G ≤ B) is exact: p-value and interval equal the naive Python enumeration.
    @Test(arguments: ["g12_ols", "g12_twfe", "g15_twfe"])
    func wildBootstrapEnumerationIsExact(_ name: String) throws {
        let ref = try #require(Self.fixture("wild_bootstrap_panel.json").first { $0["name"] as? String == name })
        let formula = name.hasSuffix("ols") ? "wgi_cc ~ egdi + log(gdppc_ppp)" : "wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year"
        let reps = String(ref["replications"] as? Int ?? 0)
        // The reference fits the dummy-variable regression, whose CR1 K counts every dummy:
        // --fe-rule full (areg's K) reproduces its t. The K rule scales t and every t* alike,
        // so the symmetric p-value and the interval do not depend on it.
        let rule = name.hasSuffix("ols") ? [] : ["--fe-rule", "full"]
        let j = try Self.json(["--formula", formula, "--where", ref["where"] as? String ?? "", "--vcov", "cluster(iso3)",
                               "--bootstrap", "wild", "--bootstrap-terms", "egdi", "--reps", reps] + rule)
        let c = Self.coefficient(j, "egdi")
        #expect(Self.close(Self.num(c, "statistic"), Self.num(ref, "statistic"), 1e-9), "\(name) t")
        // p = count / 2^G: exact.
        #expect(Self.num(c, "bootstrap_p_value") == Self.num(ref, "p_value"), "\(name) p")
        if let lo = Self.num(ref, "conf_low"), let hi = Self.num(ref, "conf_high") {
            #expect(Self.close(Self.num(c, "bootstrap_conf_low"), lo, 1e-9), "\(name) CI low")
            #expect(Self.close(Self.num(c, "bootstrap_conf_high"), hi, 1e-9), "\(name) CI high")
        }
        #expect((j["notes"] as? [String] ?? []).contains { $0.contains("enumerated") })
    }

    /// G = 15 with B = 9,999 random draws: within Monte Carlo error of the exact (enumerated) p-value.
    @Test func wildBootstrapMonteCarloG15() throws {
        let ref = try #require(Self.fixture("wild_bootstrap_panel.json").first { $0["name"] as? String == "g15_twfe" })
        let exact = try #require(Self.num(ref, "p_value"))
        let j = try Self.json(["--formula", "wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year", "--where", "post_soviet == 1",
                               "--vcov", "cluster(iso3)", "--bootstrap", "wild", "--bootstrap-terms", "egdi", "--reps", "9999", "--seed", "42"])
        let p = try #require(Self.num(Self.coefficient(j, "egdi"), "bootstrap_p_value"))
        let mcse = (exact * (1 - exact) / 9999).squareRoot()
        #expect(abs(p - exact) <= 4 * mcse + 1e-12, "p = \(p), exact \(exact), MC s.e. \(mcse)")
        // Same seed, same bytes.
        let again = try EGovCLI.run(["regress", "--format", "json", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year",
                                     "--where", "post_soviet == 1", "--vcov", "cluster(iso3)", "--bootstrap", "wild",
                                     "--bootstrap-terms", "egdi", "--reps", "9999", "--seed", "42"])
        let first = try EGovCLI.run(["regress", "--format", "json", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year",
                                     "--where", "post_soviet == 1", "--vcov", "cluster(iso3)", "--bootstrap", "wild",
                                     "--bootstrap-terms", "egdi", "--reps", "9999", "--seed", "42"])
        #expect(again.stdout == first.stdout)
    }

    static func expectFailure(_ args: [String], status: Int32, contains text: String) throws {
        let r = try EGovCLI.run(["regress"] + args)
        #expect(r.status == status, "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(text), "\(args): \(r.stderr)")
    }

    @Test func badInputIsRefusedClearly() throws {
        // PCSE on a panel too unbalanced for the casewise rule.
        try Self.expectFailure(["--formula", "wgi_cc ~ egdi", "--vcov", "pcse",
                                "--where", "(iso3 == 'EST' & year <= 2008) | (iso3 == 'LVA' & year >= 2010) | iso3 == 'LTU'"],
                               status: 1, contains: "casewise rule")
        // Newey–West on a panel.
        try Self.expectFailure(["--formula", "wgi_cc ~ egdi", "--vcov", "newey-west(1)", "--where", "post_soviet == 1"],
                               status: 64, contains: "single time series")
        // A bad lag.
        try Self.expectFailure(["--formula", "wgi_cc ~ egdi", "--vcov", "driscoll-kraay(-1)"], status: 64, contains: "whole number")
        try Self.expectFailure(["--formula", "wgi_cc ~ egdi", "--vcov", "driscoll-kraay(40)", "--where", "post_soviet == 1"],
                               status: 64, contains: "lag 40 is not usable")
        // Bootstrap without clusters.
        try Self.expectFailure(["--formula", "wgi_cc ~ egdi", "--bootstrap", "wild", "--where", "post_soviet == 1"],
                               status: 64, contains: "needs clusters")
        // Negative reps.
        try Self.expectFailure(["--formula", "wgi_cc ~ egdi", "--vcov", "cluster(iso3)", "--bootstrap", "wild", "--reps=-5"],
                               status: 64, contains: "at least 1")
        // An unknown coefficient.
        try Self.expectFailure(["--formula", "wgi_cc ~ egdi", "--vcov", "cluster(iso3)", "--bootstrap", "wild",
                                "--bootstrap-terms", "egdl", "--where", "post_soviet == 1"], status: 1, contains: "no coefficient named 'egdl'")
    }

    @Test func groupSlopeBootstrapOptions() throws {
        let r = try EGovCLI.run(["paradox", "--metric", "group-slope", "--reps", "99", "--seed", "3", "--weights", "webb"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Webb weights, B = 99") && r.stdout.contains("seed 3"), "\(r.stdout)")
        let bad = try EGovCLI.run(["paradox", "--metric", "group-slope", "--reps", "0"])
        #expect(bad.status == 64 && bad.stdout.isEmpty && bad.stderr.contains("at least 1"))
    }

    @Test func singletonsAndMinRuleAreNamed() throws {
        let j = try Self.json(["--formula", "wgi_cc ~ egdi | iso3 + year", "--where", "post_soviet == 1", "--singletons", "keep"])
        #expect((j["notes"] as? [String] ?? []).contains { $0.contains("singletons: kept") })
        let d = try Self.json(["--formula", "wgi_cc ~ egdi | iso3 + year", "--where", "post_soviet == 1"])
        #expect((d["notes"] as? [String] ?? []).contains { $0.contains("singletons: dropped") && $0.contains("reghdfe") })
    }
}
