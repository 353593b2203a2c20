import Testing
import Plot
@testable import PlotCairo

@Suite struct SceneValidationTests {
    let size = Size(width: 100, height: 100)

    @Test func nonFiniteCoordinateNamesTheItem() {
        let scene = Scene(size: size, items: [
            .group(role: "panel", clip: nil, children: [
                .path(.polyline([Point(x: 0, y: 0), Point(x: .nan, y: 1)]), fill: nil, stroke: Stroke(color: .black)),
            ]),
        ])
        #expect(throws: RenderError.invalidValue(location: "items[0] group \"panel\" children[0] path element 1",
                                                 detail: "point (nan, 1.0) is not finite")) {
            try SceneValidation.validate(scene)
        }
    }

    @Test func dashOfZerosAndNegativeWidthAreRejected() {
        let line = Path.polyline([Point(x: 0, y: 0), Point(x: 10, y: 10)])
        #expect(throws: RenderError.self) {
            try SceneValidation.validate(Scene(size: size, items: [.path(line, fill: nil, stroke: Stroke(color: .black, dash: [0, 0]))]))
        }
        #expect(throws: RenderError.self) {
            try SceneValidation.validate(Scene(size: size, items: [.path(line, fill: nil, stroke: Stroke(color: .black, width: -1))]))
        }
        #expect(throws: RenderError.self) {
            try SceneValidation.validate(Scene(size: size, items: [.text(TextItem("x", style: TextStyle(size: 0), at: Point(x: 1, y: 1)))]))
        }
    }

    @Test func theTestSceneIsValid() throws {
        try SceneValidation.validate(TestScene.scene)
    }
}
