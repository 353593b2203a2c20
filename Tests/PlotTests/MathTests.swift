import Testing
@testable import Plot

struct MathTests {
    // Reference values: mpmath at 30 digits (log(2), log10(2), exp(1), 10**0.5).
    @Test func elementaryFunctions() {
        #expect(abs(ln(2) - 0.693147180559945309417232121458) < 1e-15)
        #expect(abs(log10(2) - 0.301029995663981195213738894724) < 1e-15)
        #expect(abs(exp(1) - 2.71828182845904523536028747135) < 1e-15)
        #expect(abs(exp10(0.5) - 3.16227766016837933199889354443) < 1e-14)
    }
    @Test func exactPowersOfTen() {
        for e in -20...20 { #expect(log10(pow10(Double(e))) == Double(e)) }
        #expect(exp10(3) == 1000)
    }
}
