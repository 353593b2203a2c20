import Foundation
import Modeling
import Stats
import Testing
@testable import Paradox

@Suite struct SavedFitTests {
    /// A fit of the in-memory panel of RegressionAnalysisTests, clustered, with a filter.
    static func report() throws -> RegressionReport {
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x + z | iso3"), covariance: .cluster("iso3"),
                                           filter: try RowFilter.parse("year >= 2016"))
        return try RegressionAnalysis.run(spec, data: RegressionAnalysisTests.panel, dataSource: "panel.csv")
    }

    @Test func roundTripKeepsEveryNumberExactly() throws {
        let r = try Self.report()
        let text = r.json().serialized(pretty: true)
        let fit = try SavedFit(json: Data(text.utf8), source: "m.json")
        #expect(fit.formatVersion == SavedFit.currentFormatVersion)
        #expect(fit.formula == r.formula)
        #expect(fit.dependent == "y")
        #expect(fit.estimator == "fe")
        #expect(fit.family == nil)
        #expect(fit.observations == r.result.observations)
        #expect(fit.covarianceLabel == "CR1")
        #expect(fit.clusters == [SavedFit.Cluster(name: "iso3", groups: 4)])
        #expect(fit.fixedEffects == [SavedFit.FixedEffect(name: "iso3", levels: 4)])
        #expect(fit.data == "panel.csv")
        #expect(fit.condition == "year >= 2016")
        #expect(fit.distribution == "t")
        #expect(fit.distributionDegreesOfFreedom == 3)
        #expect(fit.covarianceTerms == r.result.coefficients.map(\.term))
        for (i, c) in r.result.coefficients.enumerated() {
            let s = try #require(fit.coefficient(c.term))
            #expect(s.estimate == c.estimate)
            #expect(s.standardError == c.standardError)
            #expect(s.pValue == c.pValue)
            #expect(s.confidenceLow == c.confidenceLow)
            for j in r.result.coefficients.indices { #expect(fit.covariance[i][j] == r.result.covariance[i, j]) }
        }
        #expect(fit.withinRSquared == r.result.withinRSquared)
        #expect(fit.rSquared == r.result.rSquared)
    }

    @Test func newKeysAreAppendedAfterTheContractKeys() throws {
        let r = try Self.report()
        guard case .object(let members) = r.json() else { Issue.record("not an object"); return }
        let keys = members.map(\.0)
        #expect(Array(keys.prefix(4)) == ["formula", "nobs", "nobs_dropped", "df_residual"])
        for k in ["dependent", "estimator", "family", "vcov_terms", "vcov_matrix", "data", "where", "format_version", "fixed_effects", "clusters"] {
            #expect(keys.contains(k), "missing \(k)")
        }
        #expect(try #require(keys.firstIndex(of: "vcov_matrix")) > (try #require(keys.firstIndex(of: "dropped_rows"))))
    }

    /// A fit written by another estimator's branch: unknown estimator and family, extra keys
    /// of every kind, nulls where a statistic does not exist.
    @Test func otherEstimatorsLoad() throws {
        let json = """
        {"formula": "fh_status ~ egdi", "nobs": 150, "vcov": "HC1", "r_squared": null, "adj_r_squared": null,
         "coefficients": [{"term": "egdi", "estimate": 2.5, "std_error": 0.5, "statistic": 5, "p_value": 1e-6,
                           "conf_low": null, "conf_high": null, "bootstrap_p_value": 0.01}],
         "cutpoints": [{"name": "Not Free|Partly Free", "estimate": -1, "std_error": 0.2}],
         "tests": [{"hypothesis": "egdi = 0", "statistic": 25, "df1": 1, "df2": null, "p_value": 1e-6}],
         "lincom": {"expression": "egdi", "estimate": 2.5}, "theta": 0.4, "pseudo_r2": 0.21, "aic": 301.5,
         "statistic": {"distribution": "z", "df": null},
         "dependent": "fh_status", "estimator": "ordered", "family": "ordered-logit",
         "vcov_terms": ["egdi"], "vcov_matrix": [[0.25]], "data": "embedded panel", "where": null, "format_version": 1}
        """
        let fit = try SavedFit(json: Data(json.utf8), source: "glm.json")
        #expect(fit.estimator == "ordered")
        #expect(fit.family == "ordered-logit")
        #expect(fit.rSquared == nil)
        #expect(fit.pseudoRSquared == 0.21)
        #expect(fit.coefficient("egdi")?.confidenceLow == nil)
        #expect(fit.distribution == "z")
        #expect(fit.condition == nil)
        #expect(fit.standardErrorDescription == "heteroskedasticity-robust (HC1)")
    }

    @Test func refusesFitsWithoutVersion() throws {
        let json = #"{"formula": "y ~ x", "nobs": 3, "coefficients": []}"#
        #expect(throws: SavedFitError.missingVersion(source: "old.json")) { try SavedFit(json: Data(json.utf8), source: "old.json") }
        let message = SavedFitError.missingVersion(source: "old.json").description
        #expect(message.contains("no format_version") && message.contains("--format json --out old.json"))
    }

    @Test func refusesNewerFormat() throws {
        let json = #"{"formula": "y ~ x", "nobs": 3, "coefficients": [], "format_version": 7}"#
        let e = SavedFitError.incompatibleVersion(source: "new.json", version: 7, readable: 1...1)
        #expect(throws: e) { try SavedFit(json: Data(json.utf8), source: "new.json") }
        #expect(e.description == "new.json: saved-fit format version 7 is not readable by this egov (it reads version 1); update egov, or fit the model again with this version")
    }

    @Test func refusesNonFitsAndDamagedCovariances() throws {
        #expect(throws: SavedFitError.self) { try SavedFit(json: Data("not json".utf8), source: "x") }
        #expect(throws: SavedFitError.self) { try SavedFit(json: Data(#"{"a": 1}"#.utf8), source: "x") }
        let bad = #"{"formula": "y ~ x", "nobs": 3, "coefficients": [{"term": "x", "estimate": 1}], "format_version": 1, "vcov_terms": ["x", "z"], "vcov_matrix": [[1, 0]]}"#
        #expect(throws: SavedFitError.covarianceShape(source: "x", terms: 2, rows: 1, columns: [2])) { try SavedFit(json: Data(bad.utf8), source: "x") }
        let missing = #"{"formula": "y ~ x", "coefficients": [], "format_version": 1}"#
        do { _ = try SavedFit(json: Data(missing.utf8), source: "x"); Issue.record("accepted a fit without nobs") } catch {
            #expect(error.description.contains("\"nobs\" is missing"))
        }
    }

    @Test func unreadableFile() {
        let url = URL(fileURLWithPath: "/nonexistent/dir/m1.json")
        #expect(throws: SavedFitError.unreadable(source: "/nonexistent/dir/m1.json", reason: "no such file")) { try SavedFit(contentsOf: url) }
    }
}
