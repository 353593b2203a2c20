import Testing
@testable import Stats

@Suite struct ExtremesTests {
    @Test func minimumAndMaximum() {
        #expect(Descriptive.minimum([3, -1, 7, -1]) == -1)
        #expect(Descriptive.maximum([3, -1, 7, -1]) == 7)
        #expect(Descriptive.minimum([]).isNaN)
        #expect(Descriptive.maximum([1, .nan, 2]).isNaN)
        #expect(Descriptive.minimum([.nan, 1]).isNaN)
    }
}
