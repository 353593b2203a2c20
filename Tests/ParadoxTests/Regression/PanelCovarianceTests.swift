import Foundation
import Testing
import Modeling
import Stats
@testable import Paradox

/// Reference: Tests/ParadoxTests/Fixtures/panel_covariances.json, written by
/// scripts/reference/panel_covariances.R on the embedded panel — R plm::vcovSCC
/// (Driscoll–Kraay), sandwich::vcovPC checked against R pcse's Kronecker formulas
/// (Beck–Katz PCSE, casewise and pairwise), sandwich::NeweyWest, clubSandwich::coef_test
/// (CR2, Satterthwaite) and fixest's "min" two-way rule built from sandwich::vcovCL CR0 parts.
@Suite struct PanelCovarianceTests {
    static func cases() -> [[String: Any]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/panel_covariances.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return object["cases"] as? [[String: Any]] ?? []
    }

    static func numbers(_ v: Any?) -> [Double] {
        if let a = v as? [Double] { return a }
        if let x = v as? Double { return [x] }
        return []
    }

    static func run(_ ref: [String: Any]) throws -> RegressionReport {
        let panel = try #require(Shared.panel)
        var spec = RegressionSpecification(
            formula: try Formula.parse(ref["formula"] as? String ?? ""),
            covariance: try CovarianceChoice(parsing: ref["vcov"] as? String ?? ""),
            filter: try RowFilter.parse(ref["where"] as? String ?? ""))
        if ref["cluster_adjustment"] as? String == "min" { spec.twoWayGroupCount = .minimum }
        return try RegressionAnalysis.run(spec, data: panel.table)
    }

    @Test func fixtureIsComplete() {
        let names = Set(Self.cases().compactMap { $0["name"] as? String })
        for n in ["dk2_pooled", "dk2_twfe", "dk0_twfe", "pcse_pooled", "pcse_twfe", "pcse_pairwise_twfe", "nw1_kaz", "nw3_kaz",
                  "cr2_pooled", "cr2_twfe", "twoway_min_twfe"] {
            #expect(names.contains(n), "missing reference case \(n)")
        }
    }

    @Test(arguments: PanelCovarianceTests.cases().compactMap { $0["name"] as? String })
    func matchesR(_ name: String) throws {
        let ref = try #require(Self.cases().first { $0["name"] as? String == name })
        let report = try Self.run(ref)
        let r = report.result
        #expect(r.observations == ref["nobs"] as? Int, "\(name)")
        let terms = ref["terms"] as? [String] ?? []
        let est = Self.numbers(ref["estimate"]), se = Self.numbers(ref["std_error"]), t = Self.numbers(ref["statistic"])
        let p = Self.numbers(ref["p_value"]), lo = Self.numbers(ref["conf_low"]), hi = Self.numbers(ref["conf_high"])
        let df = Self.numbers(ref["df"])
        #expect(terms.count == est.count && !terms.isEmpty)
        for (i, term) in terms.enumerated() {
            let c = try #require(r.coefficient(term), "\(name): \(term)")
            #expect(close(c.estimate, est[i], 1e-10), "\(name) \(term) estimate \(c.estimate) vs \(est[i])")
            #expect(close(c.standardError, se[i], 1e-10), "\(name) \(term) se \(c.standardError) vs \(se[i])")
            #expect(close(c.statistic, t[i], 1e-10), "\(name) \(term) t \(c.statistic) vs \(t[i])")
            #expect(close(c.pValue, p[i], 1e-9), "\(name) \(term) p \(c.pValue) vs \(p[i])")
            #expect(close(c.confidenceLow, lo[i], 1e-10) && close(c.confidenceHigh, hi[i], 1e-10), "\(name) \(term) CI")
            if name.hasPrefix("cr2") {
                #expect(close(c.degreesOfFreedom, df.count == terms.count ? df[i] : nil, 1e-10), "\(name) \(term) Satterthwaite df \(String(describing: c.degreesOfFreedom)) vs \(df)")
                // clubSandwich's own p-values and intervals.
                #expect(close(c.pValue, Self.numbers(ref["p_value_club"])[i], 1e-9), "\(name) \(term) p (clubSandwich)")
                #expect(close(c.confidenceLow, Self.numbers(ref["conf_low_club"])[i], 1e-10), "\(name) \(term) CI low (clubSandwich)")
            } else {
                #expect(c.degreesOfFreedom == nil)
                #expect(r.inferenceDegreesOfFreedom.map(Double.init) == df.first, "\(name) df")
            }
            if let coeftestP = ref["p_value_coeftest"] {
                #expect(close(c.pValue, Self.numbers(coeftestP)[i], 1e-9), "\(name) \(term) p (coeftest)")
            }
        }
        #expect(!report.standardErrorStatement.isEmpty)
    }

    @Test func cr2JSONHasPerCoefficientDF() throws {
        let ref = try #require(Self.cases().first { $0["name"] as? String == "cr2_twfe" })
        let json = try Self.run(ref).json().serialized()
        #expect(json.contains("\"df\":"))
        #expect(json.contains("few clusters (G = 15 < 42)"))
        #expect(json.contains("fixed-effect singletons: dropped"))
    }

    @Test func parsesPanelCovariances() throws {
        #expect(try CovarianceChoice(parsing: "driscoll-kraay(2)") == .driscollKraay(lag: 2))
        #expect(try CovarianceChoice(parsing: "Newey-West( 0 )") == .neweyWest(lag: 0))
        #expect(try CovarianceChoice(parsing: "pcse") == .pcse(.casewise))
        #expect(try CovarianceChoice(parsing: "pcse(pairwise)") == .pcse(.pairwise))
        #expect(try CovarianceChoice(parsing: "cr2(iso3)") == .cr2("iso3"))
        for choice in ["driscoll-kraay(2)", "newey-west(1)", "pcse", "pcse(pairwise)", "cr2(iso3)"] {
            #expect(try CovarianceChoice(parsing: choice).description == choice)
        }
        for bad in ["driscoll-kraay", "driscoll-kraay(-1)", "newey-west(x)", "pcse(sometimes)", "cr2()", "cr2(a,b)", "driscoll-kraay 2"] {
            #expect(throws: RegressionAnalysisError.self, "\(bad)") { try CovarianceChoice(parsing: bad) }
        }
    }

    @Test func refusesWhatTheEstimatorsCannotDo() throws {
        let panel = try #require(Shared.panel)
        func run(_ formula: String, _ vcov: String, _ filter: String) throws -> RegressionReport {
            try RegressionAnalysis.run(RegressionSpecification(
                formula: try Formula.parse(formula), covariance: try CovarianceChoice(parsing: vcov),
                filter: try RowFilter.parse(filter)), data: panel.table)
        }
        // Newey–West on a panel: a repeated year.
        #expect { try run("wgi_cc ~ egdi", "newey-west(1)", "post_soviet == 1") } throws: { error in
            (error as? RegressionAnalysisError)?.description.contains("single time series") == true
        }
        // A series with a gap (WGI was biennial before 2002).
        #expect { try run("wgi_cc ~ log(gdppc_ppp)", "newey-west(1)", "iso3 == 'KAZ'") } throws: { error in
            (error as? RegressionAnalysisError)?.description.contains("jumps from 1996 to 1998") == true
        }
        // A lag beyond the periods present.
        #expect { try run("wgi_cc ~ egdi", "driscoll-kraay(11)", "post_soviet == 1") } throws: { error in
            (error as? RegressionAnalysisError)?.description.contains("lag 11 is not usable with 11 time period") == true
        }
        // PCSE casewise with no period in which every unit is observed.
        let disjoint = "(iso3 == 'EST' & year <= 2008) | (iso3 == 'LVA' & year >= 2010) | (iso3 == 'LTU')"
        #expect { try run("wgi_cc ~ egdi", "pcse", disjoint) } throws: { error in
            (error as? RegressionAnalysisError)?.description.contains("none of the") == true
        }
        #expect { try run("wgi_cc ~ egdi", "pcse(pairwise)", disjoint) } throws: { error in
            (error as? RegressionAnalysisError)?.description.contains("never observed in the same period") == true
        }
        #expect { try run("wgi_cc ~ egdi", "pcse(balanced)", "post_soviet == 1") } throws: { error in
            (error as? RegressionAnalysisError)?.description.contains("balanced panels only") == true
        }
    }

    @Test func clusterVariableMissingValuesAreReported() throws {
        let panel = try #require(Shared.panel)
        let report = try RegressionAnalysis.run(RegressionSpecification(
            formula: try Formula.parse("wgi_cc ~ egdi"), covariance: .cluster("subregion")), data: panel.table)
        #expect(report.result.observations == 161)
        let note = try #require(report.allNotes.first { $0.contains("because 'subregion' is missing") })
        #expect(note.contains("countries"))
        #expect(report.allNotes.contains { $0.contains("few clusters (G = 4 < 42)") && $0.contains("--bootstrap wild") })
    }
}
