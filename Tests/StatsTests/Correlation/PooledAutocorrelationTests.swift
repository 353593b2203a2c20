import Testing
@testable import Stats

@Suite struct PooledAutocorrelationTests {
    @Test func oneGroupEqualsACF() {
        // One series: identical to Descriptive.lag1Autocorrelation (R's acf definition).
        let y: [Double] = [1, 3, 2, 5, 4, 6, 8, 7]
        let g = [String](repeating: "A", count: y.count)
        #expect(abs(Correlation.pooledLag1Autocorrelation(y, groups: g) - Descriptive.lag1Autocorrelation(y)) < 1e-15)
    }

    @Test func doesNotCrossGroups() {
        // ȳ = 2.5; deviations −1.5, −0.5 | 0.5, 1.5: within-group products 0.75 + 0.75, Σd² = 5.
        let r = Correlation.pooledLag1Autocorrelation([1, 2, 3, 4], groups: ["A", "A", "B", "B"])
        #expect(abs(r - 0.3) < 1e-15)
        #expect(Correlation.pooledLag1Autocorrelation([1, 2, 3], groups: ["A", "B", "C"]).isNaN)
    }

    /// Issue 9: scale-free, so 1e±300 data give the ordinary-scale value (it used to be NaN).
    @Test func extremeMagnitudes() {
        let y: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
        let g = ["A", "A", "A", "A", "A", "B", "B", "B", "B", "B"]
        let base = Correlation.pooledLag1Autocorrelation(y, groups: g)
        #expect(base.isFinite)
        for s in [1e300, 1e-300] {
            #expect(abs(Correlation.pooledLag1Autocorrelation(y.map { $0 * s }, groups: g) - base) < 1e-14)
        }
    }
}
