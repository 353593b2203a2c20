import Foundation
import Testing
@testable import Stats

/// OLS/WLS against R's lm (fixture: scripts/reference/regression_fixture.R).
@Suite struct LinearModelTests {
    @Test func olsMatchesR() throws {
        let r = try MTCars.model().fit()
        #expect(r.coefficients.map(\.term) == ["(Intercept)", "wt", "hp", "qsec"])
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.olsCoef, 1e-12))
        #expect(agrees(r.coefficients.map(\.standardError), RegressionReferenceR.olsSE, 1e-12))
        #expect(agrees(r.coefficients.map(\.statistic), RegressionReferenceR.olsT, 1e-12))
        if ReferenceDistributions.isAvailable {
            #expect(agrees(r.coefficients.map(\.pValue), RegressionReferenceR.olsP, 1e-9))
        }
        #expect(agrees(r.sigma, RegressionReferenceR.olsSigma, 1e-13))
        #expect(agrees(r.rSquared, RegressionReferenceR.olsR2, 1e-13))
        #expect(agrees(r.adjustedRSquared, RegressionReferenceR.olsAdjR2, 1e-13))
        #expect(r.rSquaredKind == .centered)
        let f = try #require(r.fTest)
        #expect(f.kind == .classical && f.numeratorDegreesOfFreedom == 3 && f.denominatorDegreesOfFreedom == 28)
        #expect(agrees(f.statistic, RegressionReferenceR.olsF, 1e-12))
        if ReferenceDistributions.isAvailable { #expect(agrees(f.pValue, RegressionReferenceR.olsFP, 1e-9)) }
        #expect(agrees(r.logLikelihood, RegressionReferenceR.olsLogLik, 1e-13))
        #expect(agrees(r.aic, RegressionReferenceR.olsAIC, 1e-13))
        #expect(agrees(r.bic, RegressionReferenceR.olsBIC, 1e-13))
        #expect(r.observations == 32 && r.residualDegreesOfFreedom == 28 && r.modelDegreesOfFreedom == 3)
        #expect(r.statisticKind == .t && r.inferenceDegreesOfFreedom == 28)
        #expect(r.droppedTerms.isEmpty && r.observationsDropped == 0)
        #expect(r.conditionNumber > 1)
    }

    @Test(.enabled(if: ReferenceDistributions.isAvailable, "needs the distributions (branch dist)")) func confidenceIntervalAtAnyLevel() throws {
        let r = try MTCars.model().fit(level: 0.9)
        #expect(agrees(r.coefficients.map(\.confidenceLow), RegressionReferenceR.olsCI90Low, 1e-10))
        #expect(agrees(r.coefficients.map(\.confidenceHigh), RegressionReferenceR.olsCI90High, 1e-10))
        #expect(r.level == 0.9)
    }

    @Test(.enabled(if: ReferenceDistributions.isAvailable, "needs the distributions (branch dist)")) func anotherCovarianceWithoutRefitting() throws {
        let fitted = try MTCars.model().estimate()
        let a = try fitted.result(covariance: .classical)
        let b = try fitted.result(covariance: .hc3)
        #expect(a.coefficients.map(\.estimate) == b.coefficients.map(\.estimate))
        #expect(a.coefficients.map(\.standardError) != b.coefficients.map(\.standardError))
        #expect(a == (try MTCars.model().fit()))
    }

    /// A fit estimated without leverages answers HC0/HC1 and refuses HC2–HC4 with a typed
    /// error that says how to fix it (it used to trap on an empty leverage vector).
    @Test func leverageEstimatorsNeedLeverages() throws {
        var model = MTCars.model()
        model.options.computeLeverage = false
        let fitted = try model.estimate()
        let hc1 = try fitted.result(covariance: .hc1)
        #expect(hc1 == (try MTCars.model().fit(covariance: .hc1)))
        for est in [CovarianceEstimator.hc2, .hc3, .hc4] {
            #expect(throws: RegressionError.leveragesNotComputed(est.kind)) { try fitted.result(covariance: est) }
        }
        #expect(RegressionError.leveragesNotComputed(.hc3).description.contains("computeLeverage = true"))
    }

    @Test func weightedLeastSquaresMatchesR() throws {
        let w = RegressionReferenceR.mtcarsDISP.map { 1 / $0 }
        let x = try #require(Matrix(columns: [MTCars.ones, RegressionReferenceR.mtcarsWT, RegressionReferenceR.mtcarsHP]))
        let m = LinearModel(design: x, response: MTCars.y, termNames: ["(Intercept)", "wt", "hp"], weights: w, hasIntercept: true)
        let r = try m.fit()
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.wlsCoef, 1e-12))
        #expect(agrees(r.coefficients.map(\.standardError), RegressionReferenceR.wlsSE, 1e-12))
        #expect(agrees(r.sigma, RegressionReferenceR.wlsSigma, 1e-13))
        #expect(agrees(r.rSquared, RegressionReferenceR.wlsR2, 1e-13))
        #expect(agrees(r.adjustedRSquared, RegressionReferenceR.wlsAdjR2, 1e-13))
        #expect(agrees(r.fTest?.statistic ?? .nan, RegressionReferenceR.wlsF, 1e-12))
        #expect(agrees(r.logLikelihood, RegressionReferenceR.wlsLogLik, 1e-13))
        #expect(agrees(r.aic, RegressionReferenceR.wlsAIC, 1e-13))
        #expect(agrees(r.bic, RegressionReferenceR.wlsBIC, 1e-13))
        let f = try m.estimate()
        #expect(agrees(try f.result(covariance: .hc1).covariance.storage, RegressionReferenceR.wlsHC1Vcov, 1e-10))
        #expect(agrees(try f.result(covariance: .hc3).covariance.storage, RegressionReferenceR.wlsHC3Vcov, 1e-10))
        let cyl = ClusterVariable(name: "cyl", codes: MTCars.codes(RegressionReferenceR.mtcarsCYL))
        #expect(agrees(try f.result(covariance: .cluster(cyl)).covariance.storage, RegressionReferenceR.wlsCR1CylVcov, 1e-10))
    }

    @Test func noInterceptGivesUncenteredRSquared() throws {
        let x = try #require(Matrix(columns: [RegressionReferenceR.mtcarsWT, RegressionReferenceR.mtcarsHP]))
        let r = try LinearModel(design: x, response: MTCars.y, termNames: ["wt", "hp"], hasIntercept: false).fit()
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.noIntCoef, 1e-12))
        #expect(r.rSquaredKind == .uncentered)
        #expect(agrees(r.rSquared, RegressionReferenceR.noIntR2, 1e-13))
        #expect(agrees(r.adjustedRSquared, RegressionReferenceR.noIntAdjR2, 1e-13))
        #expect(agrees(r.fTest?.statistic ?? .nan, RegressionReferenceR.noIntF, 1e-12))
        #expect(r.fTest?.numeratorDegreesOfFreedom == 2)
        #expect(agrees(r.logLikelihood, RegressionReferenceR.noIntLogLik, 1e-13))
        #expect(r.notes.contains { $0.contains("uncentered") })
    }

    @Test func rankDeficientModelNamesTheDroppedTerm() throws {
        let wthp = zip(RegressionReferenceR.mtcarsWT, RegressionReferenceR.mtcarsHP).map(+)
        let x = try #require(Matrix(columns: [MTCars.ones, RegressionReferenceR.mtcarsWT, RegressionReferenceR.mtcarsHP, wthp, RegressionReferenceR.mtcarsQSEC]))
        let r = try LinearModel(design: x, response: MTCars.y, termNames: ["(Intercept)", "wt", "hp", "wthp", "qsec"], hasIntercept: true).fit(covariance: .hc1)
        #expect(r.droppedTerms == ["wthp"])
        #expect(r.coefficients.map(\.term) == ["(Intercept)", "wt", "hp", "qsec"])
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.rankDefCoef, 1e-10))
        #expect(r.notes.contains("wthp dropped: collinear with earlier terms (R's lm convention)"))
        #expect(r.modelDegreesOfFreedom == 3 && r.residualDegreesOfFreedom == 28)
    }

    @Test func specificationErrors() throws {
        let x = try #require(Matrix(columns: [RegressionReferenceR.mtcarsWT]))
        #expect(throws: RegressionError.termNamesMismatch(names: 2, columns: 1)) {
            try LinearModel(design: x, response: MTCars.y, termNames: ["a", "b"], hasIntercept: false).estimate()
        }
        #expect(throws: RegressionError.interceptColumnMissing) {
            try LinearModel(design: x, response: MTCars.y, termNames: ["wt"], hasIntercept: true).estimate()
        }
        #expect(throws: RegressionError.leastSquares(.nonFiniteResponse(row: 0, value: .infinity))) {
            try LinearModel(design: x, response: [.infinity] + MTCars.y.dropFirst(), termNames: ["wt"], hasIntercept: false).estimate()
        }
        // leverage 1: a dummy for a single observation.
        let d = (0..<32).map { $0 == 3 ? 1.0 : 0 }
        let x2 = try #require(Matrix(columns: [MTCars.ones, RegressionReferenceR.mtcarsWT, d]))
        let f = try LinearModel(design: x2, response: MTCars.y, termNames: ["(Intercept)", "wt", "d"], hasIntercept: true).estimate()
        #expect(throws: RegressionError.leverageOne(row: 3, estimator: .hc3)) { try f.result(covariance: .hc3) }
    }

    @Test(.enabled(if: ReferenceDistributions.isAvailable, "needs the distributions (branch dist)")) func resultIsCodable() throws {
        let r = try MTCars.model().fit(covariance: .hc1)
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(RegressionResult.self, from: data) == r)
    }
}
