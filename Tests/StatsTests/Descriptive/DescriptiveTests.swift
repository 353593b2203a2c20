import Testing
@testable import Stats

@Suite struct DescriptiveTests {
    @Test func neumaierKeepsSmallTerms() {
        var s = CompensatedSum()
        for _ in 0..<10 { s.add(0.1) }
        #expect(s.value == 1.0)  // plain summation gives 0.9999999999999999
        var t = CompensatedSum()
        for v in [1e16, 1.0, -1e16] { t.add(v) }
        #expect(t.value == 1)
    }
}
