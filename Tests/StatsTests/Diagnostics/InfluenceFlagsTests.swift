import Testing
@testable import Stats

/// Against `influence.measures(m)$is.inf` and `qf(0.5, p, n - p)` (fixture:
/// scripts/reference/regression_diagnostics_fixture.R).
@Suite struct InfluenceFlagsTests {
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func matchesInfluenceMeasures(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let flags = try InfluenceFlags(try InfluenceMeasures.compute(try ref.model()))
        let p = ref.coefficients.count
        #expect(ref.isInfluential.count == p + 4)
        for j in 0..<p { #expect(flags.dfbetas[j] == ref.isInfluential[j], "dfb column \(j)") }
        #expect(flags.dffits == ref.isInfluential[p])
        #expect(flags.covarianceRatio == ref.isInfluential[p + 1])
        #expect(flags.cooksDistance == ref.isInfluential[p + 2])
        #expect(flags.leverage == ref.isInfluential[p + 3])
        #expect(agrees(flags.cutoffs.cooksDistance, ref.cookCutoff, tol: 1e-12))
        let n = Double(ref.y.count), k = Double(p)
        #expect(flags.cutoffs.leverage == 3 * k / n)
        let anyR = (0..<ref.y.count).filter { i in ref.isInfluential.contains { $0[i] } }
        #expect(flags.flaggedRows == anyR)
    }

    /// LifeCycleSavings is R's own example: its flagged rows are non-empty and
    /// include Libya (row 49 in R, 48 here), the classic high-leverage country.
    @Test func lifeCycleSavingsFlagsLibya() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "LifeCycleSavings" })
        let flags = try InfluenceFlags(try InfluenceMeasures.compute(try ref.model()))
        #expect(flags.flaggedRows.contains(48))
        #expect(flags.criteria(row: 48).contains(.leverage))
    }
}
