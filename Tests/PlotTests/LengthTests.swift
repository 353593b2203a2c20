import Testing
@testable import Plot

struct LengthTests {
    // 1 in = 72 pt = 25.4 mm exactly (PostScript point definition).
    @Test func millimetresToPoints() {
        #expect(Length.mm(85).points == 240.94488188976378)
        #expect(Length.mm(25.4).points == 72)
        #expect(Length.inches(1).points == 72)
        #expect(Length.pt(72).millimetres == 25.4)
        #expect(Length.mm(175).points == 175 / 25.4 * 72)
    }
    @Test func pixelsAtDpi() {
        #expect(Length.inches(2).pixels(dpi: 300) == 600)
        #expect(abs(Length.mm(85).pixels(dpi: 300) - 1003.937007874) < 1e-6)
    }
    @Test func arithmetic() {
        #expect((Length.pt(10) + .pt(5)).points == 15)
        #expect(Length.pt(1) < Length.mm(1))
    }
}
