import Foundation
import Testing
@testable import Paradox

/// Reference values: R 4.x, `predict(lm(y ~ x), newdata, interval = "confidence",
/// level = L)` and `qt(1 - (1 - L)/2, n - 2)`, written by
/// scripts/reference/fit_band.R into Fixtures/fit_band_{data,reference}.csv.
/// The t quantile is taken from R here so that this test checks the band
/// itself (the quantile function is tested with the distributions).
struct FitBandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func rows(_ name: String) -> [[String]] {
        guard let s = try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8) else { return [] }
        return s.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    }

    /// Relative error, or absolute near zero.
    static func close(_ a: Double, _ b: Double, _ tol: Double = 1e-12) -> Bool {
        abs(a - b) <= tol * max(1, abs(b))
    }

    @Test(arguments: ["cars", "years", "three"])
    func matchesRPredictConfidence(case name: String) throws {
        let data = Self.rows("fit_band_data.csv").filter { $0[0] == name }
        let ref = Self.rows("fit_band_reference.csv").filter { $0[0] == name }
        try #require(!data.isEmpty && ref.count == 16)
        let x = data.compactMap { Double($0[1]) }, y = data.compactMap { Double($0[2]) }
        for level in [0.95, 0.9] {
            let r = ref.filter { abs((Double($0[1]) ?? 0) - level) < 1e-9 }
            let grid = r.compactMap { Double($0[2]) }
            let qt = try #require(r.first.flatMap { Double($0[6]) })
            var asked: (Double, Int)?
            let band = try FitBand.ols(x: x, y: y, at: grid, level: level) { p, df in asked = (p, df); return qt }
            #expect(asked.map { abs($0.0 - (1 - (1 - level) / 2)) < 1e-15 && $0.1 == x.count - 2 } == true)
            #expect(band.residualDegreesOfFreedom == x.count - 2)
            for (k, row) in r.enumerated() {
                let fit = Double(row[3]) ?? .nan, lwr = Double(row[4]) ?? .nan, upr = Double(row[5]) ?? .nan
                #expect(Self.close(band.fit[k], fit), "\(name) fit at \(grid[k]): \(band.fit[k]) vs R \(fit)")
                #expect(Self.close(band.lower[k], lwr), "\(name) lwr at \(grid[k]): \(band.lower[k]) vs R \(lwr)")
                #expect(Self.close(band.upper[k], upr), "\(name) upr at \(grid[k]): \(band.upper[k]) vs R \(upr)")
            }
        }
    }

    /// R: coef(lm(dist ~ speed, cars)) = -17.579094890510895, 3.9324087591240855 (sprintf %.17g).
    @Test func carsCoefficients() throws {
        let data = Self.rows("fit_band_data.csv").filter { $0[0] == "cars" }
        let x = data.compactMap { Double($0[1]) }, y = data.compactMap { Double($0[2]) }
        let band = try FitBand.ols(x: x, y: y, at: [10], level: 0.95) { _, _ in 2 }
        #expect(Self.close(band.intercept, -17.579094890510895, 1e-13))
        #expect(Self.close(band.slope, 3.9324087591240855, 1e-13))
        #expect(band.observations == 50)
    }

    @Test func bandIsNarrowestAtTheMeanOfX() throws {
        let x: [Double] = [1, 2, 3, 4, 5, 6], y: [Double] = [1.2, 1.9, 3.4, 3.8, 5.3, 5.9]
        let band = try FitBand.ols(x: x, y: y, at: FitBand.grid(from: 1, to: 6, count: 11), level: 0.95) { _, _ in 2.776 }
        let widths = zip(band.upper, band.lower).map { $0 - $1 }
        #expect(widths.firstIndex(of: widths.min() ?? 0) == 5)   // grid[5] = 3.5 = mean of x
        #expect(widths.first == widths.last)
    }

    @Test func errors() {
        #expect(throws: FitBandError.constantX(value: 2)) { try FitBand.ols(x: [2, 2, 2], y: [1, 2, 3], at: [2], level: 0.95) { _, _ in 2 } }
        #expect(throws: FitBandError.tooFewObservations(2)) { try FitBand.ols(x: [1, 2], y: [1, 2], at: [1], level: 0.95) { _, _ in 2 } }
        #expect(throws: FitBandError.invalidLevel(95)) { try FitBand.ols(x: [1, 2, 3], y: [1, 2, 4], at: [1], level: 95) { _, _ in 2 } }
        #expect(throws: FitBandError.lengthMismatch(x: 3, y: 2)) { try FitBand.ols(x: [1, 2, 3], y: [1, 2], at: [1], level: 0.95) { _, _ in 2 } }
        #expect(throws: FitBandError.nonFinite(what: "y", index: 1, value: .infinity)) {
            try FitBand.ols(x: [1, 2, 3], y: [1, .infinity, 2], at: [1], level: 0.95) { _, _ in 2 }
        }
        #expect(throws: FitBandError.invalidCriticalValue(-1)) { try FitBand.ols(x: [1, 2, 3], y: [1, 2, 4], at: [1], level: 0.95) { _, _ in -1 } }
        #expect(FitBandError.constantX(value: 2).description.contains("choose a variable that varies"))
    }

    @Test func gridEndpointsExact() {
        let g = FitBand.grid(from: 0.1, to: 0.7, count: 7)
        #expect(g.count == 7 && g.first == 0.1 && g.last == 0.7)
        #expect(FitBand.grid(from: 1, to: 1, count: 5) == [1])
    }
}
