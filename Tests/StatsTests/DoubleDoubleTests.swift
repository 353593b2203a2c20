import Foundation
import Testing
@testable import Stats

/// Reference splits from scripts/reference/double_double_constants.py (mpmath, 60 digits).
@Suite struct DoubleDoubleTests {
    let sqrt2 = DoubleDouble(uncheckedHi: 1.4142135623730951, lo: -9.667293313452913e-17)
    let third = DoubleDouble(uncheckedHi: 0.3333333333333333, lo: 1.850371707708594e-17)
    let tenth = DoubleDouble(uncheckedHi: 0.1, lo: -5.551115123125783e-18)
    let sqrtThird = DoubleDouble(uncheckedHi: 0.5773502691896257, lo: 3.3450280739356345e-17)

    /// |a − b| / |b| in units of u² = 2⁻¹⁰⁶.
    func errorInUSquared(_ a: DoubleDouble, _ b: DoubleDouble) -> Double {
        let d = (a - b).doubleValue
        return Swift.abs(d / b.hi) / 0x1p-106
    }

    @Test func errorFreeTransformations() {
        // (2^27+1)(2^27−1) = 2^54 − 1 is not a double; TwoProduct recovers it exactly.
        let (p, e) = DoubleDouble.twoProduct(0x1p27 + 1, 0x1p27 - 1)
        #expect(p == 0x1p54 && e == -1)
        let (s, f) = DoubleDouble.twoSum(1, 1e-30)
        #expect(s == 1 && f == 1e-30)
        let (s2, f2) = DoubleDouble.fastTwoSum(0x1p53, 1)
        #expect(s2 + 0 == 0x1p53 && f2 == 1)
    }

    /// The split-based exact product error must equal the fused multiply-add bit for
    /// bit wherever it is used, and the fallback must cover the edges (huge, tiny,
    /// subnormal, non-finite). fma(a, b, −p) is the definition of the exact error.
    @Test func productErrorMatchesFusedMultiplyAdd() {
        var rng = Xoshiro256StarStar(seed: 2024)
        func check(_ a: Double, _ b: Double) {
            let p = a * b
            let e = DoubleDouble.productError(a, b, p)
            let f = (-p).addingProduct(a, b)
            #expect(e.bitPattern == f.bitPattern || (e.isNaN && f.isNaN), "a = \(a), b = \(b)")
        }
        for _ in 0..<20_000 {
            // Random significands over exponents from −1074 to 1023 on both factors.
            let ea = Int(RandomDraws.integer(below: 2098, using: &rng)) - 1074
            let eb = Int(RandomDraws.integer(below: 2098, using: &rng)) - 1074
            let a = (1 + RandomDraws.uniform(using: &rng)) * pow(2.0, Double(ea)) * (rng.next() & 1 == 0 ? 1 : -1)
            let b = (1 + RandomDraws.uniform(using: &rng)) * pow(2.0, Double(eb))
            check(a, b)
            check(RandomDraws.uniform(using: &rng), RandomDraws.uniform(using: &rng))
        }
        for (a, b) in [(0x1p995, 3.0), (0x1.fffffffffffffp1023, 0.5), (0x1p-1074, 0x1p52), (1e-160, 1e-160),
                       (Double.infinity, 2), (Double.nan, 1), (0, 5), (-0.0, 3), (0x1p-460, 0x1p-460)] {
            check(a, b)
        }
    }

    @Test func divisionAndMultiplication() {
        let q = DoubleDouble.one / DoubleDouble(3)
        #expect(errorInUSquared(q, third) <= 15)   // DWDivDW2 bound 15u² + 56u³
        #expect(errorInUSquared(DoubleDouble(1) / DoubleDouble(10), tenth) <= 15)
        let back = q * DoubleDouble(3)
        #expect(Swift.abs((back - .one).doubleValue) <= 3 * 0x1p-106)
        #expect(errorInUSquared(third * DoubleDouble(3), .one) <= 7)  // DWTimesDW1 bound
        #expect(errorInUSquared(third * 3.0, .one) <= 1.5)           // DWTimesFP1 bound
    }

    @Test func squareRoot() {
        #expect(errorInUSquared(DoubleDouble.sqrt(DoubleDouble(2)), sqrt2) <= 4)
        #expect(errorInUSquared(DoubleDouble.sqrt(third), sqrtThird) <= 4)
        #expect(DoubleDouble.sqrt(.zero) == .zero)
        #expect(DoubleDouble.sqrt(DoubleDouble(-1)).hi.isNaN)
    }

    @Test func additionKeepsLowOrderBits() {
        let a = DoubleDouble(1) + 1e-20
        #expect(a.hi == 1 && a.lo == 1e-20)
        #expect((a - DoubleDouble(1)).doubleValue == 1e-20)
        // 0.1 + 0.2 in double-double vs the exact sum of the two decimal values.
        let s = tenth + tenth * 2.0
        let exact = DoubleDouble(3) / DoubleDouble(10)
        #expect(errorInUSquared(s, exact) <= 20)
    }

    @Test func comparisonAndMagnitude() {
        let a = DoubleDouble(1, 1e-20), b = DoubleDouble(1, -1e-20)
        #expect(b < a && !(a < b) && a != b)
        #expect((-a).magnitude == a)
        #expect(DoubleDouble(2, 0x1p-60).doubleValue == 2)
    }
}
