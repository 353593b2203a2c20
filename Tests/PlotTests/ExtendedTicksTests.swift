import Testing
@testable import Plot

struct ExtendedTicksTests {
    // Golden case from the brief; identical to R labeling::extended(8.1, 14.1, 4).
    @Test func goldenCase() {
        #expect(ExtendedTicks().ticks(from: 8.1, to: 14.1, target: 4) == [8, 10, 12, 14])
    }

    // Fixture: Rscript scripts/reference/plot_extended_ticks.R (labeling 0.4.x,
    // Q = c(1,5,2,2.5,4,3), w = c(0.25,0.2,0.5,0.05)).
    @Test func matchesRLabelingExtended() {
        let rows = Golden.fixture("extended_ticks.csv")
        #expect(rows.count == 12)
        for r in rows {
            guard let lo = Double(r[0]), let hi = Double(r[1]), let m = Int(r[2]) else { Issue.record("bad row \(r)"); continue }
            let expected = r[3].split(separator: ";").compactMap { Double($0) }
            let got = ExtendedTicks().ticks(from: lo, to: hi, target: m)
            #expect(got.count == expected.count, "\(lo)..\(hi) m=\(m): \(got) vs \(expected)")
            for (g, e) in zip(got, expected) {
                #expect(abs(g - e) <= 1e-9 * max(abs(e), abs(hi - lo)), "\(lo)..\(hi): \(got) vs \(expected)")
            }
        }
    }

    @Test func degenerateAndNonFinite() {
        #expect(ExtendedTicks().ticks(from: 3, to: 3) == [3])
        #expect(ExtendedTicks().ticks(from: .nan, to: 1) == [])
        // Reversed arguments give the same ticks.
        #expect(ExtendedTicks().ticks(from: 14.1, to: 8.1, target: 4) == [8, 10, 12, 14])
    }

    @Test func onlyLooseEnclosesData() {
        let t = ExtendedTicks(onlyLoose: true).ticks(from: 8.1, to: 14.1, target: 4)
        #expect((t.first ?? .infinity) <= 8.1 && (t.last ?? -.infinity) >= 14.1)
    }
}
