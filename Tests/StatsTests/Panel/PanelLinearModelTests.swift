import Testing
@testable import Stats

/// The panel estimators on plm's balanced Grunfeld data against R plm 2.6.2
/// (scripts/reference/panel_grunfeld_plm.R -> GeneratedFixtures/GrunfeldPlm.swift).
@Suite struct PanelLinearModelTests {
    typealias G = GrunfeldPlm

    static func model() throws -> PanelLinearModel {
        let n = G.inv.count
        let x = try #require(Matrix(rows: n, columns: 3, storage: [Double](repeating: 1, count: n) + G.value + G.capital))
        return PanelLinearModel(design: x, response: G.inv, termNames: ["(Intercept)", "value", "capital"], hasIntercept: true,
                                units: G.firm, times: G.year, unitName: "firm")
    }

    static func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-10) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * max(abs($1), 1e-300) }
    }

    @Test func randomEffectsBalanced() throws {
        let f = try Self.model().estimate(.randomEffects)
        let r = try f.result()
        #expect(Self.close(r.coefficients.map(\.estimate), G.reCoef))
        #expect(Self.close(r.coefficients.map(\.standardError), G.reSE))
        #expect(r.statisticKind == .z)
        let c = try #require(f.components)
        #expect(c.isBalanced)
        #expect(Self.close(c.thetaByUnit, [Double](repeating: G.reTheta, count: 10)))
        #expect(Self.close([c.sigmaU, c.sigmaE], [G.reSigmaU, G.reSigmaE]))
    }

    @Test func hausmanBalanced() throws {
        let h = try Self.model().hausman()
        #expect(Self.close([h.statistic], [G.hausman], 1e-9))
        #expect(h.degreesOfFreedom == 2)
    }

    @Test func firstDifferencesAndBetween() throws {
        let fd = try Self.model().estimate(.firstDifference).result()
        #expect(fd.observations == 190)
        #expect(Self.close(fd.coefficients.map(\.estimate), G.fdCoef))
        #expect(Self.close(fd.coefficients.map(\.standardError), G.fdSE))
        let be = try Self.model().estimate(.between).result()
        #expect(be.observations == 10)
        #expect(Self.close(be.coefficients.map(\.estimate), G.betweenCoef))
        #expect(Self.close(be.coefficients.map(\.standardError), G.betweenSE))
    }

    @Test func timeInvariantDesignIsRefused() throws {
        let n = G.inv.count
        let size = G.firm.map { Double($0) }
        let x = try #require(Matrix(rows: n, columns: 2, storage: [Double](repeating: 1, count: n) + size))
        let m = PanelLinearModel(design: x, response: G.inv, termNames: ["(Intercept)", "size"], hasIntercept: true,
                                 units: G.firm, times: G.year)
        #expect(throws: PanelModelError.noWithinVariation) { try m.estimate(.randomEffects) }
    }

    @Test func duplicateUnitTimeIsRefused() throws {
        var m = try Self.model()
        m.times[1] = m.times[0]
        #expect(throws: PanelModelError.duplicateUnitTime(unit: 1, time: 1935)) { try m.estimate(.between) }
    }
}
