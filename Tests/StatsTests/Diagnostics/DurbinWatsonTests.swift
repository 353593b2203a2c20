import Testing
@testable import Stats

/// Against `sum(diff(e)^2) / sum(e^2)` with `e = weighted.residuals(m)`, which the
/// generator checks equal to `lmtest::dwtest(m)$statistic` and `car::durbinWatsonTest(m)$dw`
/// for the unweighted fits (fixture: scripts/reference/regression_diagnostics_fixture.R).
@Suite struct DurbinWatsonTests {
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func matchesR(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let model = try ref.model()
        #expect(agrees(try DurbinWatson.statistic(model), ref.durbinWatson))
        #expect(agrees(try DurbinWatson.statistic(model, groups: ref.durbinWatsonGroups), ref.durbinWatsonGrouped))
    }

    /// Alternating residuals: every difference is ±2, d = 4·(n−1)/n.
    @Test func alternating() throws {
        let d = try DurbinWatson.statistic(residuals: [1, -1, 1, -1])
        #expect(d == 3)
        // Two groups of two: only the within-group differences count, d = 2·4/4.
        #expect(try DurbinWatson.statistic(residuals: [1, -1, 1, -1], groups: ["a", "a", "b", "b"]) == 2)
    }

    @Test func refusals() {
        #expect(throws: DiagnosticsError.zeroResidualVariance) { try DurbinWatson.statistic(residuals: [0, 0, 0]) }
        #expect(throws: DiagnosticsError.tooFewObservations(diagnostic: "the Durbin–Watson statistic", needed: 2, actual: 1)) {
            try DurbinWatson.statistic(residuals: [1])
        }
        #expect(throws: DiagnosticsError.dimensionMismatch(what: "groups", expected: 3, actual: 2)) {
            try DurbinWatson.statistic(residuals: [1, 2, 3], groups: [1, 2])
        }
    }
}
