import Foundation

/// Loads a JSON fixture written by a generator under scripts/reference/.
enum Fixtures {
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        // Read by path (the folder is excluded from the target): fixtures are
        // test inputs, not resources to ship.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("\(name).json")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// Parses numbers that the generators wrote as strings ("%.17g" or repr), exactly.
    static func doubles(_ s: [String]) -> [Double] { s.map { Double($0) ?? .nan } }
    static func double(_ s: String) -> Double { Double(s) ?? .nan }
}

/// Log relative error (NIST StRD): −log₁₀(|x − c|/|c|), or −log₁₀|x − c| when c = 0; 15 when equal.
func logRelativeError(_ x: Double, certified c: Double) -> Double {
    if x == c { return 15 }
    let err = abs(x - c)
    let rel = c == 0 ? err : err / abs(c)
    return min(15, -log10(rel))
}

func relativeDifference(_ a: Double, _ b: Double) -> Double {
    if a == b { return 0 }
    return abs(a - b) / max(abs(a), abs(b))
}
