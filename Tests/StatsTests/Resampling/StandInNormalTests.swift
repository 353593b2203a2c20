import Testing
@testable import Stats

/// scripts/reference/normal.R: stats::pnorm / qnorm.
private struct NormalFixture: Decodable { var x, pnorm, p, qnorm: [String] }

@Suite struct StandInNormalTests {
    @Test func cdfMatchesR() throws {
        let f = try Fixtures.load("normal", as: NormalFixture.self)
        var checked = 0
        // The stand-in does not reach R's subnormal far tail (pnorm(-38) ≈ 2.9e-316; erfc
        // underflows to 0 there); the bootstrap never needs it.
        for (x, r) in zip(Fixtures.doubles(f.x), Fixtures.doubles(f.pnorm)) where r > 1e-300 {
            // erfc's argument x/√2 carries a relative rounding error that the tail magnifies ~x²:
            let tolerance = abs(x) <= 5 ? 1e-14 : 1e-12 * x * x
            #expect(relativeDifference(StandInNormal.cdf(x), r) <= tolerance, "pnorm(\(x))")
            checked += 1
        }
        #expect(checked == f.x.count - 1)
    }

    @Test func quantileMatchesR() throws {
        let f = try Fixtures.load("normal", as: NormalFixture.self)
        for (p, r) in zip(Fixtures.doubles(f.p), Fixtures.doubles(f.qnorm)) {
            let q = StandInNormal.quantile(p)
            #expect(abs(q - r) <= 2e-15 * max(1, abs(r)) || relativeDifference(q, r) <= 1e-14, "qnorm(\(p)): \(q) vs R \(r)")
        }
        #expect(StandInNormal.quantile(0) == -.infinity && StandInNormal.quantile(1) == .infinity)
        #expect(StandInNormal.quantile(-0.1).isNaN && StandInNormal.quantile(.nan).isNaN)
        #expect(StandInNormal.quantile(0.5) == 0)
    }
}
