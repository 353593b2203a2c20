import Foundation
import Testing

/// `egov regress` with panel structure, lag/lead/difference operators and the
/// panel estimators, on the embedded panel, against R plm 2.6.2
/// (scripts/reference/panel_plm_fixture.R -> Fixtures/PanelCLIReference.swift).
@Suite struct PanelCommandTests {
    typealias R = PanelCLIReference

    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try DataCommandsTests.egov(["regress", "--format", "json"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return try #require(object)
    }
    static func column(_ j: [String: Any], _ key: String) -> [Double] { RegressCommandTests.column(j, key) }
    static func number(_ j: [String: Any], _ key: String) -> Double { RegressCommandTests.number(j, key) }
    static func close(_ a: Double, _ b: Double, _ tol: Double = 1e-10) -> Bool { RegressCommandTests.close(a, b, tol) }
    static func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-10) -> Bool { RegressCommandTests.close(a, b, tol) }

    static let editionFormula = "wgi_cc ~ egdi + log(gdppc_ppp)"

    // MARK: random effects

    @Test func randomEffectsMatchesPlm() throws {
        let j = try Self.json(["--formula", Self.editionFormula, "--estimator", "re", "--hausman"])
        #expect(j["estimator"] as? String == "re")
        #expect(j["nobs"] as? Int == R.reN)
        #expect(Self.close(Self.column(j, "estimate"), R.reCoef))
        #expect(Self.close(Self.column(j, "std_error"), R.reSE))
        #expect(Self.close(Self.column(j, "statistic"), R.reZ))
        #expect(Self.close(Self.column(j, "p_value"), R.reP, 1e-9))
        #expect((j["statistic"] as? [String: Any])?["distribution"] as? String == "z")
        #expect(Self.close(Self.number(j, "sigma_u"), R.reSigmaU))
        #expect(Self.close(Self.number(j, "sigma_e"), R.reSigmaE))
        #expect(Self.close(Self.number(j, "r_squared"), R.reR2))
        #expect(Self.close(Self.number(j, "adj_r_squared"), R.reAdjR2))
        #expect(Self.close(Self.number(j, "f_statistic") * 2, R.reChisq))
        #expect(Self.close(Self.number(j, "f_p_value"), R.reChisqP, 1e-9))
        // Unbalanced: θ per unit and its range.
        #expect(j["theta"] is NSNull)
        let range = j["theta_range"] as? [String: Any] ?? [:]
        #expect(Self.close((range["min"] as? NSNumber)?.doubleValue ?? .nan, R.reThetaMin))
        #expect(Self.close((range["max"] as? NSNumber)?.doubleValue ?? .nan, R.reThetaMax))
        let byUnit = j["theta_by_unit"] as? [[String: Any]] ?? []
        var theta: [String: Double] = [:]
        for u in byUnit { if let name = u["unit"] as? String { theta[name] = (u["theta"] as? NSNumber)?.doubleValue } }
        #expect(theta.count == R.reThetaUnits.count)
        for (name, value) in zip(R.reThetaUnits, R.reThetaByUnit) {
            #expect(Self.close(theta[name] ?? .nan, value), "θ of \(name)")
        }
        // Hausman (plm::phtest) and the cluster-robust Mundlak version.
        let h = j["hausman"] as? [String: Any] ?? [:]
        #expect(Self.close((h["statistic"] as? NSNumber)?.doubleValue ?? .nan, R.hausmanStatistic))
        #expect(h["df"] as? Int == R.hausmanDF)
        #expect(Self.close((h["p_value"] as? NSNumber)?.doubleValue ?? .nan, R.hausmanP, 1e-9))
        let m = j["hausman_mundlak"] as? [String: Any] ?? [:]
        #expect(Self.close((m["statistic"] as? NSNumber)?.doubleValue ?? .nan, R.mundlakStatistic))
        #expect(m["df"] as? Int == 2)
        #expect(Self.close((m["p_value"] as? NSNumber)?.doubleValue ?? .nan, R.mundlakP, 1e-9))
        let notes = j["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("Swamy–Arora") && $0.contains("Stata's xtreg, re differs on unbalanced panels") })
        #expect(notes.contains { $0.hasPrefix("Hausman test, FE against RE (R plm::phtest") })
    }

    @Test func randomEffectsClusterAndHeteroskedasticCovariances() throws {
        let c = try Self.json(["--formula", Self.editionFormula, "--estimator", "re", "--vcov", "cluster(iso3)"])
        #expect(Self.close(Self.column(c, "estimate"), R.reCoef))
        #expect(Self.close(Self.column(c, "std_error"), R.reClusterSE))
        #expect(Self.close(Self.column(c, "p_value"), R.reClusterP, 1e-9))
        let h1 = try Self.json(["--formula", Self.editionFormula, "--estimator", "re", "--vcov", "hc1"])
        #expect(Self.close(Self.column(h1, "std_error"), R.reHC1SE))
        let h0 = try Self.json(["--formula", Self.editionFormula, "--estimator", "re", "--vcov", "hc0"])
        #expect(Self.close(Self.column(h0, "std_error"), R.reHC0SE))
    }

    // MARK: between and first differences

    @Test func betweenMatchesPlm() throws {
        let j = try Self.json(["--formula", Self.editionFormula, "--estimator", "between"])
        #expect(j["estimator"] as? String == "between")
        #expect(j["nobs"] as? Int == R.betweenN)
        #expect(Self.close(Self.column(j, "estimate"), R.betweenCoef))
        #expect(Self.close(Self.column(j, "std_error"), R.betweenSE))
        #expect(Self.close(Self.column(j, "p_value"), R.betweenP, 1e-9))
        #expect(Self.close(Self.number(j, "r_squared"), R.betweenR2))
    }

    @Test func firstDifferencesByTimeValue() throws {
        let j = try Self.json(["--formula", "wgi_cc ~ log(gdppc_ppp) + internet_users", "--where", "year >= 2010 & year <= 2020",
                               "--estimator", "fd"])
        #expect(j["estimator"] as? String == "fd")
        #expect(j["nobs"] as? Int == R.fdN)
        #expect(R.fdN != R.fdPlmN)  // the sample has gaps: plm's consecutive-row rule differs
        #expect(Self.coefficients(j).map { $0["term"] as? String } == ["(Intercept)", "log(gdppc_ppp)", "internet_users"])
        #expect(Self.close(Self.column(j, "estimate"), R.fdCoef))
        #expect(Self.close(Self.column(j, "std_error"), R.fdSE))
        #expect(Self.close(Self.column(j, "p_value"), R.fdP, 1e-9))
        #expect(Self.close(Self.number(j, "r_squared"), R.fdR2, 1e-9))
        let notes = j["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("R plm's model = \"fd\" differences consecutive rows") })
        // Clusters carried to the differenced rows.
        let c = try Self.json(["--formula", "wgi_cc ~ log(gdppc_ppp) + internet_users", "--where", "year >= 2010 & year <= 2020",
                               "--estimator", "fd", "--vcov", "cluster(iso3)"])
        #expect(Self.close(Self.column(c, "std_error"), R.fdClusterSE))
        #expect((c["clusters"] as? [[String: Any]])?.first?["groups"] as? Int == R.fdClusters)
    }

    static func coefficients(_ j: [String: Any]) -> [[String: Any]] { RegressCommandTests.coefficients(j) }

    // MARK: lag, lead and difference operators

    @Test func lagWithTwoWayFixedEffects() throws {
        let f = "wgi_cc ~ l(egdi, 1) + log(gdppc_ppp) | iso3 + year"
        let j = try Self.json(["--formula", f])
        #expect(j["nobs"] as? Int == R.lagN)
        #expect(Self.coefficients(j).map { $0["term"] as? String } == ["l(egdi, 1)", "log(gdppc_ppp)"])
        #expect(Self.close(Self.column(j, "estimate"), R.lagCoef))
        #expect(Self.close(Self.column(j, "std_error"), R.lagSE))
        let c = try Self.json(["--formula", f, "--vcov", "cluster(iso3)", "--fe-rule", "full"])
        #expect(Self.close(Self.column(c, "std_error"), R.lagClusterSE))
        // The "done when" command: default small-sample rule (fixest's nested K).
        let nested = try Self.json(["--formula", f, "--vcov", "cluster(iso3)"])
        #expect(Self.close(Self.column(nested, "std_error"), R.lagClusterNestedSE))
        let notes = j["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("computed on the whole data before --where selects rows") })
    }

    @Test func leadAndDifferenceSeeRowsOutsideWhere() throws {
        let j = try Self.json(["--formula", "d(wgi_cc) ~ f(egdi, 2)", "--where", "year >= 2010"])
        #expect(j["nobs"] as? Int == R.leadN)
        #expect(Self.close(Self.column(j, "estimate"), R.leadCoef))
        #expect(Self.close(Self.column(j, "std_error"), R.leadSE))
    }

    // MARK: refusals

    static func refusal(_ args: [String], csv: String? = nil) throws -> DataCommandsTests.Run {
        var all = ["regress"] + args
        var dir: URL? = nil
        if let csv {
            let d = try RegressCommandTests.folder(["d.csv": csv])
            dir = d
            all += ["--data", d.appendingPathComponent("d.csv").path]
        }
        defer { if let dir { try? FileManager.default.removeItem(at: dir) } }
        return try DataCommandsTests.egov(all)
    }

    @Test func lagWithoutPanelIsRefused() throws {
        let r = try Self.refusal(["--formula", "y ~ l(x, 1)"], csv: "id,y,x\na,1,2\nb,2,3\nc,3,5\nd,4,4\n")
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("l(x, 1) needs a panel structure"))
        #expect(r.stderr.contains("--panel unit,time"))
    }

    @Test func duplicateUnitTimeIsRefused() throws {
        let csv = "iso3,year,y,x\nAAA,2000,1,2\nAAA,2000,2,3\nAAA,2001,3,5\nBBB,2000,4,4\nBBB,2001,5,1\nBBB,2001,6,2\n"
        let r = try Self.refusal(["--formula", "y ~ x", "--estimator", "re"], csv: csv)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("2 country-years appear more than once: AAA 2000 (data rows 1, 2); BBB 2001 (data rows 5, 6)"))
    }

    @Test func randomEffectsWithTimeInvariantDesignIsRefused() throws {
        let r = try Self.refusal(["--formula", "wgi_cc ~ post_soviet", "--estimator", "re"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("random effects need at least one regressor that varies within units"))
    }

    @Test func unknownEstimatorAndMisuseAreUsageErrors() throws {
        let a = try Self.refusal(["--formula", Self.editionFormula, "--estimator", "gls"])
        #expect(a.status == 64)
        #expect(a.stdout.isEmpty)
        #expect(a.stderr.contains("gls"))
        let b = try Self.refusal(["--formula", Self.editionFormula, "--hausman"])
        #expect(b.status == 64)
        #expect(b.stderr.contains("--hausman compares fixed and random effects: use it with --estimator re"))
        let c = try Self.refusal(["--formula", "wgi_cc ~ l(egdi, 0)"])
        #expect(c.status == 64)
        #expect(c.stderr.contains("l() needs a whole number k from 1"))
        let d = try Self.refusal(["--formula", Self.editionFormula + " | iso3", "--estimator", "re"])
        #expect(d.status == 64)
        #expect(d.stderr.contains("cannot be combined with absorbed fixed effects"))
        let e = try Self.refusal(["--formula", Self.editionFormula, "--panel", "iso3"])
        #expect(e.status == 64)
        #expect(e.stderr.contains("--panel 'iso3' is not unit,time"))
    }
}
