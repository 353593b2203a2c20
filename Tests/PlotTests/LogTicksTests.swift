import Testing
@testable import Plot

struct LogTicksTests {
    @Test func powersOfTenOverManyDecades() {
        #expect(LogTicks.ticks(from: 3, to: 45000) == [10, 100, 1000, 10000])
        #expect(LogTicks.labels(for: [10, 100, 1000, 10000]).map(\.plainText) == ["10", "100", "1000", "10000"])
    }
    @Test func shortRangeAddsTwoAndFive() {
        #expect(LogTicks.ticks(from: 700, to: 60000) == [1000, 2000, 5000, 10000, 20000, 50000])
        #expect(LogTicks.ticks(from: 2.5, to: 9) == [3, 4, 5, 6, 7, 8, 9])
    }
    @Test func thinsLongRanges() {
        let t = LogTicks.ticks(from: 1e-6, to: 1e6, target: 5)
        #expect(t == [1e-6, 1e-3, 1, 1e3, 1e6])
        #expect(LogTicks.labels(for: t).map(\.plainText) == ["10\u{2212}6", "10\u{2212}3", "100", "103", "106"])
    }
    @Test func invalidRange() {
        #expect(LogTicks.ticks(from: 0, to: 10) == [])
    }
}
