import Foundation
import Testing
@testable import Stats

/// 2SLS against AER::ivreg on CigarettesSW (1995), Stock & Watson's cigarette
/// demand example. Fixture: Tests/StatsTests/Fixtures/iv_cigarettes.json from
/// scripts/reference/iv_quantile.R (data included, calls recorded).
@Suite struct InstrumentalVariablesModelTests {
    struct Diagnostic: Decodable { let name: String; let df1: Int; let statistic: String; let p_value: String }
    struct Fit: Decodable {
        let terms: [String]; let coef: [String]; let se_classical: [String]; let se_hc1: [String]
        let sigma: String; let r2: String; let adj_r2: String; let df_residual: Int
        let wald_classical: String; let wald_hc1: String
        let diagnostics_classical: [Diagnostic]; let diagnostics_hc1: [Diagnostic]
    }
    struct File: Decodable { let data: [String: [String]]; let just_identified: Fit; let over_identified: Fit }

    static func load() throws -> File { try Fixtures.load("iv_cigarettes") }

    static func model(_ f: File, instruments names: [String]) -> InstrumentalVariablesModel {
        let col = { (n: String) in Fixtures.doubles(f.data[n] ?? []) }
        let n = col("lpacks").count
        let ones = [Double](repeating: 1, count: n)
        return InstrumentalVariablesModel(
            response: col("lpacks"),
            exogenous: Matrix(columns: [ones, col("lrincome")]) ?? Matrix(rows: 0, columns: 0), exogenousNames: ["(Intercept)", "lrincome"],
            endogenous: Matrix(columns: [col("lrprice")]) ?? Matrix(rows: 0, columns: 0), endogenousNames: ["lrprice"],
            instruments: Matrix(columns: names.map(col)) ?? Matrix(rows: 0, columns: 0), instrumentNames: names,
            hasIntercept: true)
    }

    /// Agreement in significant digits (log relative error).
    static func digits(_ x: Double, _ ref: String) -> Double { logRelativeError(x, certified: Fixtures.double(ref)) }

    func check(_ fit: Fit, _ m: InstrumentalVariablesModel) throws {
        let fitted = try m.estimate()
        let classical = try fitted.result(covariance: .classical)
        let hc1 = try fitted.result(covariance: .hc1)
        // R orders (Intercept), lrprice, lrincome; egov puts exogenous first: map by name.
        for (i, term) in fit.terms.enumerated() {
            let c = try #require(classical.regression.coefficient(term))
            #expect(Self.digits(c.estimate, fit.coef[i]) >= 10, "\(term) estimate")
            #expect(Self.digits(c.standardError, fit.se_classical[i]) >= 10, "\(term) classical SE")
            let h = try #require(hc1.regression.coefficient(term))
            #expect(Self.digits(h.standardError, fit.se_hc1[i]) >= 10, "\(term) HC1 SE")
        }
        #expect(Self.digits(classical.regression.sigma, fit.sigma) >= 10)
        #expect(Self.digits(classical.regression.rSquared, fit.r2) >= 10)
        #expect(Self.digits(classical.regression.adjustedRSquared, fit.adj_r2) >= 10)
        #expect(classical.regression.residualDegreesOfFreedom == fit.df_residual)
        #expect(Self.digits(classical.regression.fTest?.statistic ?? .nan, fit.wald_classical) >= 10)
        #expect(Self.digits(hc1.regression.fTest?.statistic ?? .nan, fit.wald_hc1) >= 10)
        #expect(classical.regression.logLikelihood.isNaN)

        // Diagnostics: weak instruments, Wu–Hausman, Sargan (classical), and the HC1 forms.
        let dc = fit.diagnostics_classical, dr = fit.diagnostics_hc1
        let stage = try #require(classical.firstStages.first)
        #expect(stage.fTest.numeratorDegreesOfFreedom == dc[0].df1)
        #expect(Self.digits(stage.fTest.statistic, dc[0].statistic) >= 10)
        #expect(Self.digits(stage.fTest.pValue, dc[0].p_value) >= 8)
        #expect(stage.robustWald == nil)
        let robust = try #require(hc1.firstStages.first?.robustWald)
        #expect(Self.digits(robust.statistic, dr[0].statistic) >= 10)
        #expect(robust.covariance == "HC1")
        #expect(Self.digits(classical.wuHausman.statistic, dc[1].statistic) >= 10)
        #expect(Self.digits(classical.wuHausman.pValue, dc[1].p_value) >= 8)
        #expect(Self.digits(hc1.wuHausman.statistic, dr[1].statistic) >= 10)
        if dc[2].statistic == "NA" {
            #expect(classical.sargan == nil)
        } else {
            let s = try #require(classical.sargan)
            #expect(s.degreesOfFreedom == dc[2].df1)
            #expect(Self.digits(s.statistic, dc[2].statistic) >= 10)
            #expect(Self.digits(s.pValue, dc[2].p_value) >= 9)
        }
        // Partial R² = (RSS₀ − RSS₁)/RSS₀ is tied to the F: F = (R²/l)/((1 − R²)/df2).
        let r2 = stage.partialRSquared
        let df1 = Double(stage.fTest.numeratorDegreesOfFreedom), df2 = Double(stage.fTest.denominatorDegreesOfFreedom)
        #expect(abs((r2 / df1) / ((1 - r2) / df2) / stage.fTest.statistic - 1) < 1e-12)
    }

    @Test func justIdentifiedMatchesAER() throws {
        let f = try Self.load()
        try check(f.just_identified, Self.model(f, instruments: ["tdiff"]))
    }

    @Test func overIdentifiedMatchesAERAndStockWatson() throws {
        let f = try Self.load()
        let m = Self.model(f, instruments: ["tdiff", "rtax"])
        try check(f.over_identified, m)
        // Published (Stock & Watson 2007, eq. 12.16): −1.277 (0.250), 0.280 (0.254).
        let r = try m.fit(covariance: .hc1)
        let price = try #require(r.regression.coefficient("lrprice"))
        #expect((price.estimate * 1000).rounded() == -1277)
        #expect((price.standardError * 1000).rounded() == 250)
    }

    @Test func underidentifiedIsAnError() throws {
        let f = try Self.load()
        var m = Self.model(f, instruments: ["tdiff"])
        m.endogenous = Matrix(columns: [m.endogenous.column(0), Fixtures.doubles(f.data["rtax"] ?? [])]) ?? m.endogenous
        m.endogenousNames = ["lrprice", "rtax"]
        #expect(throws: InstrumentalVariablesError.underidentified(endogenous: ["lrprice", "rtax"], instruments: ["tdiff"])) {
            _ = try m.estimate()
        }
    }

    @Test func collinearInstrumentIsAnError() throws {
        let f = try Self.load()
        var m = Self.model(f, instruments: ["tdiff"])
        let t = m.instruments.column(0)
        m.instruments = Matrix(columns: [t, t.map { 2 * $0 }]) ?? m.instruments
        m.instrumentNames = ["tdiff", "I(2*tdiff)"]
        #expect(throws: InstrumentalVariablesError.collinearInstruments(["I(2*tdiff)"])) { _ = try m.estimate() }
        // An instrument that is an exogenous regressor in disguise does not identify either.
        m.instruments = Matrix(columns: [Fixtures.doubles(f.data["lrincome"] ?? []).map { 3 * $0 }]) ?? m.instruments
        m.instrumentNames = ["I(3*lrincome)"]
        #expect(throws: InstrumentalVariablesError.collinearInstruments(["I(3*lrincome)"])) { _ = try m.estimate() }
    }

    @Test func leverageCovariancesAreRefused() throws {
        let f = try Self.load()
        #expect(throws: InstrumentalVariablesError.unsupportedCovariance(.hc3)) {
            _ = try Self.model(f, instruments: ["tdiff"]).fit(covariance: .hc3)
        }
    }
}
