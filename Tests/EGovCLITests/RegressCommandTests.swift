import Foundation
import Testing

/// `egov regress` run as a user runs it: the built binary on CSV files.
/// References: R 4.2.2 lm/sandwich/lmtest (scripts/reference/regress_cli_fixture.R ->
/// Fixtures/RegressCLIReference.swift) and NIST StRD certified values
/// (scripts/reference/nist_regress_cli_fixture.py -> Fixtures/NISTRegressCLIData.swift).
@Suite struct RegressCommandTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }

    /// A fresh folder with `files` written into it.
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-regress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    /// Runs regress on the R reference CSV with `args` and parses the JSON.
    static func json(_ args: [String], csv: String = RegressCLIReference.csv) throws -> [String: Any] {
        let dir = try folder(["d.csv": csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try egov(["regress", "--data", dir.appendingPathComponent("d.csv").path, "--format", "json"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return try #require(object)
    }

    static func coefficients(_ j: [String: Any]) -> [[String: Any]] { j["coefficients"] as? [[String: Any]] ?? [] }
    static func column(_ j: [String: Any], _ key: String) -> [Double] {
        coefficients(j).map { ($0[key] as? NSNumber)?.doubleValue ?? .nan }
    }
    static func number(_ j: [String: Any], _ key: String) -> Double { (j[key] as? NSNumber)?.doubleValue ?? .nan }

    static func close(_ a: Double, _ b: Double, _ tol: Double = 1e-10) -> Bool {
        abs(a - b) <= tol * max(abs(b), 1e-300)
    }
    static func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-10) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tol) }
    }

    // MARK: the JSON contract

    @Test func jsonKeysInContractOrder() throws {
        let dir = try Self.folder(["d.csv": RegressCLIReference.csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.egov(["regress", "--data", dir.appendingPathComponent("d.csv").path, "--formula", "y ~ x1 + log(x2)",
                               "--vcov", "hc1", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        func keys(indent: Int) -> [String] {
            let prefix = String(repeating: " ", count: indent) + "\""
            return r.stdout.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix(prefix), !line.hasPrefix(prefix + " ") else { return nil }
                return line.dropFirst(prefix.count).split(separator: "\"").first.map(String.init)
            }
        }
        let contract = ["formula", "nobs", "nobs_dropped", "df_residual", "df_model", "vcov", "r_squared", "adj_r_squared",
                        "sigma", "f_statistic", "f_p_value", "loglik", "aic", "bic", "condition_number", "coefficients",
                        "dropped_terms", "notes"]
        let top = keys(indent: 2)
        #expect(Array(top.prefix(contract.count)) == contract)
        #expect(Set(top.dropFirst(contract.count)).isDisjoint(with: contract))
        // Keys at depth 3 are the coefficient objects' (then the dropped rows', none here).
        let coefficientKeys = Array(keys(indent: 6).prefix(21))
        #expect(coefficientKeys == Array(repeating: ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"], count: 3).flatMap { $0 })
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["formula"] as? String == "y ~ x1 + log(x2)")
        #expect(j["vcov"] as? String == "HC1")
        #expect(Self.coefficients(j).map { $0["term"] as? String } == ["(Intercept)", "x1", "log(x2)"])
    }

    // MARK: against R

    /// Default covariance: classical, as R's `lm`, and the output says it was the default.
    @Test func classicalDefaultMatchesLm() throws {
        let j = try Self.json(["--formula", "y ~ x1 + log(x2)"])
        #expect(j["nobs"] as? Int == Int(RegressCLIReference.olsN))
        #expect(j["nobs_dropped"] as? Int == 1)
        #expect(j["df_residual"] as? Int == Int(RegressCLIReference.olsN) - 3)
        #expect(j["df_model"] as? Int == 2)
        #expect(j["vcov"] as? String == "classical")
        #expect(Self.close(Self.column(j, "estimate"), RegressCLIReference.olsCoef))
        #expect(Self.close(Self.column(j, "std_error"), RegressCLIReference.olsSE))
        #expect(Self.close(Self.number(j, "sigma"), RegressCLIReference.olsSigma))
        #expect(Self.close(Self.number(j, "r_squared"), RegressCLIReference.olsR2))
        #expect(Self.close(Self.number(j, "adj_r_squared"), RegressCLIReference.olsAdjR2))
        #expect(Self.close(Self.number(j, "f_statistic"), RegressCLIReference.olsF))
        #expect(Self.close(Self.number(j, "loglik"), RegressCLIReference.olsLogLik))
        #expect(Self.close(Self.number(j, "aic"), RegressCLIReference.olsAIC))
        #expect(Self.close(Self.number(j, "bic"), RegressCLIReference.olsBIC))
        let notes = j["notes"] as? [String] ?? []
        #expect(notes.first?.hasPrefix("standard errors: classical") == true)
        #expect(notes.first?.contains("the default, as R's lm") == true)
        let dropped = j["dropped_rows"] as? [[String: Any]] ?? []
        #expect(dropped.count == 1)
        #expect(dropped.first?["label"] as? String == "AZE 2017")
        #expect(dropped.first?["row"] as? Int == 7)
        #expect(dropped.first?["variables"] as? [String] == ["x1"])
        // p-values and intervals: R's summary/confint (t on n − k df), the F p-value pf(...).
        #expect(Self.close(Self.column(j, "p_value"), RegressCLIReference.olsP, 1e-8))
        let ci = zip(Self.column(j, "conf_low"), Self.column(j, "conf_high")).flatMap { [$0, $1] }
        #expect(Self.close(ci, RegressCLIReference.olsCI, 1e-9))
        #expect(Self.close(Self.number(j, "f_p_value"), RegressCLIReference.olsFP, 1e-8))
    }

    @Test func hc1MatchesSandwich() throws {
        let j = try Self.json(["--formula", "y ~ x1 + log(x2)", "--vcov", "hc1"])
        #expect(Self.close(Self.column(j, "estimate"), RegressCLIReference.olsCoef))
        #expect(Self.close(Self.column(j, "std_error"), RegressCLIReference.hc1SE))
        #expect(Self.close(Self.number(j, "f_statistic"), RegressCLIReference.hc1WaldF))
        let n = Int(RegressCLIReference.olsN)
        #expect((j["notes"] as? [String])?.first == "standard errors: HC1 (Stata's small-sample factor n/(n−k) = \(n)/\(n - 3)), p-values from t(\(n - 3))")
        #expect(Self.close(Self.column(j, "p_value"), RegressCLIReference.hc1P, 1e-8))
    }

    @Test func clusterByCountryMatchesVcovCL() throws {
        let j = try Self.json(["--formula", "y ~ x1 + log(x2)", "--vcov", "cluster(iso3)"])
        #expect(j["vcov"] as? String == "CR1")
        #expect(Self.close(Self.column(j, "std_error"), RegressCLIReference.cr1SE))
        let clusters = j["clusters"] as? [[String: Any]] ?? []
        #expect(clusters.first?["name"] as? String == "iso3")
        #expect(clusters.first?["groups"] as? Int == 8)
        let statistic = j["statistic"] as? [String: Any]
        #expect(statistic?["df"] as? Int == 7)
        #expect((j["notes"] as? [String])?.first == "standard errors: clustered by iso3 (G = 8), CR1 (G/(G−1)·(N−1)/(N−K), K = 3), p-values from t(7)")
        #expect(Self.close(Self.column(j, "p_value"), RegressCLIReference.cr1P, 1e-8))
    }

    /// Two-way fixed effects absorbed = the dummy-variable regression in R.
    @Test func fixedEffectsFormulaMatchesDummies() throws {
        let j = try Self.json(["--formula", "y ~ x1 + log(x2) | iso3 + year"])
        #expect(Self.coefficients(j).map { $0["term"] as? String } == ["x1", "log(x2)"])
        #expect(Self.close(Self.column(j, "estimate"), RegressCLIReference.feCoef, 1e-9))
        #expect(Self.close(Self.column(j, "std_error"), RegressCLIReference.feSE, 1e-9))
        #expect(Self.close(Self.number(j, "sigma"), RegressCLIReference.feSigma, 1e-9))
        #expect(Self.close(Self.number(j, "r_squared"), RegressCLIReference.feR2, 1e-9))
        #expect(Self.close(Self.number(j, "within_r_squared"), RegressCLIReference.feWithinR2, 1e-9))
        #expect(j["df_residual"] as? Int == Int(RegressCLIReference.feDF))
        let fe = j["fixed_effects"] as? [[String: Any]] ?? []
        #expect(fe.map { $0["name"] as? String } == ["iso3", "year"])
        #expect(fe.map { $0["levels"] as? Int } == [8, 5])
    }

    // MARK: diagnostics

    /// `--diagnostics` passes Stats.Diagnostics through: Breusch–Pagan, VIF and the
    /// within-country Durbin–Watson against R (lmtest::bptest, 1/(1−R²_j), diff of residuals).
    @Test func diagnosticsMatchR() throws {
        let j = try Self.json(["--formula", "y ~ x1 + log(x2)", "--diagnostics"])
        let d = try #require(j["diagnostics"] as? [String: Any])
        let bp = d["breusch_pagan"] as? [String: Any]
        #expect(Self.close((bp?["statistic"] as? NSNumber)?.doubleValue ?? .nan, RegressCLIReference.bpKoenker, 1e-9))
        let vif = (d["vif"] as? [[String: Any]] ?? []).map { ($0["gvif"] as? NSNumber)?.doubleValue ?? .nan }
        #expect(Self.close(vif, [RegressCLIReference.vif, RegressCLIReference.vif], 1e-9))
        #expect(Self.close(Self.number(d, "durbin_watson"), RegressCLIReference.dwWithin, 1e-9))
        #expect(d["durbin_watson_within"] as? String == "iso3")
        #expect(d["influential"] is [Any])
    }

    @Test func diagnosticsWithFixedEffectsSayWhyNot() throws {
        let j = try Self.json(["--formula", "y ~ x1 + log(x2) | iso3", "--diagnostics"])
        let d = try #require(j["diagnostics"] as? [String: Any])
        #expect((d["unavailable"] as? String)?.hasPrefix("diagnostics not computed: they need the full design") == true)
    }

    // MARK: NIST through the CLI

    /// All eleven NIST StRD linear-regression datasets through `egov regress`:
    /// CSV -> formula (with I(x^k)) -> JSON. Every coefficient, SE, sigma and R²
    /// must reach LRE ≥ 10 with no term dropped. Prints the LRE table.
    @Test func nistThroughTheCLI() throws {
        let dir = try Self.folder(Dictionary(uniqueKeysWithValues: nistRegressCases.map { ($0.name + ".csv", $0.csv) }))
        defer { try? FileManager.default.removeItem(at: dir) }
        var table = ["dataset   | min LRE coef | min LRE SE | LRE sigma | LRE R2", "----------|--------------|------------|-----------|-------"]
        for c in nistRegressCases {
            let r = try Self.egov(["regress", "--data", dir.appendingPathComponent(c.name + ".csv").path, "--formula", c.formula, "--format", "json"])
            #expect(r.status == 0, "\(c.name): \(r.stderr)")
            let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            #expect((j["dropped_terms"] as? [Any])?.isEmpty == true, "\(c.name): no term may be dropped")
            let est = Self.column(j, "estimate"), se = Self.column(j, "std_error")
            #expect(est.count == c.certifiedCoefficients.count, "\(c.name)")
            let lreB = zip(est, c.certifiedCoefficients).map { lre($0, Double($1) ?? .nan) }
            let lreSE = zip(se, c.certifiedStandardErrors).map { lre($0, Double($1) ?? .nan) }
            let lreSigma = lre(Self.number(j, "sigma"), Double(c.certifiedResidualSD) ?? .nan)
            let lreR2 = lre(Self.number(j, "r_squared"), Double(c.certifiedRSquared) ?? .nan)
            for (k, l) in lreB.enumerated() { #expect(l >= 10, "\(c.name) B\(k) LRE \(l)") }
            for (k, l) in lreSE.enumerated() { #expect(l >= 10, "\(c.name) SE(B\(k)) LRE \(l)") }
            #expect(lreSigma >= 10, "\(c.name) sigma LRE \(lreSigma)")
            #expect(lreR2 >= 10, "\(c.name) R² LRE \(lreR2)")
            func f(_ x: Double) -> String { String(format: "%.1f", x) }
            table.append("\(c.name.padding(toLength: 9, withPad: " ", startingAt: 0)) | \(f(lreB.min() ?? 0).padding(toLength: 12, withPad: " ", startingAt: 0)) | \(f(lreSE.min() ?? 0).padding(toLength: 10, withPad: " ", startingAt: 0)) | \(f(lreSigma).padding(toLength: 9, withPad: " ", startingAt: 0)) | \(f(lreR2))")
        }
        print(table.joined(separator: "\n"))
    }

    // MARK: collinearity

    static var collinearCSV: String {
        // x3 = 2·x1 exactly (doubling is exact in binary): aliased with x1.
        var lines = ["iso3,year,y,x1,x3"]
        for line in RegressCLIReference.csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let x3 = Double(f[3]).map { String(2 * $0) } ?? ""
            lines.append([f[0], f[1], f[2], f[3], x3].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aliasedTermIsDroppedAndNamed() throws {
        let j = try Self.json(["--formula", "y ~ x1 + x3"], csv: Self.collinearCSV)
        #expect(j["dropped_terms"] as? [String] == ["x3"])
        #expect(Self.coefficients(j).map { $0["term"] as? String } == ["(Intercept)", "x1"])
        let notes = j["notes"] as? [String] ?? []
        #expect(notes.contains("not estimated (collinear, dropped as R's lm does): x3"))
    }

    @Test func aliasedTermIsAnErrorOnRequest() throws {
        let dir = try Self.folder(["d.csv": Self.collinearCSV])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.egov(["regress", "--data", dir.appendingPathComponent("d.csv").path, "--formula", "y ~ x1 + x3", "--on-collinear", "error"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "error: term 'x3' is collinear with the other regressors (or the fixed effects) and cannot be estimated; remove it from the formula, or pass --on-collinear drop to drop it as R's lm does\n")
    }

    // MARK: text and tables

    @Test func textLooksLikeSummaryLm() throws {
        let dir = try Self.folder(["d.csv": RegressCLIReference.csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.egov(["regress", "--data", dir.appendingPathComponent("d.csv").path, "--formula", "y ~ x1 + log(x2)", "--vcov", "hc1"])
        #expect(r.status == 0, "\(r.stderr)")
        let n = Int(RegressCLIReference.olsN)
        // R 4.2.2 print(summary(lm(y ~ x1 + log(x2), data = d))) prints, with classical SEs:
        //   x1            1.7576     0.9350   1.880   0.0682 .
        let classical = try Self.egov(["regress", "--data", dir.appendingPathComponent("d.csv").path, "--formula", "y ~ x1 + log(x2)"])
        #expect(classical.stdout.contains("\nx1            1.7576     0.9350   1.880   0.0682 .\n"))
        #expect(classical.stdout.contains("\nResidual standard error: 0.282 on 36 degrees of freedom\n  (1 observation deleted due to missingness)\n"))
        #expect(classical.stdout.contains("\nF-statistic: 34.31 on 2 and 36 DF,  p-value: 4.569e-09\n"))
        for expected in [
            "Formula: y ~ x1 + log(x2)", "Residuals:", "Coefficients:", "Estimate Std. Error t value Pr(>|t|)",
            "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
            "Residual standard error: \(String(format: "%.4g", RegressCLIReference.olsSigma)) on \(n - 3) degrees of freedom",
            "Observations: \(n) used, 1 dropped of 40 rows", "Dropped rows: AZE 2017 (x1)",
            "Standard errors: HC1 (Stata's small-sample factor n/(n−k) = \(n)/\(n - 3)), p-values from t(\(n - 3))",
        ] {
            #expect(r.stdout.contains(expected), "missing: \(expected)\n\(r.stdout)")
        }
    }

    @Test func fixedEffectsTextStatesLevels() throws {
        let dir = try Self.folder(["d.csv": RegressCLIReference.csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.egov(["regress", "--data", dir.appendingPathComponent("d.csv").path, "--formula", "y ~ x1 + log(x2) | iso3 + year",
                               "--vcov", "cluster(iso3)"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Fixed effects: iso3 (8 levels), year (5 levels); 0 singleton observations dropped; within R-squared"))
        #expect(r.stdout.contains("Standard errors: clustered by iso3 (G = 8), CR1"))
        #expect(r.stdout.contains("fixed effects counted by the 'nested' rule"))
    }

    @Test func csvMarkdownLatexTables() throws {
        let dir = try Self.folder(["d.csv": RegressCLIReference.csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("d.csv").path
        let csv = try Self.egov(["regress", "--data", path, "--formula", "y ~ x1 + log(x2)", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "term,estimate,std_error,statistic,p_value,conf_low,conf_high")
        let x1 = lines.first { $0.hasPrefix("x1,") }.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(x1.flatMap { Double($0[1]) } == RegressCLIReference.olsCoef[1] || x1.flatMap { Double($0[1]) }.map { Self.close($0, RegressCLIReference.olsCoef[1]) } == true)
        let md = try Self.egov(["regress", "--data", path, "--formula", "y ~ x1 + log(x2)", "--format", "markdown"])
        #expect(md.stdout.contains("| Term | Estimate | Std. Error | t value | Pr(>\\|t\\|) | 95% CI low | 95% CI high |"))
        let tex = try Self.egov(["regress", "--data", path, "--formula", "y ~ x1 + log(x2)", "--format", "latex"])
        #expect(tex.stdout.contains("\\begin{tabular}{lrrrrrrl}"))
        #expect(tex.stdout.contains("Signif. codes"))
    }

    @Test func embeddedPanelByDefault() throws {
        let r = try Self.egov(["regress", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp)", "--where", "year == 2018", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((j["nobs"] as? Int ?? 0) > 150)
        #expect(Self.column(j, "estimate").count == 3)
    }

    // MARK: bad inputs: exit status, stderr word for word, nothing on stdout

    func failure(_ args: [String], csv: String = RegressCLIReference.csv) throws -> DataCommandsTests.Run {
        let dir = try Self.folder(["d.csv": csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.egov(["regress", "--data", dir.appendingPathComponent("d.csv").path] + args)
        #expect(r.stdout.isEmpty)
        return r
    }

    @Test func unknownColumnSuggests() throws {
        let r = try failure(["--formula", "y ~ x11"])
        #expect(r.status == 64)
        #expect(r.stderr == "error: unknown variable 'x11' in formula; did you mean 'x1' or 'x2'?\n")
    }

    @Test func unknownClusterColumnSuggests() throws {
        let r = try failure(["--formula", "y ~ x1", "--vcov", "cluster(iso)"])
        #expect(r.status == 64)
        #expect(r.stderr == "error: unknown cluster variable 'iso'; did you mean 'iso3'?\n")
    }

    @Test func badVcov() throws {
        let r = try failure(["--formula", "y ~ x1", "--vcov", "robustt"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: --vcov 'robustt' is not a covariance estimator: did you mean robust? Use one of classical, hc0, hc1, hc2, hc3, hc4, robust (= hc1), cluster(c), cluster(c1,c2), cr2(c), driscoll-kraay(L), newey-west(L) or pcse\nUsage: egov regress"))
        let r2 = try failure(["--formula", "y ~ x1", "--vcov", "cluster(a,b,c)"])
        #expect(r2.status == 64)
        #expect(r2.stderr.hasPrefix("Error: --vcov 'cluster(a,b,c)' is not a covariance estimator: at most two cluster variables are supported (two-way clustering)\n"))
    }

    @Test func fewerObservationsThanCoefficients() throws {
        let r = try failure(["--formula", "y ~ x1 + x2", "--where", "iso3 == 'KAZ' & year < 2018"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: 2 observation(s) with positive weight for 3 column(s) in the design: need at least as many observations as columns; drop regressors or add data\n")
        let s = try failure(["--formula", "y ~ x1 + x2", "--where", "iso3 == 'KAZ' & year < 2019"])
        #expect(s.status == 1)
        #expect(s.stderr == "error: 3 observation(s) for 3 parameter(s): no residual degrees of freedom are left for standard errors; drop regressors or fixed effects\n")
    }

    @Test func allRowsMissing() throws {
        let r = try failure(["--formula", "y ~ x1", "--where", "iso3 == 'AZE' & year == 2017"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: all 1 rows have a missing value in a variable the model uses; most missing: x1 (1 rows)\n")
    }

    @Test func oneCluster() throws {
        let r = try failure(["--formula", "y ~ x1", "--vcov", "cluster(iso3)", "--where", "iso3 == 'KAZ'"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: cluster variable 'iso3' has 1 cluster(s) among the observations used: cluster-robust standard errors need at least 2 (and are unreliable below about 30–50)\n")
    }

    @Test func badFormula() throws {
        let r = try failure(["--formula", "y ~ x1 +"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: --formula: formula error at column"))
    }
}

/// Log relative error (McCullough 1998), capped at 15; the log absolute error when the certified value is 0.
private func lre(_ estimate: Double, _ certified: Double) -> Double {
    let diff = abs(estimate - certified)
    if diff == 0 { return 15 }
    let e = certified == 0 ? diff : diff / abs(certified)
    guard e.isFinite else { return 0 }
    return max(0, min(15, -log10(e)))
}
