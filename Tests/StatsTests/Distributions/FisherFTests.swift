import Foundation
import Testing
@testable import Stats

@Suite struct FisherFTests {
    /// F(1, ν) is the square of t(ν): P(F > t²) = 2·P(T > t); and
    /// F(d₁, d₂) quantile p is 1 / (F(d₂, d₁) upper quantile p).
    @Test func identities() throws {
        let f = try FisherF(df1: 1, df2: 7)
        let t = try StudentT(df: 7)
        for x in [0.2, 1.5, 4.0, 40.0] {
            #expect(abs(f.sf(x * x) / (2 * t.sf(x)) - 1) < 1e-13)
        }
        let a = try FisherF(df1: 3, df2: 12), b = try FisherF(df1: 12, df2: 3)
        for p in [0.3, 1e-4, 1e-30] {
            #expect(abs(a.quantile(p) * b.upperQuantile(p) - 1) < 1e-13)
        }
        #expect(a.mean == 12.0 / 10)
        #expect(a.cdf(0) == 0 && a.sf(0) == 1 && a.cdf(.infinity) == 1 && a.quantile(0) == 0)
    }

    @Test func spellingsAndErrors() throws {
        #expect(try FisherF(df1: 2, df2: 9) == FisherF(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 9))
        #expect(throws: DistributionError.self) { try FisherF(df1: 0, df2: 1) }
        do {
            _ = try FisherF(df1: 2, df2: -3)
            Issue.record("expected an error")
        } catch {
            #expect(error.parameter == "denominatorDegreesOfFreedom" && error.value == -3)
        }
    }
}
