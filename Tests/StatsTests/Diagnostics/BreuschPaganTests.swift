import Testing
@testable import Stats

/// Against `lmtest::bptest(m)` and `bptest(m, studentize = FALSE)`; for the weighted fit
/// against bptest on the transformed model (exact calls in
/// scripts/reference/regression_diagnostics_fixture.R).
@Suite struct BreuschPaganTests {
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func matchesLmtest(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let model = try ref.model()
        let k = try BreuschPaganTest(model)
        #expect(k.variant == .koenker)
        #expect(agrees(k.statistic, ref.bpStudentized.statistic))
        #expect(k.degreesOfFreedom == ref.bpStudentized.df)
        #expect(agrees(k.pValue, ref.bpStudentized.p))
        let o = try BreuschPaganTest(model, variant: .original)
        #expect(agrees(o.statistic, ref.bpOriginal.statistic))
        #expect(o.degreesOfFreedom == ref.bpOriginal.df)
        #expect(agrees(o.pValue, ref.bpOriginal.p))
    }

    /// Multiplying every weight by 10 leaves the weighted test unchanged (lmtest's
    /// weighted bptest does not have this property: 72.16 vs 722.4 on this fit).
    @Test func invariantToWeightScale() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars12weighted" })
        let x = try #require(Matrix(columns: ref.design))
        let w = try #require(ref.weights)
        let a = try BreuschPaganTest(try FittedDesign(design: x, response: ref.y, weights: w))
        let b = try BreuschPaganTest(try FittedDesign(design: x, response: ref.y, weights: w.map { $0 * 10 }))
        #expect(agrees(a.statistic, b.statistic, tol: 1e-12))
    }

    /// A custom Z: only the intercept and `wt` (lmtest's varformula = ~ wt) gives df 1;
    /// Koenker's statistic is n·R² of u² on Z, checked against a direct auxiliary fit.
    @Test func customRegressors() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        let model = try ref.model()
        let z = try #require(Matrix(columns: [ref.design[0], ref.design[1]]))
        let t = try BreuschPaganTest(model, regressors: z)
        #expect(t.degreesOfFreedom == 1)
        let u2 = model.fit.residuals.map { $0 * $0 }
        let mean = u2.reduce(0, +) / Double(u2.count)
        let aux = try LeastSquares.fit(z, u2)
        let tss = u2.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        #expect(agrees(t.statistic, Double(u2.count) * (1 - aux.residualSumOfSquares / tss), tol: 1e-11))
    }

    @Test func refusals() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        let model = try ref.model()
        let one = try #require(Matrix(columns: [ref.design[0]]))
        #expect(throws: DiagnosticsError.invalidAuxiliaryRegressors(reason: "1 column(s): the variance regression needs an intercept and at least one regressor")) {
            try BreuschPaganTest(model, regressors: one)
        }
        let short = try #require(Matrix(columns: [[1, 1], [1, 2]]))
        #expect(throws: DiagnosticsError.invalidAuxiliaryRegressors(reason: "2 rows, the design has 32: pass one row per observation")) {
            try BreuschPaganTest(model, regressors: short)
        }
        let x = try #require(Matrix(columns: [[1, 1, 1, 1], [1, 2, 3, 4]]))
        let perfect = try FittedDesign(design: x, response: [3, 5, 7, 9])
        #expect(throws: DiagnosticsError.zeroResidualVariance) { try BreuschPaganTest(perfect) }
    }
}
