import Testing
@testable import Stats

@Suite struct InfluentialObservationTests {
    /// Ranked by Cook's distance; the reported change is β̂₍ᵢ₎ − β̂ = −dfbeta(m)[i, j]
    /// (R, fixture), and equals an actual refit without the row.
    @Test func rankedByCookWithCoefficientChange() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "LifeCycleSavings" })
        let model = try ref.model()
        let m = try InfluenceMeasures.compute(model)
        let flags = try InfluenceFlags(m)
        let list = try InfluentialObservation.ranked(m, flags: flags, model: model, focusColumn: 4)
        #expect(list.map(\.row).sorted() == flags.flaggedRows)
        let cooks = list.map(\.cooksDistance)
        #expect(cooks == cooks.sorted(by: >))
        for o in list {
            let c = try #require(o.coefficientChange)
            #expect(c.term == "ddpi")
            #expect(agrees(c.changeWhenDropped, -ref.dfbeta[4][o.row]))
            #expect(agrees(c.dfbetas, ref.dfbetas[4][o.row]))
            #expect(o.criteria == flags.criteria(row: o.row))
        }
        // Independent check of the top row by refitting without it.
        let top = try #require(list.first)
        let keep = (0..<ref.y.count).filter { $0 != top.row }
        let refit = try LeastSquares.fit(
            try #require(Matrix(columns: ref.design.map { c in keep.map { c[$0] } })), keep.map { ref.y[$0] })
        #expect(agrees(try #require(top.coefficientChange).changeWhenDropped, refit.coefficients[4] - model.fit.coefficients[4], tol: 1e-9))
    }

    @Test func focusColumnIsValidated() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        let model = try ref.model()
        let m = try InfluenceMeasures.compute(model)
        let flags = try InfluenceFlags(m)
        #expect(throws: DiagnosticsError.invalidColumn(index: 9, reason: "focus coefficient outside the design's 4 columns")) {
            try InfluentialObservation.ranked(m, flags: flags, model: model, focusColumn: 9)
        }
        #expect(try InfluentialObservation.ranked(m, flags: flags, model: model).allSatisfy { $0.coefficientChange == nil })
    }
}
