import Testing
@testable import Stats

/// Against `tseries::jarque.bera.test(weighted.residuals(m))`; the p-value against
/// `pchisq(stat, 2, lower.tail = FALSE)` (fixture: scripts/reference/regression_diagnostics_fixture.R).
@Suite struct JarqueBeraTests {
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func matchesTseries(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let jb = try JarqueBeraTest(try ref.model())
        #expect(agrees(jb.statistic, ref.jarqueBera.statistic))
        #expect(agrees(jb.pValue, ref.jarqueBera.p))
        #expect(agrees(jb.pValue, ref.jarqueBera.pTseries, tol: 1e-12))
        #expect(jb.degreesOfFreedom == 2)
        #expect(jb.observations == ref.y.count)
    }

    /// Hand-computable case: x = (0, 0, 0, 1): mean 1/4, m2 = 3/16, m3 = 3/32, m4 = 21/256,
    /// skewness = (3/32)/(3/16)^{3/2} = 2/√3, kurtosis = (21/256)/(9/256) = 7/3,
    /// JB = 4·(4/3)/6 + 4·(2/3)²/24 = 8/9 + 2/27 = 26/27.
    @Test func handComputed() throws {
        let jb = try JarqueBeraTest([0, 0, 0, 1])
        #expect(agrees(jb.skewness, 2 / 3.0.squareRoot(), tol: 1e-15))
        #expect(agrees(jb.kurtosis, 7.0 / 3, tol: 1e-15))
        #expect(agrees(jb.statistic, 26.0 / 27, tol: 1e-15))
    }

    @Test func refusals() {
        #expect(throws: DiagnosticsError.tooFewObservations(diagnostic: "the Jarque–Bera test", needed: 2, actual: 1)) {
            try JarqueBeraTest([1])
        }
        #expect(throws: DiagnosticsError.zeroResidualVariance) { try JarqueBeraTest([2, 2, 2]) }
    }
}
