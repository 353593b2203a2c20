import Testing
@testable import Stats

/// The interim χ²/F functions against R's pchisq, pf and qf (fixture:
/// scripts/reference/regression_diagnostics_fixture.R).
@Suite struct DiagnosticDistributionsTests {
    @Test func chiSquaredUpperTailMatchesPchisq() {
        for r in chiSquaredUpperTailReference {
            let p = DiagnosticDistributions.chiSquaredUpperTail(r.x, degreesOfFreedom: r.df)
            #expect(agrees(p, r.p, tol: 1e-12, floor: 1e-300), "pchisq(\(r.x), \(r.df), lower.tail = FALSE)")
        }
        // df = 2 has the closed form exp(−x/2).
        #expect(agrees(DiagnosticDistributions.chiSquaredUpperTail(3, degreesOfFreedom: 2), 0.22313016014842982, tol: 1e-14))
    }

    @Test func fisherCDFMatchesPf() {
        for r in fisherCDFReference {
            let p = DiagnosticDistributions.fisherCDF(r.f, d1: r.d1, d2: r.d2)
            #expect(agrees(p, r.p, tol: 1e-12), "pf(\(r.f), \(r.d1), \(r.d2))")
        }
    }

    @Test func fisherMedianMatchesQf() {
        for r in fisherMedianReference {
            let m = DiagnosticDistributions.fisherMedian(d1: r.d1, d2: r.d2)
            #expect(agrees(m, r.median, tol: 1e-12), "qf(0.5, \(r.d1), \(r.d2))")
        }
    }

    @Test func edges() {
        #expect(DiagnosticDistributions.chiSquaredUpperTail(0, degreesOfFreedom: 3) == 1)
        #expect(DiagnosticDistributions.chiSquaredUpperTail(.infinity, degreesOfFreedom: 3) == 0)
        #expect(DiagnosticDistributions.chiSquaredUpperTail(.nan, degreesOfFreedom: 3).isNaN)
        #expect(DiagnosticDistributions.chiSquaredUpperTail(1, degreesOfFreedom: 0).isNaN)
        #expect(DiagnosticDistributions.fisherCDF(0, d1: 2, d2: 3) == 0)
    }
}
