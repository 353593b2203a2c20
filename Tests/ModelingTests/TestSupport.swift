import Foundation
@testable import Modeling

/// A small in-memory table for tests.
struct TestTable: ColumnSource {
    var numeric: [String: [Double?]] = [:]
    var text: [String: [String?]] = [:]
    var order: [String] = []

    init(numeric: [(String, [Double?])] = [], text: [(String, [String?])] = []) {
        for (k, v) in numeric { self.numeric[k] = v; order.append(k) }
        for (k, v) in text { self.text[k] = v; order.append(k) }
    }

    var columnNames: [String] { order }
    var rowCount: Int { numeric.values.first?.count ?? text.values.first?.count ?? 0 }
    func numericValues(_ name: String) -> [Double?]? { numeric[name] }
    func textValues(_ name: String) -> [String?]? { text[name] }
}

enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Tab-separated lines of a fixture file.
    static func lines(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The data frame written by scripts/reference/modeling_model_matrix.R
    /// (plain CSV without quotes; numeric columns are those that parse as numbers).
    static func modelMatrixData() throws -> TestTable {
        let text = try String(contentsOf: directory.appendingPathComponent("model_matrix_data.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        var numeric: [(String, [Double?])] = []
        var texts: [(String, [String?])] = []
        for (j, name) in header.enumerated() {
            let values = rows.dropFirst().map { $0[j] }
            if values.allSatisfy({ Double($0) != nil }) {
                numeric.append((name, values.map { Double($0) }))
            } else {
                texts.append((name, values.map { $0 }))
            }
        }
        return TestTable(numeric: numeric, text: texts)
    }
}

/// Runs `body` and returns the thrown error's description (or nil).
func errorText<E: Error & CustomStringConvertible, T>(_ type: E.Type, _ body: () throws(E) -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.description
    }
}
