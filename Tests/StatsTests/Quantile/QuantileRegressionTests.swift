import Foundation
import Testing
@testable import Stats

/// Quantile regression against quantreg::rq (method "br") and summary.rq
/// (se = "iid", "nid") on quantreg's engel data. Fixture:
/// Tests/StatsTests/Fixtures/rq_engel.json from scripts/reference/iv_quantile.R.
@Suite struct QuantileRegressionTests {
    struct Fit: Decodable {
        let tau: Double; let terms: [String]; let coef: [String]; let se_iid: [String]; let se_nid: [String]
        let p_nid: [String]; let objective: String
    }
    struct File: Decodable { let data: [String: [String]]; let fits: [Fit] }

    static func model() throws -> (QuantileRegressionModel, File) {
        let f: File = try Fixtures.load("rq_engel")
        let income = Fixtures.doubles(f.data["income"] ?? [])
        let food = Fixtures.doubles(f.data["foodexp"] ?? [])
        let x = try #require(Matrix(columns: [[Double](repeating: 1, count: income.count), income]))
        return (QuantileRegressionModel(design: x, response: food, termNames: ["(Intercept)", "income"]), f)
    }

    static func digits(_ x: Double, _ ref: String) -> Double { logRelativeError(x, certified: Fixtures.double(ref)) }

    @Test func coefficientsAndStandardErrorsMatchSummaryRq() throws {
        let (m, f) = try Self.model()
        for fit in f.fits {
            let nid = try m.fit(tau: fit.tau, covariance: .nid)
            let iid = try m.fit(tau: fit.tau, covariance: .iid)
            #expect(!nid.nonUnique)
            #expect(Self.digits(nid.objective, fit.objective) >= 10, "τ = \(fit.tau) objective")
            for j in 0..<2 {
                #expect(Self.digits(nid.coefficients[j].estimate, fit.coef[j]) >= 9, "τ = \(fit.tau) \(fit.terms[j])")
                #expect(Self.digits(iid.coefficients[j].standardError, fit.se_iid[j]) >= 9, "τ = \(fit.tau) iid SE \(fit.terms[j])")
                #expect(Self.digits(nid.coefficients[j].standardError, fit.se_nid[j]) >= 8, "τ = \(fit.tau) nid SE \(fit.terms[j])")
            }
        }
    }

    @Test func medianMatchesKoenker2005() throws {
        let (m, _) = try Self.model()
        let r = try m.fit(tau: 0.5)
        #expect((r.coefficients[0].estimate * 100).rounded() == 8148)
        #expect((r.coefficients[1].estimate * 10000).rounded() == 5602)
        #expect(r.basis.count == 2)
        // On the basis the residuals are exactly zero.
        #expect(r.basis.allSatisfy { r.residuals[$0] == 0 })
    }

    @Test func tauOutsideUnitIntervalIsRefused() throws {
        let (m, _) = try Self.model()
        for t in [0.0, 1.0, -0.2, 1.5, Double.nan] {
            #expect(throws: QuantileRegressionError.self) { _ = try m.fit(tau: t) }
        }
    }

    @Test func bootstrapIsDeterministicForASeed() throws {
        let (m, _) = try Self.model()
        let a = try m.fit(tau: 0.5, covariance: .bootstrap(replications: 50, seed: 7))
        let b = try m.fit(tau: 0.5, covariance: .bootstrap(replications: 50, seed: 7))
        let c = try m.fit(tau: 0.5, covariance: .bootstrap(replications: 50, seed: 8))
        #expect(a == b)
        #expect(a.covariance != c.covariance)
        // Same order of magnitude as the nid standard error (Monte Carlo comparison only).
        let nid = try m.fit(tau: 0.5)
        let ratio = a.coefficients[1].standardError / nid.coefficients[1].standardError
        #expect(ratio > 0.3 && ratio < 3)
        #expect(throws: QuantileRegressionError.invalidReplications(1)) {
            _ = try m.fit(tau: 0.5, covariance: .bootstrap(replications: 1, seed: 1))
        }
    }

    @Test func nonUniqueSolutionIsFlagged() throws {
        // Median of 10 points with an intercept only: any value between the middle two is optimal.
        let x = try #require(Matrix(columns: [[Double](repeating: 1, count: 10)]))
        let y = (1...10).map(Double.init)
        let r = try QuantileRegressionModel(design: x, response: y, termNames: ["(Intercept)"]).fit(tau: 0.5, covariance: .iid)
        #expect(r.nonUnique)
        #expect(r.coefficients[0].estimate == 5 || r.coefficients[0].estimate == 6)
        // τ = 0.55 has the unique solution 6.
        let u = try QuantileRegressionModel(design: x, response: y, termNames: ["(Intercept)"]).fit(tau: 0.55, covariance: .iid)
        #expect(!u.nonUnique && u.coefficients[0].estimate == 6)
        #expect(r.notes.contains { $0.contains("nonunique") })
    }

    @Test func collinearDesignNamesTheTerm() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1, 1, 1], [1, 2, 3, 4, 5], [2, 4, 6, 8, 10]]))
        #expect(throws: QuantileRegressionError.collinear(["2x"])) {
            _ = try QuantileRegressionModel(design: x, response: [1, 3, 2, 5, 4], termNames: ["(Intercept)", "x", "2x"]).fit(tau: 0.5)
        }
    }
}
