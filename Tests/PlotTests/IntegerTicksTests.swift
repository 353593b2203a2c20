import Testing
@testable import Plot

@Suite struct IntegerTicksTests {
    @Test func halfYearsBecomeWholeYears() {
        // Extended Wilkinson on 2012–2024 may choose a step of 2.5: 2012.5, 2015, 2017.5, …
        let t = IntegerTicks.adjusted([2012.5, 2015, 2017.5, 2020, 2022.5], from: 2012, to: 2024)
        #expect(t == [2012, 2014, 2016, 2018, 2020, 2022, 2024])
        #expect(t.allSatisfy { $0.rounded() == $0 })
    }

    @Test func theStepIsAWholeNiceNumber() {
        #expect(IntegerTicks.niceWholeStep(near: 0.5) == 1)
        #expect(IntegerTicks.niceWholeStep(near: 2.5) == 2)
        #expect(IntegerTicks.niceWholeStep(near: 4) == 5)
        #expect(IntegerTicks.niceWholeStep(near: 12.5) == 10)
    }

    @Test func wholeTicksAreKeptAsTheyAre() {
        #expect(IntegerTicks.adjusted([2010, 2015, 2020], from: 2008, to: 2024) == [2010, 2015, 2020])
    }

    @Test func aShortSpanGetsAStepOfOne() {
        #expect(IntegerTicks.adjusted([2020, 2020.5, 2021, 2021.5, 2022], from: 2020, to: 2022) == [2020, 2021, 2022])
    }

    @Test func aTrainedYearAxisHasOnlyWholeLabels() {
        var c = ContinuousScale()
        c.integerTicks = true
        let chart = Chart(x: Axis("year", scale: .continuous(c)),
                          layers: [.points(PointsMark(x: [2012, 2013, 2014, 2015, 2016, 2017, 2018], y: [1, 2, 3, 4, 5, 6, 7]))])
        let s = chart.build(measurer: ApproximateTextMeasurer())
        let labels = flatten(s.items).compactMap { e -> String? in
            guard e.roles.contains("x-axis"), case .text(let t) = e.primitive else { return nil }
            return t.text.plainText
        }
        #expect(!labels.isEmpty)
        #expect(labels.allSatisfy { !$0.contains(".") }, "\(labels)")
    }
}
