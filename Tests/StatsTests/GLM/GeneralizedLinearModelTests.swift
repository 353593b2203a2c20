import Foundation
import Testing
@testable import Stats

@Suite struct GeneralizedLinearModelTests {
    @Test func estimatesAndClassicalStandardErrorsMatchGlm() throws {
        for c in try GLMReference.load().glm {
            let fitted = try c.model().estimate()
            let r = try fitted.result(covariance: .classical)
            #expect(fitted.converged, "\(c.name)")
            #expect(fitted.termNames == c.terms, "\(c.name)")
            let b = r.coefficients.map(\.estimate), se = r.coefficients.map(\.standardError)
            let ref = Fixtures.doubles(c.coefficients), refSE = Fixtures.doubles(c.se_classical)
            #expect(digits(b, ref, scale: refSE) >= 9, "\(c.name): \(digits(b, ref, scale: refSE)) digits on β (\(c.call))")
            #expect(digits(se, Fixtures.doubles(c.se_classical)) >= 9, "\(c.name): \(digits(se, Fixtures.doubles(c.se_classical))) digits on SE")
            #expect(r.statisticKind == .z)
            if let g = c.glm_coefficients {
                // R's own probit fit: 8 digits, no more (see the generator's note).
                #expect(digits(b, Fixtures.doubles(g), scale: refSE) >= 8, "\(c.name) vs glm: \(digits(b, Fixtures.doubles(g), scale: refSE))")
            }
            let s = fitted.summary
            #expect(logRelativeError(s.deviance, certified: Fixtures.double(c.deviance)) >= 9, "\(c.name) deviance")
            #expect(logRelativeError(s.nullDeviance, certified: Fixtures.double(c.null_deviance)) >= 10, "\(c.name) null deviance")
            #expect(logRelativeError(s.logLikelihood, certified: Fixtures.double(c.loglik)) >= 10, "\(c.name) loglik")
            #expect(logRelativeError(s.aic, certified: Fixtures.double(c.aic)) >= 10, "\(c.name) aic")
            #expect(logRelativeError(s.pseudoRSquared, certified: Fixtures.double(c.pseudo_r2)) >= 9, "\(c.name) pseudo R²")
            #expect(r.logLikelihood == s.logLikelihood)
        }
    }

    @Test func sandwichStandardErrorsMatchVcovHC() throws {
        for c in try GLMReference.load().glm {
            let fitted = try c.model().estimate()
            let hc0 = try fitted.result(covariance: .hc0).coefficients.map(\.standardError)
            let hc1 = try fitted.result(covariance: .hc1).coefficients.map(\.standardError)
            #expect(digits(hc0, Fixtures.doubles(c.se_hc0)) >= 9, "\(c.name) HC0: \(digits(hc0, Fixtures.doubles(c.se_hc0)))")
            #expect(digits(hc1, Fixtures.doubles(c.se_hc1)) >= 9, "\(c.name) HC1: \(digits(hc1, Fixtures.doubles(c.se_hc1)))")
        }
    }

    @Test func clusteredStandardErrorsMatchVcovCL() throws {
        for c in try GLMReference.load().glm {
            guard let codes = c.cluster_codes, let cr1 = c.se_cr1, let gOnly = c.se_cluster_g_only else { continue }
            let fitted = try c.model().estimate()
            let v = ClusterVariable(name: "iso3", codes: codes)
            let r1 = try fitted.result(covariance: .cluster(v, adjustment: .cr1))
            let r2 = try fitted.result(covariance: .cluster(v, adjustment: .clusterOnly))
            #expect(digits(r1.coefficients.map(\.standardError), Fixtures.doubles(cr1)) >= 9, "\(c.name) CR1")
            #expect(digits(r2.coefficients.map(\.standardError), Fixtures.doubles(gOnly)) >= 9, "\(c.name) G/(G-1)")
            #expect(r1.covarianceLabel == "CR1" && r1.statisticKind == .z && r1.clusters.first?.clusters == Set(codes).count)
        }
    }

    @Test func observedInformationForProbit() throws {
        for c in try GLMReference.load().glm {
            let expected = try c.model().estimate().result().coefficients.map(\.standardError)
            let observed = try c.model(information: .observed).estimate().result().coefficients.map(\.standardError)
            if let ref = c.se_observed {
                #expect(digits(observed, Fixtures.doubles(ref)) >= 8, "\(c.name) observed: \(digits(observed, Fixtures.doubles(ref)))")
                #expect(digits(observed, expected) < 4, "probit: observed and expected information differ")
            } else {
                // Canonical links: the two informations coincide.
                #expect(digits(observed, expected) >= 12, "\(c.name)")
            }
        }
    }

    @Test func averageMarginalEffectsMatchDeltaMethod() throws {
        for c in try GLMReference.load().glm {
            let fitted = try c.model().estimate()
            let columns = c.marginColumns(assign: c.assign)
            for (cov, ref) in [(CovarianceEstimator.classical, c.ame_se_classical), (.hc1, c.ame_se_hc1)] {
                let r = try fitted.result(covariance: cov)
                let ame = fitted.averageMarginalEffects(result: r, columns: columns)
                #expect(ame.map(\.term) == c.ame_terms, "\(c.name)")
                let refSE = Fixtures.doubles(ref)
                #expect(digits(ame.map(\.estimate), Fixtures.doubles(c.ame), scale: refSE) >= 9, "\(c.name) AME: \(digits(ame.map(\.estimate), Fixtures.doubles(c.ame), scale: refSE))")
                #expect(digits(ame.map(\.standardError), Fixtures.doubles(ref)) >= 8, "\(c.name) AME SE: \(digits(ame.map(\.standardError), Fixtures.doubles(ref)))")
            }
        }
    }

    @Test func iterationsStopOnTheCoefficients() throws {
        // The default tolerance leaves the estimate within rounding of a much tighter fit.
        let c = try #require(try GLMReference.load().glm.first { $0.name == "swiss_probit" })
        var m = c.model()
        let loose = try m.estimate()
        m.options.tolerance = 1e-14
        m.options.maximumIterations = 200
        let tight = try m.estimate()
        #expect(digits(loose.coefficients, tight.coefficients) >= 11)
        #expect(loose.iterations < 30)
    }

    // MARK: refusals

    func model(_ y: [Double], _ x: [Double], family: GLMFamily = .logit) -> GeneralizedLinearModel {
        let n = y.count
        let design = Matrix(rows: n, columns: 2, storage: [Double](repeating: 1, count: n) + x) ?? Matrix(rows: 0, columns: 0)
        return GeneralizedLinearModel(design: design, response: y, termNames: ["(Intercept)", "x"], family: family, hasIntercept: true)
    }

    @Test func completeSeparationIsAnErrorNamingTheTerms() throws {
        let m = model([0, 0, 0, 0, 1, 1, 1, 1], [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(throws: GLMError.separation(kind: .complete, terms: ["(Intercept)", "x"], observations: 8)) { try m.estimate() }
    }

    @Test func quasiCompleteSeparationIsAnError() throws {
        // x > 4 ⇒ y = 1, x < 4 ⇒ y = 0, and at x = 4 both outcomes occur.
        let m = model([0, 0, 0, 0, 1, 1, 1, 1], [1, 2, 3, 4, 4, 5, 6, 7])
        var caught: GLMError? = nil
        do { _ = try m.estimate() } catch { caught = error }
        guard case .separation(let kind, let terms, let obs)? = caught else {
            Issue.record("expected separation, got \(String(describing: caught))"); return
        }
        #expect(kind == .quasiComplete)
        #expect(terms.contains("x"))
        #expect(obs == 6)
        #expect(caught?.description.contains("quasi-complete separation") == true)
    }

    @Test func separatingDummyInProbit() throws {
        // A 0/1 regressor with y = 1 whenever it is 1.
        let m = model([0, 1, 0, 1, 0, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 1, 1, 1], family: .probit)
        var caught: GLMError? = nil
        do { _ = try m.estimate() } catch { caught = error }
        guard case .separation(.quasiComplete, let terms, 3)? = caught else {
            Issue.record("expected quasi-complete separation of 3 rows, got \(String(describing: caught))"); return
        }
        #expect(terms == ["x"])
    }

    @Test func poissonZeroCountsPredictedPerfectly() throws {
        let m = model([0, 0, 0, 2, 3, 1, 4, 2], [1, 1, 1, 0, 0, 0, 0, 0], family: .poisson)
        var caught: GLMError? = nil
        do { _ = try m.estimate() } catch { caught = error }
        guard case .separation(.zeroCounts, let terms, 3)? = caught else {
            Issue.record("expected zero-count separation, got \(String(describing: caught))"); return
        }
        #expect(terms == ["x"])
    }

    @Test func outcomeChecks() throws {
        #expect(throws: GLMError.nonBinaryOutcome(family: .logit, value: 2, row: 3)) { try model([0, 1, 2, 0], [1, 2, 3, 4]).estimate() }
        #expect(throws: GLMError.constantOutcome(value: 1)) { try model([1, 1, 1, 1], [1, 2, 3, 4]).estimate() }
        #expect(throws: GLMError.invalidCount(value: 1.5, row: 2)) { try model([0, 1.5, 2, 0], [1, 2, 3, 4], family: .poisson).estimate() }
        #expect(throws: GLMError.invalidCount(value: -1, row: 1)) { try model([-1, 1, 2, 0], [1, 2, 3, 4], family: .poisson).estimate() }
    }

    @Test func unsupportedCovariancesAreRefused() throws {
        let c = try #require(try GLMReference.load().glm.first)
        let fitted = try c.model().estimate()
        #expect(throws: GLMError.self) { try fitted.result(covariance: .hc3) }
    }
}
