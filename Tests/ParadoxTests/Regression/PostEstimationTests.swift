import Foundation
import Testing
import Modeling
import PanelData
import Stats
@testable import Paradox

/// Reference values written by scripts/reference/postestimation_fixture.R
/// (R car::linearHypothesis, sandwich, predict.lm, dfbetas; see its header)
/// into Fixtures/postestimation_reference.json.
enum PostEstimationReference {
    nonisolated(unsafe) static let json: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/postestimation_reference.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    static func section(_ name: String) -> [String: Any] { json[name] as? [String: Any] ?? [:] }
    static func number(_ d: [String: Any], _ key: String) -> Double { (d[key] as? NSNumber)?.doubleValue ?? .nan }
    static func numbers(_ d: [String: Any], _ key: String) -> [Double] { (d[key] as? [NSNumber])?.map(\.doubleValue) ?? [] }
}

/// `|a − b| ≤ tol·max(1, |b|)`: about −log10(tol) significant digits.
func agrees(_ a: Double, _ b: Double, _ tol: Double = 1e-10) -> Bool {
    abs(a - b) <= tol * max(1, abs(b)) && b.isFinite
}

/// Relative agreement, for small numbers (p-values): `|a − b| ≤ tol·|b|`.
func agreesRelative(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool {
    abs(a - b) <= tol * abs(b) && b.isFinite
}

@Suite struct PostEstimationTests {
    typealias Ref = PostEstimationReference

    static let panel: PanelDataset? = try? PanelDataset.load()

    func paradoxFit(_ vcov: CovarianceChoice?) throws -> RegressionReport {
        let panel = try #require(Self.panel)
        return try panel.regress("wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", where: "year == 2022", vcov: vcov)
    }

    func checkTest(_ t: WaldTest, _ r: [String: Any]) {
        #expect(agrees(t.statistic, Ref.number(r, "statistic")), "F \(t.statistic) vs R \(Ref.number(r, "statistic"))")
        #expect(t.numeratorDegreesOfFreedom == Int(Ref.number(r, "df1")))
        #expect(t.denominatorDegreesOfFreedom == Int(Ref.number(r, "df2")))
        #expect(agreesRelative(t.pValue, Ref.number(r, "p_value")), "p \(t.pValue) vs R \(Ref.number(r, "p_value"))")
        #expect(t.distribution == .f)
    }

    func checkInference(_ i: EstimateInference, _ r: [String: Any], estimateKey: String = "estimate", test: Bool = true) {
        #expect(agrees(i.estimate, Ref.number(r, estimateKey)), "estimate \(i.estimate) vs R \(Ref.number(r, estimateKey))")
        #expect(agrees(i.standardError, Ref.number(r, "std_error")), "se \(i.standardError) vs R \(Ref.number(r, "std_error"))")
        #expect(agrees(i.confidenceLow, Ref.number(r, "conf_low")))
        #expect(agrees(i.confidenceHigh, Ref.number(r, "conf_high")))
        if test {
            #expect(agrees(i.statistic, Ref.number(r, "statistic")))
            #expect(agreesRelative(i.pValue, Ref.number(r, "p_value")), "p \(i.pValue) vs R \(Ref.number(r, "p_value"))")
        }
    }

    @Test func fitMatchesR() throws {
        let fit = try paradoxFit(nil)
        let ref = Ref.section("paradox")
        #expect(fit.result.coefficients.map(\.term) == ref["terms"] as? [String])
        for (c, b) in zip(fit.result.coefficients, Ref.numbers(ref, "coefficients")) { #expect(agrees(c.estimate, b, 1e-11)) }
    }

    @Test func waldTestsMatchCarLinearHypothesis() throws {
        let ref = Ref.section("paradox")
        for (vcov, key) in [(nil, "tests_classical"), (CovarianceChoice.hc1, "tests_hc1")] as [(CovarianceChoice?, String)] {
            let fit = try paradoxFit(vcov)
            let refs = try #require(ref[key] as? [[String: Any]])
            checkTest(try fit.waldTest("egdi = 0; egdi:post_soviet = 0"), refs[0])
            checkTest(try fit.waldTest("2*egdi - log(gdppc_ppp) = 1"), refs[1])
            // Same restrictions written differently give the same test.
            let t = try fit.waldTest("egdi:post_soviet = 0 ; egdi=0")
            #expect(agrees(t.statistic, Ref.number(refs[0], "statistic")))
            let t2 = try fit.waldTest("log(gdppc_ppp) + 1 = 2 * egdi")
            #expect(agrees(t2.statistic, Ref.number(refs[1], "statistic")))
        }
    }

    @Test func linearCombinationMatchesHandComputation() throws {
        let ref = Ref.section("paradox")
        for (vcov, key) in [(nil, "lincom_classical"), (CovarianceChoice.hc1, "lincom_hc1")] as [(CovarianceChoice?, String)] {
            let fit = try paradoxFit(vcov)
            let l = try fit.linearCombination("egdi + egdi:post_soviet")
            checkInference(l.inference, try #require(ref[key] as? [String: Any]))
            #expect(l.inference.reference == .studentT(degreesOfFreedom: 180))
        }
    }

    @Test func slopesByModeratorMatchLincom() throws {
        let fit = try paradoxFit(.hc1)
        let refs = try #require(Ref.section("paradox")["slopes_hc1"] as? [[String: Any]])
        let s = try fit.slopes(of: "egdi", by: "post_soviet")
        #expect(s.count == 2)
        #expect(s.map { $0.at } == [[PointSetting(variable: "post_soviet", value: .number(0))], [PointSetting(variable: "post_soviet", value: .number(1))]])
        for (slope, r) in zip(s, refs) { checkInference(slope.inference, r) }
    }

    @Test func predictionsMatchPredictLm() throws {
        let ref = Ref.section("paradox")
        let grid: [(String, [PointValue])] = [("egdi", [.number(0.5), .number(0.9)]), ("gdppc_ppp", [.number(20000)])]
        // Classical: predict(se.fit = TRUE, interval = "confidence").
        let pc = try paradoxFit(nil).predict(grid)
        let rc = try #require(ref["predict_classical"] as? [String: Any])
        for (i, p) in pc.enumerated() {
            #expect(agrees(p.inference.estimate, Ref.numbers(rc, "fit")[i]))
            #expect(agrees(p.inference.standardError, Ref.numbers(rc, "std_error")[i]))
            #expect(agrees(p.inference.confidenceLow, Ref.numbers(rc, "conf_low")[i]))
            #expect(agrees(p.inference.confidenceHigh, Ref.numbers(rc, "conf_high")[i]))
        }
        let ph = try paradoxFit(.hc1).predict(grid)
        let rh = try #require(ref["predict_hc1"] as? [String: Any])
        for (i, p) in ph.enumerated() {
            #expect(agrees(p.inference.estimate, Ref.numbers(rh, "fit")[i]))
            #expect(agrees(p.inference.standardError, Ref.numbers(rh, "std_error")[i]))
            #expect(agrees(p.inference.confidenceLow, Ref.numbers(rh, "conf_low")[i]))
        }
        #expect(ph.map { $0.at.map(\.variable) } == [["egdi", "gdppc_ppp"], ["egdi", "gdppc_ppp"]])
    }

    @Test func slopesThroughTransformedTerms() throws {
        let panel = try #require(Self.panel)
        let fit = try panel.regress("wgi_cc ~ egdi + I(egdi^2) + log(gdppc_ppp)", where: "year == 2022", vcov: .hc1)
        let ref = Ref.section("transformed")
        let se = try fit.slopes(of: "egdi", at: [("egdi", [.number(0.4), .number(0.8)])])
        for (s, r) in zip(se, try #require(ref["slopes_egdi"] as? [[String: Any]])) { checkInference(s.inference, r) }
        let sg = try fit.slopes(of: "gdppc_ppp", at: [("gdppc_ppp", [.number(5000), .number(20000)])])
        for (s, r) in zip(sg, try #require(ref["slopes_gdppc"] as? [[String: Any]])) { checkInference(s.inference, r) }
        let atMean = try fit.slopes(of: "egdi")
        #expect(atMean.count == 1)
        checkInference(atMean[0].inference, try #require(ref["slope_egdi_at_mean"] as? [String: Any]))
        let p = try fit.predict([("egdi", [.number(0.6)])])
        let rp = try #require(ref["predict_hc1"] as? [String: Any])
        #expect(agrees(p[0].inference.estimate, Ref.numbers(rp, "fit").first ?? Ref.number(rp, "fit")))
        #expect(agrees(p[0].inference.standardError, Ref.numbers(rp, "std_error").first ?? Ref.number(rp, "std_error")))
    }

    @Test func clusterUsesGMinusOne() throws {
        let panel = try #require(Self.panel)
        let ref = Ref.section("cluster")
        let fit = try panel.regress("wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", where: "year >= 2014 & year <= 2022",
                                    vcov: .cluster("iso3"))
        #expect(fit.result.observations == Int(Ref.number(ref, "nobs")))
        let refs = try #require(ref["tests"] as? [[String: Any]])
        checkTest(try fit.waldTest("egdi = 0; egdi:post_soviet = 0"), refs[0])
        checkInference(try fit.linearCombination("egdi + egdi:post_soviet").inference, try #require(ref["lincom"] as? [String: Any]))
    }

    func longleyFit(_ vcov: CovarianceChoice?) throws -> RegressionReport {
        let ref = Ref.section("longley")
        let table = try CSVReader.read(string: try #require(ref["csv"] as? String), sourceName: "longley.csv")
        let spec = RegressionSpecification(formula: try Formula.parse(try #require(ref["formula"] as? String)), covariance: vcov)
        return try RegressionAnalysis.run(spec, data: table)
    }

    /// Longley is ill-conditioned: R's lm (double-precision QR) gets the Wald F and prediction SEs to
    /// only 7-8 digits here, so the 10-digit reference is exact rational arithmetic
    /// (scripts/reference/postestimation_longley_exact.py -> Fixtures/postestimation_longley_exact.json);
    /// R agrees with both to 1e-6.
    @Test func longleyMatchesExactAndR() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/postestimation_longley_exact.json")
        let exact = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let r = Ref.section("longley")
        let h = "GNP = 0; Unemployed = Armed.Forces; Population + Year = 0"
        for (vcov, key) in [(nil, "tests_classical"), (CovarianceChoice.hc1, "tests_hc1")] as [(CovarianceChoice?, String)] {
            let t = try longleyFit(vcov).waldTest(h)
            checkTest(t, try #require((exact[key] as? [[String: Any]])?.first))
            let rt = try #require((r[key] as? [[String: Any]])?.first)
            #expect(agrees(t.statistic, Ref.number(rt, "statistic"), 1e-6))
            #expect(agreesRelative(t.pValue, Ref.number(rt, "p_value"), 1e-5))
        }
        let l = try longleyFit(nil).linearCombination("Unemployed - Armed.Forces").inference
        checkInference(l, try #require(exact["lincom_classical"] as? [String: Any]))
        let p = try longleyFit(nil).predict([("GNP", [.number(400), .number(500)]), ("Unemployed", [.number(300)]),
                                             ("Armed.Forces", [.number(250)]), ("Population", [.number(115)]), ("Year", [.number(1955)])])
        let pe = try #require(exact["predict_classical"] as? [String: Any])
        let pr = try #require(r["predict_classical"] as? [String: Any])
        for (i, x) in p.enumerated() {
            for key in ["fit", "std_error", "conf_low", "conf_high"] {
                let value = key == "fit" ? x.inference.estimate : key == "std_error" ? x.inference.standardError
                    : key == "conf_low" ? x.inference.confidenceLow : x.inference.confidenceHigh
                // x'Vx with V = s²(X'X)⁻¹ formed in double loses a digit to cancellation on this design
                // (x far from the centroid, κ ≈ 1e8): 9 digits on the SE and interval, 10+ on the fit.
                #expect(agrees(value, Ref.numbers(pe, key)[i], key == "fit" ? 1e-10 : 1e-9), "prediction \(i) \(key)")
                #expect(agrees(value, Ref.numbers(pr, key)[i], 1e-6), "prediction \(i) \(key) vs R")
            }
        }
    }

    func checkDFBETAS(_ report: RegressionReport, _ ref: [[Double]]) throws {
        let d = try #require(report.diagnostics)
        let m = d.diagnostics.influence.dfbetas
        #expect(m.rows == ref.count)
        for i in 0..<m.rows { for j in 0..<m.columns {
            #expect(agrees(m[i, j], ref[i][j], 1e-10), "dfbetas[\(i), \(j)] \(m[i, j]) vs R \(ref[i][j])")
        } }
        // The listing names country-years and uses the 2/sqrt(n) rule.
        let cut = 2 / Double(m.rows).squareRoot()
        let expected = ref.flatMap { $0 }.filter { abs($0) > cut }.count
        #expect(d.dfbetasFlags.count == expected)
        #expect(d.dfbetasFlags.allSatisfy { abs($0.value) > cut })
    }

    @Test func dfbetasMatchR() throws {
        let panel = try #require(Self.panel)
        let ref = Ref.section("paradox")
        let spec = RegressionSpecification(formula: try Formula.parse("wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)"),
                                           filter: try RowFilter.parse("year == 2022"), diagnostics: true)
        let report = try RegressionAnalysis.run(spec, data: panel.table)
        let rows = try #require(ref["dfbetas"] as? [[NSNumber]]).map { $0.map(\.doubleValue) }
        try checkDFBETAS(report, rows)
        let d = try #require(report.diagnostics)
        #expect(d.rowLabels == ref["dfbetas_labels"] as? [String])
        #expect(d.dfbetasFlags.first.map { $0.label.count == 8 } == true)  // "KAZ 2022"
        #expect(report.text().contains("DFBETAS (|DFBETAS| > 2/\u{221A}n"))
        #expect(report.json().serialized(pretty: false).contains("\"dfbetas\": {\"cutoff\""))

        let longley = Ref.section("longley")
        let table = try CSVReader.read(string: try #require(longley["csv"] as? String), sourceName: "longley.csv")
        let lspec = RegressionSpecification(formula: try Formula.parse(try #require(longley["formula"] as? String)), diagnostics: true)
        try checkDFBETAS(try RegressionAnalysis.run(lspec, data: table),
                         try #require(longley["dfbetas"] as? [[NSNumber]]).map { $0.map(\.doubleValue) })
    }

    @Test func errorsNameTheProblem() throws {
        let fit = try paradoxFit(.hc1)
        #expect(throws: PostEstimationError.self) { try fit.waldTest("egdi:post_sovet = 0") }
        do {
            _ = try fit.waldTest("egdi:post_sovet = 0")
        } catch {
            #expect(error.description.contains("did you mean 'egdi:post_soviet'"))
        }
        do {
            _ = try fit.waldTest("egdi = 0; 2*egdi = 0")
            Issue.record("rank-deficient restrictions accepted")
        } catch {
            #expect(error.description.contains("rank deficient"))
        }
        do {
            _ = try fit.slopes(of: "gdppc")
            Issue.record("slope of a variable not in the model accepted")
        } catch {
            #expect(error.description.contains("did you mean 'gdppc_ppp'"))
        }
        do {
            _ = try fit.linearCombination("egdi * post_soviet")
            Issue.record("non-linear combination accepted")
        } catch {
            #expect(error.description.contains("not linear"))
        }
    }

    @Test func reportRendersEverything() throws {
        let fit = try paradoxFit(.hc1)
        let request = PostEstimationRequest(
            tests: ["egdi = 0; egdi:post_soviet = 0"], linearCombinations: ["egdi + egdi:post_soviet"],
            slopeVariable: "egdi", slopeBy: "post_soviet",
            predictionGrid: try PostEstimationRequest.parseGrid("egdi=0.5,0.9; gdppc_ppp=20000", option: "--predict"))
        let r = try fit.postEstimated(request)
        let json = r.json().serialized(pretty: false)
        for key in ["\"tests\"", "\"lincom\"", "\"slopes\"", "\"predictions\"", "\"df2\": 180", "\"distribution\": \"F\""] {
            #expect(json.contains(key), "JSON lacks \(key)")
        }
        let text = r.text()
        #expect(text.contains("Wald tests (HC1 covariance):"))
        #expect(text.contains("Conditional slopes of egdi"))
        #expect(text.contains("R marginaleffects uses z by default"))
        #expect(r.rendered(as: .csv).contains("lincom"))
    }
}
