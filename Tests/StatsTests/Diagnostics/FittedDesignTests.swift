import Testing
@testable import Stats

@Suite struct FittedDesignTests {
    @Test func detectsInterceptAndNamesColumns() throws {
        let x = try #require(Matrix(columns: [[2, 3, 5, 7], [1, 1, 1, 1], [0, 1, 0, 1]]))
        let m = try FittedDesign(design: x, response: [1, 2, 4, 3])
        #expect(m.interceptColumn == 1)
        #expect(m.columnNames == ["x1", "(Intercept)", "x2"])
        let none = try FittedDesign(design: x, response: [1, 2, 4, 3], intercept: .none)
        #expect(none.interceptColumn == nil)
        #expect(none.columnNames == ["x1", "x2", "x3"])
    }

    @Test func weightedResidualsAndUsedRows() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1, 1], [1, 2, 3, 4]]))
        let w: [Double] = [4, 1, 0, 1]
        let m = try FittedDesign(design: x, response: [1, 3, 2, 4], weights: w)
        #expect(m.usedRows == [0, 1, 3])
        for i in 0..<4 { #expect(m.weightedResiduals[i] == m.fit.residuals[i] * w[i].squareRoot()) }
    }

    @Test func checksShapesAndFit() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1, 1], [1, 2, 3, 4]]))
        let y: [Double] = [1, 3, 2, 4]
        #expect(throws: DiagnosticsError.dimensionMismatch(what: "response", expected: 4, actual: 3)) {
            try FittedDesign(design: x, response: [1, 2, 3])
        }
        #expect(throws: DiagnosticsError.dimensionMismatch(what: "columnNames", expected: 2, actual: 1)) {
            try FittedDesign(design: x, response: y, columnNames: ["a"])
        }
        let other = try LeastSquares.fit(try #require(Matrix(columns: [[1, 1, 1], [1, 2, 3]])), [1, 2, 2])
        #expect(throws: DiagnosticsError.fitMismatch(what: "fit has 3 rows, design has 4")) {
            try FittedDesign(design: x, response: y, fit: other)
        }
        #expect(throws: DiagnosticsError.leastSquares(.nonFiniteResponse(row: 1, value: .infinity))) {
            try FittedDesign(design: x, response: [1, .infinity, 2, 4])
        }
        #expect(throws: DiagnosticsError.invalidColumn(index: 5, reason: "intercept column outside the design's 2 columns")) {
            try FittedDesign(design: x, response: y, intercept: .column(5))
        }
    }

    @Test func perfectFitIsDetectedAtRoundingLevel() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1, 1], [0.1, 0.2, 0.3, 0.7]]))
        let exact = try FittedDesign(design: x, response: [0.1, 0.2, 0.3, 0.7].map { 3 + 7 * $0 })
        #expect(exact.isPerfectFit)
        let noisy = try FittedDesign(design: x, response: [3.7, 4.4, 5.1, 7.9 + 1e-9])
        #expect(!noisy.isPerfectFit)
    }

    @Test func errorMessagesSayWhatAndHow() {
        #expect(DiagnosticsError.zeroResidualVariance.description.contains("perfect fit"))
        #expect(DiagnosticsError.noResidualDegreesOfFreedom(observations: 3, parameters: 3).description
            == "3 observation(s) with positive weight for 3 estimable coefficient(s): regression diagnostics need more observations than coefficients; drop regressors or add data")
    }
}
