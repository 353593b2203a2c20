import Testing
@testable import Plot

/// Issue 18.2: tick generation for ranges whose difference overflows a Double.
@Suite struct ExtendedTicksExtremesTests {
    @Test func theWidestRangeGetsFiniteNiceTicks() {
        let t = ExtendedTicks().ticks(from: -1.7e308, to: 1.7e308)
        #expect(!t.isEmpty && t.allSatisfy(\.isFinite))
        #expect(t == t.sorted() && t.count >= 2)
        let lopsided = ExtendedTicks().ticks(from: -1e308, to: Double.greatestFiniteMagnitude)
        #expect(!lopsided.isEmpty && lopsided.allSatisfy(\.isFinite))
    }

    @Test func pow10IsBoundedOnNonFiniteExponents() {
        #expect(pow10(.infinity) == .infinity && pow10(-.infinity) == 0 && pow10(.nan).isNaN && pow10(1e20) == .infinity)
    }
}
