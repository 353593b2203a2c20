import Foundation
import Testing
import Modeling
import Stats
@testable import Paradox

/// `--test`, `--lincom`, `--slopes` and `--predict` on GLM, 2SLS and quantile fits of the
/// embedded panel, against scripts/reference/postestimation_models.R (R glm + sandwich + car,
/// numDeriv delta method for the average slopes, AER::ivreg, quantreg::rq; see its header)
/// in Fixtures/postestimation_models.json.
@Suite struct PostEstimationModelsTests {
    nonisolated(unsafe) static let json: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/postestimation_models.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    static func section(_ name: String) -> [String: Any] { json[name] as? [String: Any] ?? [:] }
    static func number(_ d: [String: Any], _ key: String) -> Double { (d[key] as? NSNumber)?.doubleValue ?? .nan }
    /// An array (jsonlite writes a length-1 vector as a scalar); NaN-padded so that indexing never traps.
    static func numbers(_ d: [String: Any], _ key: String) -> [Double] {
        if let a = d[key] as? [NSNumber] { return a.map(\.doubleValue) + [.nan, .nan] }
        if let x = d[key] as? NSNumber { return [x.doubleValue, .nan] }
        return [.nan, .nan]
    }

    /// Significant digits of agreement, `−log10(|a − b| / max(|b|, floor))`.
    static func digits(_ a: Double, _ b: Double, floor: Double = 0) -> Double {
        if a == b { return 16 }
        return -log10(abs(a - b) / max(abs(b), floor))
    }

    func fit(_ formula: String, family: ModelFamily? = nil, vcov: CovarianceChoice? = nil, quantile: Double? = nil) throws -> RegressionReport {
        let panel = try #require(Shared.panel)
        var spec = RegressionSpecification(formula: try Formula.parse(formula), covariance: vcov, filter: try RowFilter.parse("year == 2022"))
        spec.family = family
        if let quantile {
            spec.quantiles = [quantile]
            spec.quantileCovariance = .nid
        }
        return try RegressionAnalysis.run(spec, data: panel.table, dataSource: "embedded panel")
    }

    /// Estimate, SE, statistic and interval to `d` digits, the p-value to `d − 1` (relative).
    func check(_ i: EstimateInference, _ r: [String: Any], _ d: Double, _ what: String, test: Bool = true) {
        #expect(Self.digits(i.estimate, Self.number(r, "estimate")) >= d, "\(what) estimate \(i.estimate) vs \(Self.number(r, "estimate"))")
        #expect(Self.digits(i.standardError, Self.number(r, "std_error")) >= d, "\(what) SE \(i.standardError) vs \(Self.number(r, "std_error"))")
        #expect(Self.digits(i.confidenceLow, Self.number(r, "conf_low"), floor: 1) >= d, "\(what) low")
        #expect(Self.digits(i.confidenceHigh, Self.number(r, "conf_high"), floor: 1) >= d, "\(what) high")
        if test {
            #expect(Self.digits(i.statistic, Self.number(r, "statistic")) >= d, "\(what) statistic")
            #expect(Self.digits(i.pValue, Self.number(r, "p_value")) >= d - 1, "\(what) p \(i.pValue) vs \(Self.number(r, "p_value"))")
        }
    }

    func checkTest(_ t: WaldTest, _ r: [String: Any], _ d: Double, distribution: WaldTest.Distribution) {
        #expect(Self.digits(t.statistic, Self.number(r, "statistic")) >= d, "\(t.hypothesis): \(t.statistic) vs \(Self.number(r, "statistic"))")
        #expect(t.numeratorDegreesOfFreedom == Int(Self.number(r, "df1")))
        if distribution == .f { #expect(t.denominatorDegreesOfFreedom == Int(Self.number(r, "df2"))) }
        #expect(Self.digits(t.pValue, Self.number(r, "p_value")) >= d - 1, "\(t.hypothesis) p \(t.pValue) vs \(Self.number(r, "p_value"))")
        #expect(t.distribution == distribution)
    }

    // MARK: logit

    static let logitFormula = "I(fh_status != \"NF\") ~ egdi * post_soviet + log(gdppc_ppp)"

    @Test func logitFitMatchesGLM() throws {
        let ref = Self.section("logit")
        let m = try fit(Self.logitFormula, family: .logit)
        #expect(m.result.observations == ref["nobs"] as? Int)
        #expect(m.result.coefficients.map(\.term) == ref["terms"] as? [String])
        for (c, b) in zip(m.result.coefficients, Self.numbers(ref, "coefficients").prefix(m.result.coefficients.count)) { #expect(Self.digits(c.estimate, b) >= 9, "\(c.term)") }
    }

    @Test func logitWaldTestsAreChiSquared() throws {
        let ref = Self.section("logit")
        let classical = try fit(Self.logitFormula, family: .logit)
        checkTest(try classical.waldTest("egdi = 0; egdi:post_soviet = 0"), try #require((ref["tests_classical"] as? [[String: Any]])?.first), 8, distribution: .chiSquared)
        let hc1 = try fit(Self.logitFormula, family: .logit, vcov: .hc1)
        let refs = try #require(ref["tests_hc1"] as? [[String: Any]])
        checkTest(try hc1.waldTest("egdi = 0; egdi:post_soviet = 0"), refs[0], 8, distribution: .chiSquared)
        checkTest(try hc1.waldTest("2*egdi - log(gdppc_ppp) = 1"), refs[1], 8, distribution: .chiSquared)
        let l = try hc1.linearCombination("egdi + egdi:post_soviet")
        #expect(l.inference.reference == .normal)
        check(l.inference, try #require(ref["lincom_hc1"] as? [String: Any]), 8, "lincom")
    }

    @Test func logitAverageSlopesByModeratorMatchDefinition() throws {
        let ref = Self.section("logit")
        for (vcov, key) in [(nil, "slopes_by_classical"), (CovarianceChoice.hc1, "slopes_by_hc1")] as [(CovarianceChoice?, String)] {
            let m = try fit(Self.logitFormula, family: .logit, vcov: vcov)
            let s = try m.slopes(of: "egdi", by: "post_soviet")
            let refs = try #require(ref[key] as? [[String: Any]])
            #expect(s.map(\.at) == [[PointSetting(variable: "post_soviet", value: .number(0))], [PointSetting(variable: "post_soviet", value: .number(1))]])
            for (i, (slope, r)) in zip(s, refs).enumerated() {
                #expect(slope.inference.reference == .normal)
                check(slope.inference, r, 8, "\(key)[\(i)]")
            }
        }
    }

    @Test func logitAverageSlopesOverallCounterfactualAndThroughLog() throws {
        let ref = Self.section("logit")
        let hc1 = try fit(Self.logitFormula, family: .logit, vcov: .hc1)
        let overall = try hc1.slopes(of: "egdi")
        #expect(overall.count == 1 && overall[0].at.isEmpty)
        check(overall[0].inference, try #require(ref["slopes_overall_hc1"] as? [String: Any]), 8, "overall")
        let at = try hc1.slopes(of: "egdi", at: [("gdppc_ppp", [.number(5000), .number(20000)])])
        let refs = try #require(ref["slopes_at_gdppc_hc1"] as? [[String: Any]])
        #expect(at.count == 2)
        for (i, (s, r)) in zip(at, refs).enumerated() { check(s.inference, r, 8, "at gdppc[\(i)]") }
        // d/d gdppc_ppp through log(gdppc_ppp), averaged.
        let classical = try fit(Self.logitFormula, family: .logit)
        let g = try classical.slopes(of: "gdppc_ppp")
        check(g[0].inference, try #require(ref["slope_gdppc_classical"] as? [String: Any]), 8, "gdppc")
    }

    @Test func logitPredictionsOnTheResponseScale() throws {
        let ref = Self.section("logit")
        let grid: [(String, [PointValue])] = [("egdi", [.number(0.5), .number(0.9)]), ("gdppc_ppp", [.number(20000)])]
        for (vcov, key) in [(nil, "predict_classical"), (CovarianceChoice.hc1, "predict_hc1")] as [(CovarianceChoice?, String)] {
            let p = try fit(Self.logitFormula, family: .logit, vcov: vcov).predict(grid)
            let r = try #require(ref[key] as? [String: Any])
            #expect(p.count == 2)
            for (i, q) in p.enumerated() {
                #expect(Self.digits(q.inference.estimate, Self.numbers(r, "fit")[i]) >= 8, "\(key) fit \(i)")
                #expect(Self.digits(q.inference.standardError, Self.numbers(r, "std_error")[i]) >= 8, "\(key) se \(i)")
                #expect(Self.digits(q.inference.confidenceLow, Self.numbers(r, "conf_low")[i]) >= 8, "\(key) low \(i)")
                #expect(Self.digits(q.inference.confidenceHigh, Self.numbers(r, "conf_high")[i]) >= 8, "\(key) high \(i)")
                // The link-scale interval stays inside (0, 1).
                #expect(q.inference.confidenceLow > 0 && q.inference.confidenceHigh < 1)
            }
        }
    }

    @Test func logitNotesAndJSONNameTheConventions() throws {
        let m = try fit(Self.logitFormula, family: .logit, vcov: .hc1)
        let request = PostEstimationRequest(tests: ["egdi = 0"], slopeVariable: "egdi", slopeBy: "post_soviet",
                                            predictionGrid: [("egdi", [.number(0.5)])])
        let shown = try m.postEstimated(request)
        let notes = shown.postEstimation?.notes.joined(separator: "\n") ?? ""
        #expect(notes.contains("chi-squared(q)"))
        #expect(notes.contains("avg_slopes(m, variables = \"egdi\", by = \"post_soviet\")"))
        #expect(notes.contains("margins, dydx(egdi) over(post_soviet)"))
        #expect(notes.contains("built on the link scale and transformed"))
        let json = shown.rendered(as: .json)
        for k in ["\"tests\"", "\"distribution\": \"chi2\"", "\"slopes\"", "\"predictions\"", "\"fit\""] { #expect(json.contains(k), "\(k)") }
    }

    @Test func glmSlopeErrors() throws {
        let m = try fit(Self.logitFormula, family: .logit)
        #expect(throws: PostEstimationError.self) { try m.slopes(of: "hci") }
        #expect(throws: PostEstimationError.self) { try m.slopes(of: "egdi", by: "subregion") }
        #expect(throws: PostEstimationError.averagedSlopesAtMedians) { try m.slopes(of: "egdi", typical: .medians) }
        do {
            _ = try m.slopes(of: "egdii")
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("did you mean 'egdi'"))
        }
    }

    // MARK: probit, Poisson

    @Test func probitSlopesThroughSquareAndPrediction() throws {
        let ref = Self.section("probit")
        let m = try fit("I(fh_status == \"F\") ~ egdi + I(egdi^2) + log(gdppc_ppp)", family: .probit)
        #expect(m.result.observations == ref["nobs"] as? Int)
        check(try m.slopes(of: "egdi")[0].inference, try #require(ref["slope_overall"] as? [String: Any]), 8, "probit overall")
        let at = try m.slopes(of: "egdi", at: [("egdi", [.number(0.5), .number(0.8)])])
        for (i, (s, r)) in zip(at, try #require(ref["slopes_at_egdi"] as? [[String: Any]])).enumerated() { check(s.inference, r, 8, "probit at[\(i)]") }
        let p = try m.predict([("egdi", [.number(0.7)])])
        let r = try #require(ref["predict"] as? [String: Any])
        for key in ["fit", "std_error", "conf_low", "conf_high"] {
            let value: Double
            switch key {
            case "fit": value = p[0].inference.estimate
            case "std_error": value = p[0].inference.standardError
            case "conf_low": value = p[0].inference.confidenceLow
            default: value = p[0].inference.confidenceHigh
            }
            #expect(Self.digits(value, Self.numbers(r, key)[0]) >= 8, "probit \(key)")
        }
    }

    @Test func poissonSlopesAndPredictionsOnTheCountScale() throws {
        let ref = Self.section("poisson")
        let m = try fit("fh_pr ~ egdi * post_soviet + log(gdppc_ppp)", family: .poisson, vcov: .hc1)
        checkTest(try m.waldTest("egdi = 0; egdi:post_soviet = 0"), try #require((ref["tests_hc1"] as? [[String: Any]])?.first), 8, distribution: .chiSquared)
        let s = try m.slopes(of: "egdi", by: "post_soviet")
        for (i, (slope, r)) in zip(s, try #require(ref["slopes_by_hc1"] as? [[String: Any]])).enumerated() { check(slope.inference, r, 8, "poisson[\(i)]") }
        let p = try m.predict([("egdi", [.number(0.5), .number(0.9)]), ("gdppc_ppp", [.number(20000)]), ("post_soviet", [.number(1)])])
        let r = try #require(ref["predict_hc1"] as? [String: Any])
        for (i, q) in p.enumerated() {
            #expect(Self.digits(q.inference.estimate, Self.numbers(r, "fit")[i]) >= 8)
            #expect(Self.digits(q.inference.standardError, Self.numbers(r, "std_error")[i]) >= 8)
            #expect(Self.digits(q.inference.confidenceLow, Self.numbers(r, "conf_low")[i]) >= 8)
            #expect(Self.digits(q.inference.confidenceHigh, Self.numbers(r, "conf_high")[i]) >= 8)
        }
    }

    @Test func orderedModelsRefuseSlopesButTest() throws {
        let panel = try #require(Shared.panel)
        var spec = RegressionSpecification(formula: try Formula.parse("fh_status ~ egdi + log(gdppc_ppp)"), filter: try RowFilter.parse("year == 2022"))
        spec.family = .orderedLogit
        spec.likelihoodOptions.levels = ["NF", "PF", "F"]
        let m = try RegressionAnalysis.run(spec, data: panel.table)
        #expect(throws: PostEstimationError.orderedModel) { try m.slopes(of: "egdi") }
        #expect(throws: PostEstimationError.orderedModel) { try m.predict([("egdi", [.number(0.5)])]) }
        // Wald tests use the observed-information covariance, chi-squared; cut points are coefficients.
        let t = try m.waldTest("egdi = 0")
        #expect(t.distribution == .chiSquared)
        let c = try #require(m.result.coefficient("egdi"))
        #expect(Self.digits(t.statistic, (c.estimate / c.standardError) * (c.estimate / c.standardError)) >= 12)
    }

    // MARK: 2SLS

    @Test func instrumentalVariablesPostEstimationMatchesAER() throws {
        let ref = Self.section("iv")
        let formula = "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci"
        for (vcov, key) in [(nil, "classical"), (CovarianceChoice.hc1, "hc1")] as [(CovarianceChoice?, String)] {
            let m = try fit(formula, vcov: vcov)
            #expect(m.result.observations == ref["nobs"] as? Int)
            let r = try #require(ref[key] as? [String: Any])
            let tests = try #require(r["tests"] as? [[String: Any]])
            checkTest(try m.waldTest("egdi = 0; log(gdppc_ppp) = 0"), tests[0], 10, distribution: .f)
            checkTest(try m.waldTest("egdi - 2*log(gdppc_ppp) = 0.5"), tests[1], 10, distribution: .f)
            let l = try m.linearCombination("log(gdppc_ppp) + egdi")
            #expect(l.inference.reference == .studentT(degreesOfFreedom: Int(Self.number(ref, "df_residual"))))
            check(l.inference, try #require(r["lincom"] as? [String: Any]), 10, "\(key) lincom")
            let s = try m.slopes(of: "gdppc_ppp", at: [("gdppc_ppp", [.number(5000), .number(20000)])])
            for (i, (slope, rr)) in zip(s, try #require(r["slopes_gdppc"] as? [[String: Any]])).enumerated() { check(slope.inference, rr, 10, "\(key) slope[\(i)]") }
            let p = try m.predict([("egdi", [.number(0.5), .number(0.9)])])
            for (i, (q, rr)) in zip(p, try #require(r["predict"] as? [[String: Any]])).enumerated() { check(q.inference, rr, 10, "\(key) predict[\(i)]", test: false) }
        }
        // Instruments are not regressors of the structural equation.
        let m = try fit(formula)
        #expect(throws: PostEstimationError.self) { try m.slopes(of: "tii") }
        #expect(throws: PostEstimationError.self) { try m.predict([("hci", [.number(0.5)])]) }
    }

    // MARK: quantile

    @Test func quantilePostEstimationMatchesQuantreg() throws {
        let ref = Self.section("quantile")
        let m = try fit("wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", quantile: 0.5)
        #expect(m.result.observations == ref["nobs"] as? Int)
        for (c, b) in zip(m.result.coefficients, Self.numbers(ref, "coefficients").prefix(m.result.coefficients.count)) { #expect(Self.digits(c.estimate, b) >= 10, "\(c.term)") }
        for (c, b) in zip(m.result.coefficients, Self.numbers(ref, "se").prefix(m.result.coefficients.count)) { #expect(Self.digits(c.standardError, b) >= 10, "\(c.term) SE") }
        checkTest(try m.waldTest("egdi = 0; egdi:post_soviet = 0"), try #require((ref["tests"] as? [[String: Any]])?.first), 10, distribution: .f)
        let l = try m.linearCombination("egdi + egdi:post_soviet")
        #expect(l.inference.reference == .studentT(degreesOfFreedom: Int(Self.number(ref, "df_residual"))))
        check(l.inference, try #require(ref["lincom"] as? [String: Any]), 10, "rq lincom")
        let s = try m.slopes(of: "egdi", by: "post_soviet")
        for (i, (slope, r)) in zip(s, try #require(ref["slopes_by"] as? [[String: Any]])).enumerated() { check(slope.inference, r, 10, "rq slope[\(i)]") }
        let p = try m.predict([("egdi", [.number(0.5), .number(0.9)])])
        for (i, (q, r)) in zip(p, try #require(ref["predict"] as? [[String: Any]])).enumerated() { check(q.inference, r, 10, "rq predict[\(i)]", test: false) }
        let notes = try m.postEstimated(PostEstimationRequest(tests: ["egdi = 0"], linearCombinations: ["egdi"])).postEstimation?.notes.joined(separator: "\n") ?? ""
        #expect(notes.contains("summary.rq"))
    }
}
