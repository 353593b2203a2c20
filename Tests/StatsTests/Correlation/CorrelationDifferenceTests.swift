import Testing
@testable import Stats

@Suite struct CorrelationDifferenceTests {
    /// Against the formula evaluated in R (scripts/reference/correlation_partial.R).
    @Test func fisherZDifference() throws {
        let ref = try PartialReference.load()
        #expect(ref.difference.count == 3)
        for c in ref.difference {
            let t = try Correlation.compareIndependent(r1: c.r1, n1: c.n1, r2: c.r2, n2: c.n2)
            #expect(close(t.statistic, Fixtures.double(c.z), rel: 1e-13, floor: 1e-15))
            #expect(close(t.pValue, Fixtures.double(c.p_two_sided), rel: 1e-12))
            let g = try Correlation.compareIndependent(r1: c.r1, n1: c.n1, r2: c.r2, n2: c.n2, alternative: .greater)
            #expect(close(g.pValue, Fixtures.double(c.p_greater), rel: 1e-12))
            let l = try Correlation.compareIndependent(r1: c.r1, n1: c.n1, r2: c.r2, n2: c.n2, alternative: .less)
            #expect(close(l.pValue, Fixtures.double(c.p_less), rel: 1e-12))
        }
    }

    @Test func errors() {
        #expect(throws: CorrelationError.tooFewObservations(needed: 4, got: 3)) {
            try Correlation.compareIndependent(r1: 0.1, n1: 3, r2: 0.2, n2: 10)
        }
        #expect(throws: CorrelationError.self) { try Correlation.compareIndependent(r1: 1, n1: 10, r2: 0.2, n2: 10) }
    }
}
