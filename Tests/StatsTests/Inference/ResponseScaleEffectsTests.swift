import Foundation
import Testing
@testable import Stats

/// ``ResponseScaleEffects`` and ``GLMInverseLink`` on small hand-computed cases (the panel
/// references against R are in ParadoxTests/Regression/PostEstimationModelsTests.swift).
@Suite struct ResponseScaleEffectsTests {
    static let beta = [0.3, -1.2]
    static let v = Matrix(rowMajor: [[0.04, -0.01], [-0.01, 0.09]])

    @Test func inverseLinksAndTheirDerivatives() {
        let logit = GLMInverseLink(.logit), probit = GLMInverseLink(.probit), log = GLMInverseLink(.poisson)
        for eta in [-3.0, -0.4, 0, 1.7] {
            let p = 1 / (1 + exp(-eta))
            #expect(abs(logit.mean(eta) - p) <= 1e-15)
            #expect(abs(logit.firstDerivative(eta) - p * (1 - p)) <= 1e-15)
            #expect(abs(logit.secondDerivative(eta) - p * (1 - p) * (1 - 2 * p)) <= 1e-15)
            let phi = exp(-eta * eta / 2) / (2 * Double.pi).squareRoot()
            #expect(abs(probit.firstDerivative(eta) - phi) <= 1e-15)
            #expect(abs(probit.secondDerivative(eta) + eta * phi) <= 1e-15)
            #expect(abs(log.mean(eta) - exp(eta)) <= 1e-15 * exp(eta))
        }
    }

    @Test func averageOfOneRowIsThePointSlope() throws {
        let v = try #require(Self.v)
        let row = [1.0, 0.6], dx = [0.0, 1.0]
        for link in [GLMInverseLink(.logit), GLMInverseLink(.probit)] {
            let a = ResponseScaleEffects.averageSlope(rows: [row], derivatives: [dx], estimates: Self.beta, covariance: v,
                                                      link: link, reference: .normal, level: 0.95)
            let p = ConditionalEffects.slope(row: row, derivative: dx, estimates: Self.beta, covariance: v,
                                             link: link, reference: .normal, level: 0.95)
            #expect(abs(a.estimate - p.estimate) <= 1e-15 && abs(a.standardError - p.standardError) <= 1e-15)
        }
    }

    @Test func averageSlopeByHand() throws {
        // Logit, two rows: AS = mean(mu'(eta_i)) * b1; gradient by hand.
        let v = try #require(Self.v)
        let rows = [[1.0, 0.2], [1.0, 0.9]], dx = [[0.0, 1.0], [0.0, 1.0]]
        let a = ResponseScaleEffects.averageSlope(rows: rows, derivatives: dx, estimates: Self.beta, covariance: v,
                                                  link: GLMInverseLink(.logit), reference: .normal, level: 0.95)
        var est = 0.0, g = [0.0, 0.0]
        for r in rows {
            let eta = Self.beta[0] + Self.beta[1] * r[1]
            let p = 1 / (1 + exp(-eta)), d1 = p * (1 - p), d2 = d1 * (1 - 2 * p)
            est += d1 * Self.beta[1] / 2
            g[0] += d2 * Self.beta[1] * r[0] / 2
            g[1] += (d2 * Self.beta[1] * r[1] + d1) / 2
        }
        let se = (g[0] * g[0] * 0.04 + 2 * g[0] * g[1] * -0.01 + g[1] * g[1] * 0.09).squareRoot()
        #expect(abs(a.estimate - est) <= 1e-15)
        #expect(abs(a.standardError - se) <= 1e-14 * se)
        #expect(a.reference == .normal && abs(a.statistic - est / se) <= 1e-13)
        // No rows: NaN, never a trap.
        #expect(ResponseScaleEffects.averageSlope(rows: [], derivatives: [], estimates: Self.beta, covariance: v,
                                                  link: GLMInverseLink(.logit), reference: .normal, level: 0.95).estimate.isNaN)
    }

    @Test func predictionIntervalIsBuiltOnTheLinkScale() throws {
        let v = try #require(Self.v)
        let row = [1.0, 3.0]
        let p = ResponseScaleEffects.prediction(row: row, estimates: Self.beta, covariance: v, link: GLMInverseLink(.logit),
                                                reference: .normal, level: 0.95)
        let eta = 0.3 - 3.6, seEta = (0.04 + 2 * 3 * -0.01 + 9 * 0.09).squareRoot()
        let z = 1.959963984540054
        let h = { (e: Double) in 1 / (1 + exp(-e)) }
        #expect(abs(p.estimate - h(eta)) <= 1e-15)
        #expect(abs(p.standardError - h(eta) * (1 - h(eta)) * seEta) <= 1e-15)
        #expect(abs(p.confidenceLow - h(eta - z * seEta)) <= 1e-14 * h(eta - z * seEta))
        #expect(abs(p.confidenceHigh - h(eta + z * seEta)) <= 1e-14)
        #expect(p.confidenceLow > 0 && p.confidenceHigh < 1)
        // Not symmetric about the prediction (a symmetric interval would go below 0 here).
        #expect(p.estimate - 1.96 * p.standardError < 0)
    }
}
