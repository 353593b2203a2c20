import Foundation
import Testing

/// `egov regress --family ...` on the embedded panel, against R (glm refitted with
/// epsilon = 1e-30 so that it runs to rounding, sandwich, MASS::polr plus a tight MLE, delta-method AMEs):
/// scripts/reference/glm_reference.R -> Tests/StatsTests/Fixtures/glm_reference.json.
@Suite struct RegressFamilyTests {
    struct Reference: Decodable {
        struct GLMCase: Decodable {
            let name: String
            let terms: [String]
            let coefficients: [String]
            let se_classical: [String]
            let se_hc1: [String]
            let se_cr1: [String]?
            let se_cluster_g_only: [String]?
            let se_observed: [String]?
            let deviance: String
            let null_deviance: String
            let loglik: String
            let aic: String
            let pseudo_r2: String
            let ame_terms: [String]
            let ame: [String]
            let ame_se_classical: [String]
            let ame_se_hc1: [String]
        }
        struct OrderedCase: Decodable {
            let name: String
            let terms: [String]
            let cutpoint_names: [String]
            let coefficients: [String]
            let se: [String]
            let polr_coefficients: [String]
            let loglik: String
            let ame_terms: [String]
            let ame_outcomes: [String]
            let ame: [String]
            let ame_se: [String]
        }
        let glm: [GLMCase]
        let ordered: [OrderedCase]
    }

    static func reference() throws -> Reference {
        // The StatsTests fixture (that folder is excluded from its target); the panel cases are the ones egov reproduces.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StatsTests/Fixtures/glm_reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }
    static func d(_ s: [String]) -> [Double] { s.map { Double($0) ?? .nan } }
    static func d(_ s: String) -> Double { Double(s) ?? .nan }

    static func run(_ args: [String]) throws -> [String: Any] {
        let r = try EGovCLI.run(["regress", "--format", "json"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    static func close(_ a: [Double], _ b: [Double], _ tol: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * abs($1) }
    }
    static func numbers(_ rows: Any?, _ key: String) -> [Double] {
        (rows as? [[String: Any]] ?? []).map { ($0[key] as? NSNumber)?.doubleValue ?? .nan }
    }
    static func number(_ j: [String: Any], _ key: String) -> Double { (j[key] as? NSNumber)?.doubleValue ?? .nan }

    static let logitFormula = "I(fh_status == \"F\") ~ egdi + log(gdppc_ppp)"

    @Test func logitWithMarginsMatchesR() throws {
        let ref = try #require(try Self.reference().glm.first { $0.name == "panel_logit_2022" })
        let j = try Self.run(["--family", "logit", "--formula", Self.logitFormula, "--where", "year == 2022", "--margins"])
        #expect((j["coefficients"] as? [[String: Any]])?.map { $0["term"] as? String ?? "" } == ref.terms)
        #expect(Self.close(Self.numbers(j["coefficients"], "estimate"), Self.d(ref.coefficients), 1e-9))
        #expect(Self.close(Self.numbers(j["coefficients"], "std_error"), Self.d(ref.se_classical), 1e-9))
        for (key, value) in [("deviance", ref.deviance), ("null_deviance", ref.null_deviance), ("loglik", ref.loglik), ("aic", ref.aic), ("pseudo_r2", ref.pseudo_r2)] {
            #expect(Self.close([Self.number(j, key)], [Self.d(value)], 1e-9), "\(key)")
        }
        #expect(j["family"] as? String == "binomial" && j["link"] as? String == "logit")
        #expect(j["converged"] as? Bool == true)
        #expect((j["iterations"] as? Int ?? 0) > 2)
        #expect(j["nobs"] as? Int == 185)
        let ame = j["average_marginal_effects"] as? [[String: Any]] ?? []
        #expect(ame.map { $0["term"] as? String ?? "" } == ref.ame_terms)
        #expect(Self.close(Self.numbers(ame, "estimate"), Self.d(ref.ame), 1e-9))
        #expect(Self.close(Self.numbers(ame, "std_error"), Self.d(ref.ame_se_classical), 1e-8))
        let stat = j["statistic"] as? [String: Any]
        #expect(stat?["distribution"] as? String == "z")
    }

    @Test func robustClusteredAndObservedInformation() throws {
        let refs = try Self.reference().glm
        let logit = try #require(refs.first { $0.name == "panel_logit_2022" })
        let j = try Self.run(["--family", "logit", "--formula", Self.logitFormula, "--where", "year == 2022", "--vcov", "hc1", "--margins"])
        #expect(Self.close(Self.numbers(j["coefficients"], "std_error"), Self.d(logit.se_hc1), 1e-9))
        #expect(Self.close(Self.numbers(j["average_marginal_effects"], "std_error"), Self.d(logit.ame_se_hc1), 1e-8))

        let pooled = try #require(refs.first { $0.name == "panel_logit_pooled" })
        let f = Self.logitFormula + " + factor(year)"
        let c1 = try Self.run(["--family", "logit", "--formula", f, "--where", "year %in% c(2018, 2020, 2022)", "--vcov", "cluster(iso3)"])
        #expect(Self.close(Self.numbers(c1["coefficients"], "std_error"), Self.d(pooled.se_cr1 ?? []), 1e-9))
        #expect(c1["vcov"] as? String == "CR1")
        let c2 = try Self.run(["--family", "logit", "--formula", f, "--where", "year %in% c(2018, 2020, 2022)", "--vcov", "cluster(iso3)", "--cluster-adjustment", "g-only"])
        #expect(Self.close(Self.numbers(c2["coefficients"], "std_error"), Self.d(pooled.se_cluster_g_only ?? []), 1e-9))

        let probit = try #require(refs.first { $0.name == "panel_probit_2022" })
        let p = try Self.run(["--family", "probit", "--formula", Self.logitFormula, "--where", "year == 2022", "--information", "observed"])
        #expect(Self.close(Self.numbers(p["coefficients"], "estimate"), Self.d(probit.coefficients), 1e-9))
        #expect(Self.close(Self.numbers(p["coefficients"], "std_error"), Self.d(probit.se_observed ?? []), 1e-8))

        let poisson = try #require(refs.first { $0.name == "panel_poisson_2022" })
        let q = try Self.run(["--family", "poisson", "--formula", "fh_pr ~ egdi + log(gdppc_ppp)", "--where", "year == 2022"])
        #expect(Self.close(Self.numbers(q["coefficients"], "estimate"), Self.d(poisson.coefficients), 1e-9))
        #expect(Self.close(Self.numbers(q["coefficients"], "std_error"), Self.d(poisson.se_classical), 1e-9))
        #expect(Self.close([Self.number(q, "loglik")], [Self.d(poisson.loglik)], 1e-10))
    }

    @Test func orderedLogitMatchesTheTightMLE() throws {
        for (family, name) in [("ordered-logit", "panel_ologit_2022"), ("ordered-probit", "panel_oprobit_2022")] {
            let ref = try #require(try Self.reference().ordered.first { $0.name == name })
            let j = try Self.run(["--family", family, "--formula", "fh_status ~ egdi + log(gdppc_ppp)", "--levels", "NF,PF,F", "--where", "year == 2022", "--margins"])
            let coefs = j["coefficients"] as? [[String: Any]] ?? []
            #expect(coefs.map { $0["term"] as? String ?? "" } == ref.terms + ref.cutpoint_names)
            #expect(Self.close(Self.numbers(coefs, "estimate"), Self.d(ref.coefficients), 1e-8))
            #expect(Self.close(Self.numbers(coefs, "std_error"), Self.d(ref.se), 1e-7))
            let cut = j["cutpoints"] as? [[String: Any]] ?? []
            #expect(cut.map { $0["name"] as? String ?? "" } == ["NF|PF", "PF|F"])
            #expect(Self.close(Self.numbers(cut, "estimate"), Array(Self.d(ref.coefficients).suffix(2)), 1e-8))
            #expect(Self.close([Self.number(j, "loglik")], [Self.d(ref.loglik)], 1e-11))
            let ame = j["average_marginal_effects"] as? [[String: Any]] ?? []
            #expect(ame.map { $0["outcome"] as? String ?? "" } == ref.ame_outcomes)
            #expect(Self.close(Self.numbers(ame, "estimate"), Self.d(ref.ame), 1e-8))
            #expect(Self.close(Self.numbers(ame, "std_error"), Self.d(ref.ame_se), 1e-7))
        }
    }

    @Test func textOutputIsReadable() throws {
        let r = try EGovCLI.run(["regress", "--family", "ordered-logit", "--formula", "fh_status ~ egdi + log(gdppc_ppp)", "--levels", "NF,PF,F", "--where", "year == 2022"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Cut points (zeta):"))
        #expect(r.stdout.contains("NF|PF"))
        #expect(r.stdout.contains("Outcome levels (lowest first): NF (n = "))
        #expect(!r.stdout.contains("(Intercept)"))
        let g = try EGovCLI.run(["regress", "--family", "logit", "--formula", Self.logitFormula, "--where", "year == 2022", "--margins"])
        #expect(g.status == 0, "\(g.stderr)")
        #expect(g.stdout.hasPrefix("Generalized linear model: logit (binomial family, logit link)"))
        #expect(g.stdout.contains("Residual deviance:"))
        #expect(g.stdout.contains("Average marginal effects"))
        #expect(g.stdout.contains("z value"))
    }

    // MARK: errors: exit status, stderr, nothing on stdout

    func failure(_ args: [String], csv: String? = nil) throws -> EGovCLI.Result {
        var extra: [String] = []
        var dir: URL? = nil
        if let csv {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egov-family-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(csv.utf8).write(to: folder.appendingPathComponent("d.csv"))
            extra = ["--data", folder.appendingPathComponent("d.csv").path]
            dir = folder
        }
        defer { if let dir { try? FileManager.default.removeItem(at: dir) } }
        let r = try EGovCLI.run(["regress"] + extra + args)
        #expect(r.stdout.isEmpty)
        return r
    }

    @Test func separationIsAnError() throws {
        let csv = "y,x\n0,1\n0,2\n0,3\n0,4\n1,4\n1,5\n1,6\n1,7\n"
        let r = try failure(["--family", "logit", "--formula", "y ~ x"], csv: csv)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("error: quasi-complete separation: 6 observations are predicted perfectly by a combination of '(Intercept)', 'x'"))
    }

    @Test func constantAndNonBinaryOutcomes() throws {
        let c = try failure(["--family", "logit", "--formula", Self.logitFormula, "--where", "year == 2022 && fh_status == \"F\""])
        #expect(c.status == 1)
        #expect(c.stderr == "error: the outcome is 1 for every observation used: a constant outcome has no likelihood to maximise; check --where or the outcome definition\n")
        let b = try failure(["--family", "probit", "--formula", "fh_total ~ egdi", "--where", "year == 2022"])
        #expect(b.status == 1)
        #expect(b.stderr.hasPrefix("error: probit needs a 0/1 outcome, but observation "))
        #expect(b.stderr.contains("I(fh_status == \"F\")"))
    }

    @Test func levelErrors() throws {
        let u = try failure(["--family", "ordered-logit", "--formula", "fh_status ~ egdi", "--levels", "NF,PF,Free", "--where", "year == 2022"])
        #expect(u.status == 64)
        #expect(u.stderr.hasPrefix("error: --levels: 'Free' is not a value of 'fh_status' in the rows used"))
        let m = try failure(["--family", "ordered-logit", "--formula", "fh_status ~ egdi", "--where", "year == 2022"])
        #expect(m.status == 64)
        #expect(m.stderr.contains("with --levels \"F,NF,PF\""))
        let o = try failure(["--formula", "fh_status ~ egdi", "--levels", "NF,PF,F"])
        #expect(o.status == 64)
        #expect(o.stderr.contains("--levels orders the outcome of an ordered model"))
        let g = try failure(["--formula", "wgi_cc ~ egdi", "--margins"])
        #expect(g.status == 64)
        #expect(g.stderr.contains("--margins needs a likelihood model"))
    }

    @Test func unsupportedOptionsAreRefused() throws {
        let fe = try failure(["--family", "logit", "--formula", Self.logitFormula + " | year"])
        #expect(fe.status == 64)
        #expect(fe.stderr.contains("write them as factors instead, e.g. + factor(year)"))
        let hc3 = try failure(["--family", "logit", "--formula", Self.logitFormula, "--where", "year == 2022", "--vcov", "hc3"])
        #expect(hc3.status == 1)
        #expect(hc3.stderr.contains("not available for generalized linear models"))
    }
}
