import Testing
@testable import Stats

/// Against `coef(m)[-1] * sd_w(x) / sd_w(y)` with the weighted SDs from `stats::cov.wt`
/// (fixture: scripts/reference/regression_diagnostics_fixture.R).
@Suite struct StandardizedCoefficientsTests {
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func matchesR(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let s = try StandardizedCoefficients.compute(try ref.model())
        #expect(s.map(\.term) == ref.columnNames)
        #expect(s[0].standardized == nil)
        expectAgrees(s.dropFirst().compactMap(\.standardized), ref.standardizedCoefficients, "beta")
        expectAgrees(s.compactMap(\.coefficient), ref.coefficients, "coef")
    }

    /// Equal to the slope of the regression on z-scores (an independent route).
    @Test func equalsZScoreRegression() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "LifeCycleSavings" })
        func z(_ v: [Double]) -> [Double] {
            let n = Double(v.count)
            let m = v.reduce(0, +) / n
            let sd = (v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)).squareRoot()
            return v.map { ($0 - m) / sd }
        }
        var cols = [ref.design[0]]
        cols.append(contentsOf: ref.design.dropFirst().map(z))
        let fit = try LeastSquares.fit(try #require(Matrix(columns: cols)), z(ref.y))
        let s = try StandardizedCoefficients.compute(try ref.model())
        for j in 1..<cols.count {
            #expect(agrees(try #require(s[j].standardized), fit.coefficients[j], tol: 1e-11))
        }
    }

    @Test func constantResponseRefused() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1, 1], [1, 2, 3, 5]]))
        let model = try FittedDesign(design: x, response: [2, 2, 2, 2])
        #expect(throws: DiagnosticsError.constantVariable(what: "the response")) {
            try StandardizedCoefficients.compute(model)
        }
    }
}
