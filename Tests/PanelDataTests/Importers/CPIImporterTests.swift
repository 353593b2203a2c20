import Foundation
import Testing
@testable import PanelData

@Suite struct CPIImporterTests {
    /// Header as in the TI file: newest year first, `CPI Score` capitalised for 2013/2012,
    /// no Rank column for 2012-2016.
    static var header: String {
        var h = ["Country / Territory", "ISO3", "Region"]
        for y in (2012...2025).reversed() {
            h.append(y <= 2013 ? "CPI Score \(y)" : "CPI score \(y)")
            if y >= 2017 { h.append("Rank \(y)") }
            h += ["Sources \(y)", "Standard error \(y)"]
        }
        return h.joined(separator: ",") + "\n"
    }

    static func row(_ name: String, _ iso: String, score: (Int) -> String?) -> String {
        var r = [name, iso, "ECA"]
        for y in (2012...2025).reversed() {
            let s = score(y)
            r.append(s ?? "")
            if y >= 2017 { r.append(s == nil ? "" : "10.0") }
            r += [s == nil ? "" : "8.0", s == nil ? "" : "1.5"]
        }
        return r.joined(separator: ",") + "\n"
    }

    @Test func handlesCapitalisedHeadersAndMissingRankColumns() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(CPIImporter.path, Self.header
                    + Self.row("Kazakhstan", "KAZ") { y in y == 2025 ? "39" : "\(y - 1990).0" }
                    + Self.row("Kosovo", "KSV") { y in y < 2014 ? nil : "33.0" })
        let imp = try CPIImporter.importSource(root: f.root)
        #expect(imp.number("KAZ", 2012, "cpi") == 22)  // from `CPI Score 2012`
        #expect(imp.number("KAZ", 2013, "cpi") == 23)
        #expect(imp.number("KAZ", 2025, "cpi") == 39)
        #expect(imp.number("KAZ", 2016, "cpi_se") == 1.5)
        #expect(imp.number("XKX", 2014, "cpi") == 33)
        #expect(!imp.has("XKX", 2013))  // not covered: no row
        #expect(imp.notes.contains { $0.contains("CPI Score 2012") })
    }

    @Test func duplicateCountryIsAnError() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(CPIImporter.path, Self.header + Self.row("Estonia", "EST") { _ in "70" } + Self.row("Estonia", "EST") { _ in "71" })
        #expect(throws: ImportError.self) { try CPIImporter.importSource(root: f.root) }
    }

    @Test func missingScoreColumnIsAnError() throws {
        let f = try RawFixture()
        defer { f.remove() }
        try f.write(CPIImporter.path, "Country / Territory,ISO3,CPI score 2025,Standard error 2025\nEstonia,EST,76,1\n")
        #expect(throws: ImportError.self) { try CPIImporter.importSource(root: f.root) }
    }
}
