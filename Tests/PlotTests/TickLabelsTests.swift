import Testing
@testable import Plot

struct TickLabelsTests {
    func plain(_ t: [Double], _ f: NumberFormat = .plain) -> [String] { TickLabelFormatter.labels(for: t, format: f).map(\.plainText) }

    @Test func shortestDistinguishingDecimals() {
        #expect(plain([8, 10, 12, 14]) == ["8", "10", "12", "14"])
        #expect(plain([0, 0.25, 0.5, 0.75, 1]) == ["0.00", "0.25", "0.50", "0.75", "1.00"])
        #expect(plain([0.91, 0.92, 0.93]) == ["0.91", "0.92", "0.93"])
        #expect(plain([100, 100.25, 100.5]) == ["100.00", "100.25", "100.50"])
    }

    @Test func negativesUseUnicodeMinus() {
        let l = plain([-4, -2, 0, 2])
        #expect(l == ["\u{2212}4", "\u{2212}2", "0", "2"])
        #expect(!l.joined().contains("-"))
        #expect(plain([-1200, -900]) == ["\u{2212}1200", "\u{2212}900"])
    }

    @Test func thousandsSeparators() {
        #expect(plain([0, 20000, 40000], .decimal(thousands: .comma)) == ["0", "20,000", "40,000"])
        #expect(plain([0, 20000], .decimal(thousands: .thinSpace)) == ["0", "20\u{2009}000"])
        #expect(plain([-20000], .decimal(thousands: .thinSpace)) == ["\u{2212}20\u{2009}000"])
    }

    @Test func percent() {
        #expect(plain([0, 0.25, 0.5], .percent()) == ["0%", "25%", "50%"])
        #expect(plain([0, 12.5, 25], .percent(multiplier: 1)) == ["0.0%", "12.5%", "25.0%"])
    }

    @Test func hugeAndTinyUseScientific() {
        let big = TickLabelFormatter.labels(for: [0, 2e15, 4e15])
        #expect(big.map(\.plainText) == ["0", "2×1015", "4×1015"])
        #expect(big[1].runs[1] == TextRun("15", shift: .superscript))
        let tiny = TickLabelFormatter.labels(for: [1e-7, 2e-7]).map(\.plainText)
        #expect(tiny == ["10\u{2212}7", "2×10\u{2212}7"])
        // Large but fixed-notation values.
        #expect(plain([0, 2e10, 4e10]) == ["0", "20000000000", "40000000000"])
    }
}
