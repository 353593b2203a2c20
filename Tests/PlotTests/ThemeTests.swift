import Testing
@testable import Plot

struct ThemeTests {
    @Test func publicationDefaults() {
        let t = Theme.publication
        #expect(t.tickLabel.size == 7 && t.axisTitle.size == 8 && t.title.size == 9)
        #expect(t.axisLine.width == 0.5 && t.tick.width == 0.5)
        #expect(t.tickLength == 3)
        #expect(t.majorGrid == nil && t.panelBackground == nil)
        #expect(t.fontFamily == "DejaVu Sans" && t.tickLabel.family == "DejaVu Sans")
        #expect(Theme.publicationGrid.majorGrid != nil)
    }
}
