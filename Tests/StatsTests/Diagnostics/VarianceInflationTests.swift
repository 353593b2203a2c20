import Testing
@testable import Stats

/// VIF and GVIF against `car::vif(m)` (fixture: scripts/reference/regression_diagnostics_fixture.R).
@Suite struct VarianceInflationTests {
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func matchesCar(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let model = try ref.model()
        let terms = ref.vifTerms.map { VarianceInflation.Term(name: $0.name, columns: $0.columns) }
        let v = try VarianceInflation.compute(model, terms: terms)
        #expect(v.map(\.term) == ref.vifTerms.map(\.name))
        expectAgrees(v.map(\.gvif), ref.gvif, "car::vif GVIF")
        #expect(v.map { Double($0.degreesOfFreedom) } == ref.gvifDf)
        for f in v {
            // GVIF^(1/(2 Df)) as car prints it.
            var back = 1.0
            for _ in 0..<(2 * f.degreesOfFreedom) { back *= f.scaledGVIF }
            #expect(agrees(back, f.gvif, tol: 1e-12))
        }
    }

    /// The default terms are the single non-intercept columns, named after the columns.
    @Test func defaultTermsAreColumns() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        let v = try VarianceInflation.compute(try ref.model())
        #expect(v.map(\.term) == ["wt", "hp", "disp"])
        expectAgrees(v.map(\.gvif), ref.gvif, "car::vif")
    }

    /// The single-column identity and the determinant formula agree on a one-column block.
    @Test func singleColumnIdentityEqualsDeterminantFormula() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "LifeCycleSavings" })
        let model = try ref.model()
        let cov = model.fit.unscaledCovariance
        let m = 4
        var corr = [Double](repeating: 0, count: m * m)
        for a in 0..<m { for b in 0..<m { corr[a + b * m] = cov[a + 1, b + 1] / (cov[a + 1, a + 1] * cov[b + 1, b + 1]).squareRoot() } }
        let all = VarianceInflation.choleskyDeterminant(corr, m: m, subset: [0, 1, 2, 3])
        let v = try VarianceInflation.compute(model)
        for j in 0..<m {
            let rest = (0..<m).filter { $0 != j }
            let viaDet = VarianceInflation.choleskyDeterminant(corr, m: m, subset: rest) / all
            #expect(agrees(v[j].gvif, viaDet, tol: 1e-11))
        }
    }

    @Test func refusals() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        let x = try #require(Matrix(columns: Array(ref.design.dropFirst())))
        let noIntercept = try FittedDesign(design: x, response: ref.y)
        #expect(throws: DiagnosticsError.requiresIntercept(diagnostic: "the variance inflation factor")) {
            try VarianceInflation.compute(noIntercept)
        }
        var cols = ref.design
        cols.append(zip(cols[1], cols[2]).map { $0 + $1 })
        let aliased = try FittedDesign(design: try #require(Matrix(columns: cols)), response: ref.y)
        #expect(throws: DiagnosticsError.aliasedColumns(diagnostic: "the variance inflation factor", columns: [4])) {
            try VarianceInflation.compute(aliased)
        }
        let model = try ref.model()
        #expect(throws: DiagnosticsError.invalidTerms(reason: "column 1 appears in more than one term")) {
            try VarianceInflation.compute(model, terms: [.init(name: "a", columns: [1, 2]), .init(name: "b", columns: [1])])
        }
        #expect(throws: DiagnosticsError.invalidTerms(reason: "term \"a\" contains the intercept column 0")) {
            try VarianceInflation.compute(model, terms: [.init(name: "a", columns: [0, 2])])
        }
    }
}
