import Foundation
import Modeling
import PanelData
import Testing
@testable import Paradox

/// The three models of the "Tables for a paper" example, fitted on the embedded panel by
/// `RegressionAnalysis` (what `egov regress` runs), written as JSON, read back as saved fits,
/// and compared with R (scripts/reference/saved_fit_vcov.R: lm + sandwich vcovHC HC1; vcovCL
/// HC1 rescaled to the nested FE convention) in Tests/ParadoxTests/Fixtures/saved_fit_vcov.json.
@Suite struct SavedFitReferenceTests {
    static let dataset: PanelDataset? = try? PanelDataset.load()

    struct Reference {
        var nobs: Int
        var clusters: Int?
        var terms: [String]
        var estimate: [Double]
        var vcov: [[Double]]
    }

    static func reference(_ name: String) -> Reference? {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/saved_fit_vcov.json")
        guard let data = try? Data(contentsOf: url),
              let all = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let m = all[name] as? [String: Any],
              let nobs = m["nobs"] as? Int, let terms = m["terms"] as? [String],
              let est = m["estimate"] as? [Double], let v = m["vcov"] as? [[Double]] else { return nil }
        return Reference(nobs: nobs, clusters: m["clusters"] as? Int, terms: terms, estimate: est, vcov: v)
    }

    /// The specification `egov regress` builds from these arguments.
    static func fit(_ formula: String, vcov: String, where condition: String? = nil) throws -> SavedFit {
        let spec = RegressionSpecification(formula: try Formula.parse(formula), covariance: try CovarianceChoice(parsing: vcov),
                                           filter: try condition.map { try RowFilter.parse($0) })
        let table = try #require(dataset).table
        let report = try RegressionAnalysis.run(spec, data: table, dataSource: "embedded panel")
        return try SavedFit(json: Data(report.json().serialized(pretty: true).utf8), source: "test")
    }

    static func check(_ fit: SavedFit, against name: String) throws {
        let ref = try #require(reference(name), "fixture \(name) missing")
        #expect(fit.observations == ref.nobs)
        #expect(fit.clusters.first?.groups == ref.clusters)
        for (i, a) in ref.terms.enumerated() {
            let c = try #require(fit.coefficient(a), "\(name): no \(a)")
            #expect(abs(c.estimate - ref.estimate[i]) <= 1e-10 * max(1, abs(ref.estimate[i])), "\(name) \(a): \(c.estimate) vs R \(ref.estimate[i])")
            for (j, b) in ref.terms.enumerated() {
                let v = try #require(fit.covariance(a, b))
                // Relative to the standard errors: |ΔV_ab| ≤ 1e-10 · se_a · se_b (≥ 10 digits of V_aa).
                let scale = (ref.vcov[i][i] * ref.vcov[j][j]).squareRoot()
                #expect(abs(v - ref.vcov[i][j]) <= 1e-10 * scale, "\(name) V[\(a), \(b)] = \(v), R \(ref.vcov[i][j])")
            }
            // The standard error saved is the square root of the saved diagonal.
            #expect(c.standardError == fit.covariance(a, a).map { $0.squareRoot() })
        }
    }

    @Test func crossSectionHC1() throws {
        let f = try Self.fit("wgi_cc ~ egdi + log(gdppc_ppp) + post_soviet", vcov: "hc1", where: "year == 2022")
        try Self.check(f, against: "ols_hc1")
        #expect(f.estimator == "ols")
        #expect(f.covarianceLabel == "HC1")
        #expect(f.condition == "year == 2022")
        #expect(f.dependent == "wgi_cc")
    }

    @Test func twoWayFixedEffectsClustered() throws {
        let f = try Self.fit("wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year", vcov: "cluster(iso3)")
        try Self.check(f, against: "fe_cr1")
        #expect(f.estimator == "fe")
        #expect(f.fixedEffects.map(\.name) == ["iso3", "year"])
        #expect(f.covarianceTerms == ["egdi", "log(gdppc_ppp)"])
    }

    @Test func interactionWithYearEffects() throws {
        let f = try Self.fit("wgi_cc ~ egdi * post_soviet + log(gdppc_ppp) | year", vcov: "cluster(iso3)")
        try Self.check(f, against: "interaction_cr1")
        #expect(f.estimator == "fe")
    }
}
