import Testing
@testable import Plot

@Suite struct LabelPlacementLimitTests {
    @Test func layersAboveTheCapAreRefusedWithOneWarning() {
        #expect(LabelPlacementLimit.refusal(labelCount: 193) == nil)
        #expect(LabelPlacementLimit.refusal(labelCount: LabelPlacementLimit.maximumLabels) == nil)
        let w = LabelPlacementLimit.refusal(labelCount: 1_000_000)
        #expect(w?.hasPrefix("1000000 labels asked for, more than the 5000") == true)
    }
}
