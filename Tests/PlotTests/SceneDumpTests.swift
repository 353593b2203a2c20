import Testing
@testable import Plot

struct SceneDumpTests {
    @Test func format() {
        let scene = Scene(size: Size(width: 240.94488188976378, height: 100), items: [
            .group(role: "panel", clip: Rect(x: 1, y: 2, width: 3, height: 4), children: [
                .path(.polyline([Point(x: 0.00049, y: 1.23456), Point(x: -0.0004, y: 2)], closed: true),
                      fill: Color(hex: 0xE69F00, alpha: 0.5), stroke: Stroke(color: .black, width: 0.5, dash: [3, 2])),
                .text(TextItem(RichText([TextRun("r", italic: true), TextRun(" = 0.62")]), style: TextStyle(size: 7),
                               at: Point(x: 1, y: 2), rotation: 90)),
            ]),
        ], title: "t", warnings: ["w"])
        #expect(scene.dump() == """
        scene 240.945x100 background=#FFFFFF title="t"
        warning w
        group panel clip=1,2,3,4
          path fill=#E69F0080 stroke=#000000/0.5/3-2 M 0,1.235 L 0,2 Z
          text "*r* = 0.62" DejaVu Sans 7 regular normal #000000 at 1,2 align left/baseline rot 90

        """)
    }
}
