import Testing
@testable import Stats

/// Issue 9, extreme magnitudes: statistics of data near 1e±300 are right, never NaN, never a
/// wrong 0. Reference: the same sample at ordinary scale. Multiplying by 2ᵏ is exact, and so is
/// every rounding after it in the normal range, so mean, quantiles and sd of x·2ᵏ are exactly
/// 2ᵏ times those of x, and the scale-free statistics are bit-identical (no tolerance needed).
@Suite struct PowerOfTwoScalingTests {
    /// 20 values with a trend and a wobble (nothing special about them).
    static let x: [Double] = (0..<20).map { (i: Int) -> Double in let w: Double = Double((i * 7) % 5); return Double(i) + w / 10 }

    @Test func scalesToUnitMagnitude() throws {
        let (v, e) = try #require(Descriptive.scaledToUnitMagnitude([-12, 3, 0.5]))
        #expect(e == 3 && v == [-1.5, 0.375, 0.0625])
        #expect(Descriptive.scaledToUnitMagnitude([0, 0]) == nil)
        #expect(Descriptive.scaledToUnitMagnitude([1, .infinity]) == nil)
        // Subnormal input: 2^-1070 needs two steps, and comes back exactly.
        let tiny = Double.leastNonzeroMagnitude * 3
        let s = try #require(Descriptive.scaledToUnitMagnitude([tiny]))
        #expect(s.values == [1.5] && Descriptive.scaled(s.values[0], by: s.exponent) == tiny)
    }

    @Test(arguments: [1000, -1000, 900, -1020])
    func summaryOfScaledDataIsTheScaledSummary(k: Int) throws {
        let base = try Summary(Self.x)
        let xs = Self.x.map { Descriptive.scaled($0, by: k) }
        let s = try Summary(xs)
        func up(_ v: Double) -> Double { Descriptive.scaled(v, by: k) }
        #expect(s.mean == up(base.mean) && s.sd == up(base.sd), "\(k): sd \(s.sd) vs \(up(base.sd))")
        #expect(s.min == up(base.min) && s.q1 == up(base.q1) && s.median == up(base.median) && s.q3 == up(base.q3) && s.max == up(base.max))
        #expect(s.skewness == base.skewness && s.kurtosis == base.kurtosis && s.acf1 == base.acf1)
        #expect(Descriptive.variance(xs) == Descriptive.scaled(Descriptive.variance(Self.x), by: 2 * k) || abs(k) >= 1000)
    }

    /// Decimal scales (not powers of two): within a few ulps of the scaled ordinary result.
    @Test(arguments: [1e300, 1e-300, 1e-310])
    func decimalExtremes(scale: Double) throws {
        let base = try Summary(Self.x)
        let s = try Summary(Self.x.map { $0 * scale })
        let rel = scale < 1e-307 ? 1e-8 : 1e-14  // 1e-310 makes the data subnormal: ~12 significant digits remain
        #expect(abs(s.sd / (base.sd * scale) - 1) < rel, "sd \(s.sd)")
        #expect(abs(s.skewness - base.skewness) < rel * 10 && abs(s.kurtosis - base.kurtosis) < rel)
        #expect(abs(s.acf1 - base.acf1) < rel)
        // Before: sd was NaN at 1e300 and exactly 0 at 1e-300; skewness and kurtosis NaN.
        #expect(s.sd > 0 && s.sd.isFinite && s.skewness.isFinite && s.kurtosis.isFinite)
    }

    /// Constant data still has sd 0 (not a rescaling artefact), also when tiny or huge.
    @Test func constantStaysZero() throws {
        for v in [5.0, 1e300, 1e-300, Double.leastNonzeroMagnitude] {
            #expect(Descriptive.standardDeviation([v, v, v]) == 0)
            #expect(Descriptive.variance([v, v, v]) == 0)
            #expect(Descriptive.skewness([v, v, v, v]).isNaN)
        }
    }
}
