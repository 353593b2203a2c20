import Testing
@testable import Stats

/// Every influence measure against R (fixture: scripts/reference/regression_diagnostics_fixture.R,
/// which records the exact calls: hatvalues, rstandard, rstudent, cooks.distance, dffits,
/// covratio, influence()$sigma, dfbeta, dfbetas).
@Suite struct InfluenceMeasuresTests {
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func matchesR(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let model = try ref.model()
        expectAgrees(model.fit.coefficients, ref.coefficients, "coefficients")
        let m = try InfluenceMeasures.compute(model)
        #expect(m.parameters == ref.coefficients.count)
        #expect(m.notes.isEmpty)
        expectAgrees(m.leverage, ref.hat, "hatvalues")
        expectAgrees(m.standardizedResiduals, ref.rstandard, "rstandard")
        expectAgrees(m.studentizedResiduals, ref.rstudent, "rstudent")
        expectAgrees(m.leaveOneOutSigma, ref.sigmaLOO, "influence()$sigma")
        expectAgrees(m.cooksDistance, ref.cooks, "cooks.distance")
        expectAgrees(m.dffits, ref.dffits, "dffits")
        expectAgrees(m.covarianceRatio, ref.covratio, "covratio")
        for j in 0..<m.parameters {
            // dfbeta entries can be ~1e-6 of the coefficient: compare relative to the column scale.
            let scale = ref.dfbeta[j].map { Swift.abs($0) }.max() ?? 1
            expectAgrees(m.dfbeta.column(j), ref.dfbeta[j], floor: scale * 1e-3, "dfbeta[, \(j)]")
            let scaleS = ref.dfbetas[j].map { Swift.abs($0) }.max() ?? 1
            expectAgrees(m.dfbetas.column(j), ref.dfbetas[j], floor: scaleS * 1e-3, "dfbetas[, \(j)]")
        }
    }

    /// The DFBETA identity is checked against an actual refit without row i
    /// (independent of R): β̂ − β̂₍ᵢ₎.
    @Test func dfbetaEqualsRefitDifference() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars12weighted" })
        let model = try ref.model()
        let m = try InfluenceMeasures.compute(model)
        for i in [0, 5, 11] {
            let keep = (0..<ref.y.count).filter { $0 != i }
            let x = try #require(Matrix(columns: ref.design.map { c in keep.map { c[$0] } }))
            let refit = try LeastSquares.fit(x, keep.map { ref.y[$0] }, weights: ref.weights.map { w in keep.map { w[$0] } })
            for j in 0..<m.parameters {
                let expected = model.fit.coefficients[j] - refit.coefficients[j]
                #expect(agrees(m.dfbeta[i, j], expected, tol: 1e-9, floor: 1e-9), "row \(i) coef \(j)")
            }
            // s₍ᵢ₎ is the residual SD of the refit.
            #expect(agrees(m.leaveOneOutSigma[i], refit.residualVariance.squareRoot(), tol: 1e-10))
        }
    }

    /// A dummy that is 1 on a single row gives that row leverage 1: NaN measures
    /// and a note, no trap; the other rows are unaffected and finite.
    @Test func leverageOneGivesNaNWithNote() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        var cols = ref.design
        cols.append((0..<ref.y.count).map { $0 == 3 ? 1 : 0 })
        let model = try FittedDesign(design: try #require(Matrix(columns: cols)), response: ref.y)
        let m = try InfluenceMeasures.compute(model)
        #expect(m.leverage[3] == 1)
        #expect(m.studentizedResiduals[3].isNaN)
        #expect(m.standardizedResiduals[3].isNaN)
        #expect(m.cooksDistance[3].isNaN)
        #expect(m.dffits[3].isNaN)
        #expect(m.dfbetas[3, 0].isNaN)
        #expect(m.leaveOneOutSigma[3].isFinite)
        #expect(m.notes.contains { $0.contains("row(s) 3 have leverage 1") })
        #expect(m.studentizedResiduals.enumerated().allSatisfy { $0.offset == 3 || $0.element.isFinite })
    }

    @Test func zeroWeightRowsAreNaN() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        var w = [Double](repeating: 1, count: ref.y.count)
        w[7] = 0
        let model = try FittedDesign(design: try #require(Matrix(columns: ref.design)), response: ref.y, weights: w)
        let m = try InfluenceMeasures.compute(model)
        #expect(m.observations == ref.y.count - 1)
        #expect(m.leverage[7] == 0)
        #expect(m.cooksDistance[7].isNaN)
        #expect(m.notes.contains { $0.contains("1 row(s) with zero weight") })
    }

    @Test func refusesNoResidualDegreesOfFreedom() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1], [1, 2, 4], [0, 1, 0]]))
        let model = try FittedDesign(design: x, response: [1, 2, 5])
        #expect(throws: DiagnosticsError.noResidualDegreesOfFreedom(observations: 3, parameters: 3)) {
            try InfluenceMeasures.compute(model)
        }
    }

    @Test func refusesPerfectFit() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1, 1], [1, 2, 3, 4]]))
        let model = try FittedDesign(design: x, response: [3, 5, 7, 9])
        #expect(throws: DiagnosticsError.zeroResidualVariance) { try InfluenceMeasures.compute(model) }
    }

    @Test func oneResidualDegreeOfFreedomLeavesLeaveOneOutNaN() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1], [1, 2, 4]]))
        let model = try FittedDesign(design: x, response: [1, 3, 4])
        let m = try InfluenceMeasures.compute(model)
        #expect(m.studentizedResiduals.allSatisfy { $0.isNaN })
        #expect(m.standardizedResiduals.allSatisfy { $0.isFinite })
        #expect(m.notes.contains { $0.contains("only one residual degree of freedom") })
    }
}
