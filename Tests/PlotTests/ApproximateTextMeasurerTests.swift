import Testing
@testable import Plot

struct ApproximateTextMeasurerTests {
    let m = ApproximateTextMeasurer()
    // DejaVu Sans hmtx: digits 1303/2048 em, U+2212 1716/2048 em; hhea ascent 1901, descent 483 (units/em 2048).
    @Test func digitsAndMinus() {
        let e = m.measure("10", style: TextStyle(size: 10))
        #expect(abs(e.width - 2 * 1303.0 / 2048 * 10) < 1e-4)
        #expect(abs(e.ascent - 1901.0 / 2048 * 10) < 1e-4 && abs(e.descent - 483.0 / 2048 * 10) < 1e-4)
        #expect(abs(m.measure("\u{2212}", style: TextStyle(size: 10)).width - 1716.0 / 2048 * 10) < 1e-4)
    }
    @Test func richRuns() {
        let plain = m.measure("R2", style: TextStyle(size: 8))
        let sup = m.measure(RichText([TextRun("R"), TextRun("2", shift: .superscript)]), style: TextStyle(size: 8))
        #expect(sup.width < plain.width)
        #expect(sup.ascent > plain.ascent)
        let bold = m.measure("abc", style: TextStyle(size: 8, weight: .bold))
        #expect(bold.width > m.measure("abc", style: TextStyle(size: 8)).width)
    }
}
