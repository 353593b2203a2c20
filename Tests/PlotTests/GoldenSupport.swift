// Golden-file support for scene dumps.
//
// Goldens live in Tests/PlotTests/Golden/<name>.txt. To (re)generate them after
// an intended change, run
//     PLOT_UPDATE_GOLDEN=1 swift test --filter PlotTests
// review the diff with `git diff Tests/PlotTests/Golden`, and commit.
import Foundation
import Testing
@testable import Plot

enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Compares `scene.dump()` with the golden file `name`; writes it when
    /// PLOT_UPDATE_GOLDEN=1 or when it does not exist yet (the test then fails
    /// so a missing golden is never a silent pass).
    static func check(_ scene: Scene, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = scene.dump()
        let url = directory.appendingPathComponent(name + ".txt")
        let update = ProcessInfo.processInfo.environment["PLOT_UPDATE_GOLDEN"] == "1"
        guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            if !update { Issue.record("golden \(name).txt did not exist; written, review and rerun", sourceLocation: sourceLocation) }
            return
        }
        #expect(text == expected, "scene dump differs from Golden/\(name).txt (PLOT_UPDATE_GOLDEN=1 to regenerate)", sourceLocation: sourceLocation)
    }

    static func fixture(_ name: String) -> [[String]] {
        guard let s = try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8) else { return [] }
        return s.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}

/// All primitives of a scene, flattened, with the roles of enclosing groups.
func flatten(_ items: [Primitive], roles: [String] = []) -> [(roles: [String], primitive: Primitive)] {
    items.flatMap { p -> [(roles: [String], primitive: Primitive)] in
        if case .group(let role, _, let children) = p { return flatten(children, roles: roles + [role]) }
        return [(roles, p)]
    }
}

/// The box of a text item as laid out (rotation 0 or 90 only).
func frame(of t: TextItem, measurer: some TextMeasuring) -> Rect {
    let e = measurer.measure(t.text, style: t.style)
    let r = textFrame(e, at: t.position, horizontal: t.horizontal, vertical: t.vertical)
    guard t.rotation == 90 else { return r }
    // Rotated 90° counter-clockwise about the anchor (y down): (dx, dy) -> (dy, -dx).
    let dx0 = r.minX - t.position.x, dx1 = r.maxX - t.position.x
    let dy0 = r.minY - t.position.y, dy1 = r.maxY - t.position.y
    return Rect(x: t.position.x + dy0, y: t.position.y - dx1, width: dy1 - dy0, height: dx1 - dx0)
}
