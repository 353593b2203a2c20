import Foundation
import Paradox

/// The embedded panel, loaded once for every test.
enum Shared {
    static let panel: ParadoxPanel? = try? ParadoxPanel.embedded()
}

/// Tests/ParadoxTests/Fixtures/paradox_metrics.json, written by
/// scripts/reference/paradox_metrics.py (pandas + statsmodels on Datasets/panel.csv; the exact
/// calls are in the script and in the fixture's "calls").
enum ReferenceFixture {
    static func records() -> [String: [[String: Any]]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/paradox_metrics.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var out: [String: [[String: Any]]] = [:]
        for (k, v) in object { if let list = v as? [[String: Any]] { out[k] = list } }
        return out
    }

    /// One section of the fixture (read afresh: [String: Any] cannot be a shared static).
    static func list(_ section: String) -> [[String: Any]] { records()[section] ?? [] }
}

/// |a − b| ≤ tol · max(1, |b|).
func close(_ a: Double?, _ b: Double?, _ tol: Double = 1e-10) -> Bool {
    guard let a, let b else { return false }
    return abs(a - b) <= tol * max(1, abs(b))
}
