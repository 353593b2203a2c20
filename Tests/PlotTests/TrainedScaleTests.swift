import Testing
@testable import Plot

struct TrainedScaleTests {
    func extent(_ xs: [Double]) -> AxisExtent { var e = AxisExtent(); xs.forEach { e.add(.number($0)) }; return e }
    func train(_ s: PositionScale?, _ e: AxisExtent) -> (TrainedScale, [String]) {
        var w: [String] = []
        return (ScaleTrainer.train(s, extent: e, axisName: "x", warnings: &w), w)
    }

    // ggplot2: continuous expansion 5 % of the range on each side.
    @Test func linearWithDefaultExpansion() {
        let (s, _) = train(.linear, extent([8.1, 14.1]))
        #expect(abs(s.lower - 7.8) < 1e-12 && abs(s.upper - 14.4) < 1e-12)
        #expect(s.ticks == [8, 10, 12, 14])
        let panel = Rect(x: 10, y: 20, width: 100, height: 50)
        #expect(abs(s.mapX(units: 7.8, in: panel) - 10) < 1e-12)
        #expect(abs(s.mapY(units: 14.4, in: panel) - 20) < 1e-12)
        #expect(abs(s.mapY(units: 7.8, in: panel) - 70) < 1e-12)
    }

    @Test func reversedPutsSmallAtTop() {
        let (s, _) = train(.reversed, extent([1, 100]))
        let panel = Rect(x: 0, y: 0, width: 100, height: 100)
        let rank1 = s.mapY(units: 1, in: panel), rank100 = s.mapY(units: 100, in: panel)
        #expect(rank1 < rank100)           // rank 1 nearer the top (y down)
        #expect(s.mapX(units: 1, in: panel) > s.mapX(units: 100, in: panel))
    }

    @Test func fixedLimitsAndNoExpansion() {
        let (s, _) = train(.continuous(ContinuousScale(lower: 0, upper: 1, expansion: Expansion.none)), extent([0.2, 0.7]))
        #expect(s.lower == 0 && s.upper == 1)
        #expect(s.tickLabels.map(\.plainText) == ["0.00", "0.25", "0.50", "0.75", "1.00"])
    }

    @Test func percentLabels() {
        let (s, _) = train(.percent(), extent([0, 0.5]))
        #expect(s.tickLabels.map(\.plainText).allSatisfy { $0.hasSuffix("%") })
    }

    @Test func logScaleDropsNonPositiveWithWarning() {
        let (s, w) = train(.log10, extent([-1, 0, 10, 1000, 100000]))
        #expect(s.ticks == [10, 100, 1000, 10000, 100000])
        #expect(s.scaleUnits(number: 1000) == 3)
        #expect(w == ["x axis is log10: 2 value(s) ≤ 0 cannot be shown and were dropped"])
    }

    @Test func degenerateSingleValue() {
        let (s, _) = train(.linear, extent([5, 5]))
        #expect(s.lower < 5 && s.upper > 5)
        #expect(s.ticks.count >= 2)
        let (z, _) = train(.linear, extent([0]))
        #expect(z.lower < 0 && z.upper > 0)
    }

    @Test func categoricalBands() {
        var e = AxisExtent(); ["b", "a", "c", "a"].forEach { e.add(.category($0)) }
        let (s, _) = train(nil, e)
        #expect(s.ticks == ["b", "a", "c"])
        #expect(s.lower == 0.4 && s.upper == 3.6)       // ggplot2: add 0.6
        e.hasTiles = true
        let (t, _) = train(.categorical(CategoricalScale(levels: ["c"])), e)
        #expect(t.ticks == ["c", "b", "a"])
        #expect(t.lower == 0.5 && t.upper == 3.5)       // tiles fill the panel
    }

    @Test func mixedValuesWarn() {
        var e = AxisExtent(); e.add("a"); e.add(1)
        let (_, w) = train(.categorical, e)
        #expect(w.count == 1)
    }
}
