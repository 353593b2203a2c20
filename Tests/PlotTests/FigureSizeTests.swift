import Testing
@testable import Plot

struct FigureSizeTests {
    @Test func columnPresets() {
        #expect(ColumnWidth.single.length == .mm(85))
        #expect(ColumnWidth.double.length == .mm(175))
        #expect(FigureSize.singleColumn.points.width == 240.94488188976378)
        #expect(abs(FigureSize.singleColumn.height.points - Length.mm(68).points) < 1e-12)
        #expect(FigureSize(.double, height: .mm(70)).points.height == 70 / 25.4 * 72)
    }
}
