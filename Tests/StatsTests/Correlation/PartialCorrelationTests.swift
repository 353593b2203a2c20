import Testing
@testable import Stats

@Suite struct PartialCorrelationTests {
    @Test func matchesResidualCorrelationInR() throws {
        let ref = try PartialReference.load()
        let x = Fixtures.doubles(ref.x), y = Fixtures.doubles(ref.y)
        let z1 = Fixtures.doubles(ref.z1), z2 = Fixtures.doubles(ref.z2)
        #expect(ref.partial.count == 3)
        for c in ref.partial {
            let covariates = c.k == 2 ? [z1, z2] : [z1]
            let method: CorrelationMethod = c.method == "spearman" ? .spearman : .pearson
            let t = try Correlation.partial(x: x, y: y, covariates: covariates, method: method)
            #expect(close(t.estimate, Fixtures.double(c.estimate), rel: 1e-12), "\(c.method) k=\(c.k)")
            #expect(close(t.statistic, Fixtures.double(c.statistic), rel: 1e-11), "\(c.method) k=\(c.k)")
            #expect(t.degreesOfFreedom == Double(c.df) && t.covariates == c.k)
            #expect(close(t.pValue, Fixtures.double(c.p_value), rel: 1e-10))
            let ci = try #require(t.confidenceInterval)
            #expect(close(ci.lower, Fixtures.double(c.conf_low), rel: 1e-11, floor: 1e-12))
            #expect(close(ci.upper, Fixtures.double(c.conf_high), rel: 1e-11, floor: 1e-12))
            let g = try Correlation.partial(x: x, y: y, covariates: covariates, method: method, alternative: .greater)
            #expect(close(g.pValue, Fixtures.double(c.p_greater), rel: 1e-10))
        }
    }

    @Test func collinearCovariateCountsOnce() throws {
        let ref = try PartialReference.load()
        let x = Fixtures.doubles(ref.x), y = Fixtures.doubles(ref.y), z1 = Fixtures.doubles(ref.z1)
        let once = try Correlation.partial(x: x, y: y, covariates: [z1])
        let twice = try Correlation.partial(x: x, y: y, covariates: [z1, z1.map { 2 * $0 }])
        #expect(twice.covariates == 1 && twice.degreesOfFreedom == once.degreesOfFreedom)
        #expect(abs(twice.estimate - once.estimate) < 1e-13)
    }

    @Test func errors() {
        #expect(throws: CorrelationError.self) {
            try Correlation.partial(x: [1, 2, 3, 4], y: [2, 1, 4, 3], covariates: [[1, 2, 3, 5]], method: .kendall)
        }
        // x is exactly linear in z: nothing left after partialling out.
        #expect(throws: CorrelationError.zeroVariance(variable: "x after partialling out the covariates")) {
            try Correlation.partial(x: [1, 2, 3, 4, 5, 6], y: [2, 1, 4, 3, 6, 5], covariates: [[2, 4, 6, 8, 10, 12]])
        }
        #expect(throws: CorrelationError.tooFewObservations(needed: 5, got: 4)) {
            try Correlation.partial(x: [1, 2, 3, 4], y: [2, 1, 4, 3], covariates: [[1, 3, 2, 5], [0, 1, 1, 0]])
        }
    }

    /// Issue 9: partial r at 1e±300 (x, y or the covariate) equals the ordinary-scale result;
    /// it used to fail with "x after partialling out the covariates does not vary".
    @Test func extremeMagnitudes() throws {
        let x: [Double] = (0..<20).map { (i: Int) -> Double in let w: Double = Double((i * 7) % 5); return Double(i) + w / 10 }
        let y: [Double] = x.indices.map { (i: Int) -> Double in let w: Double = Double((i * 3) % 4); return 0.5 * x[i] + w - 1.5 }
        let z: [Double] = (0..<20).map { (i: Int) -> Double in let q: Double = Double(i * i); return Double(i % 3) + q / 7 }
        let base = try Correlation.partial(x: x, y: y, covariates: [z]).estimate
        for s in [1e300, 1e-300] {
            for (a, b, c) in [(s, 1.0, 1.0), (1.0, s, 1.0), (1.0, 1.0, s), (s, s, s)] {
                let r = try Correlation.partial(x: x.map { $0 * a }, y: y.map { $0 * b }, covariates: [z.map { $0 * c }]).estimate
                #expect(abs(r - base) < 1e-13, "\(a) \(b) \(c): \(r) vs \(base)")
            }
        }
    }
}
