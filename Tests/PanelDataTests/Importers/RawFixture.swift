// A throwaway raw-data folder that a test fills with small files (never ../shared).

import Foundation
@testable import PanelData

struct RawFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("egov-raw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes `text` (UTF-8, as given: CRLF and BOM are the caller's) at `path` under the root.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

extension SourceImport {
    func number(_ iso3: String, _ year: Int, _ v: String) -> Double? {
        if case .number(let x)? = values[CountryYear(iso3: iso3, year: year)]?[v] { return x }
        return nil
    }
    func text(_ iso3: String, _ year: Int, _ v: String) -> String? {
        if case .text(let x)? = values[CountryYear(iso3: iso3, year: year)]?[v] { return x }
        return nil
    }
    func has(_ iso3: String, _ year: Int) -> Bool { values[CountryYear(iso3: iso3, year: year)] != nil }
}
