import Foundation
import Testing
@testable import PanelData

/// Zip reading against an archive written by Python's zipfile (scripts/reference/spreadsheet_fixture.py).
@Suite struct ZipArchiveTests {
    static func archive() throws -> ZipArchive {
        try ZipArchive(bytes: [UInt8](try #require(Data(base64Encoded: SpreadsheetFixtures.zip))), source: "fixture.zip")
    }

    @Test func readsStoredAndDeflatedEntries() throws {
        let z = try Self.archive()
        #expect(z.entries.map(\.name) == ["stored.txt", "dir/deflated.txt"])
        #expect(String(decoding: try z.data("stored.txt"), as: UTF8.self) == "stored entry\n")
        #expect(SHA256.hex(Data(try z.data("dir/deflated.txt"))) == SpreadsheetFixtures.zipDeflatedSHA256)
    }

    @Test func errorsNameTheFileAndTheProblem() throws {
        let z = try Self.archive()
        #expect(throws: ZipError.missingEntry("fixture.zip", "nope.txt")) { try z.data("nope.txt") }
        #expect(throws: ZipError.notAZip("junk")) { try ZipArchive(bytes: Array("not a zip at all, just text".utf8), source: "junk") }
        // A flipped byte inside the deflated data: a CRC or inflate error, never a crash.
        var bytes = [UInt8](try #require(Data(base64Encoded: SpreadsheetFixtures.zip)))
        bytes[80] ^= 0xFF
        if let damaged = try? ZipArchive(bytes: bytes, source: "damaged.zip") {
            for e in damaged.entries { _ = try? damaged.data(e.name) }
        }
        // Every truncation is refused cleanly.
        let full = [UInt8](try #require(Data(base64Encoded: SpreadsheetFixtures.zip)))
        for k in stride(from: 0, to: full.count, by: 13) { _ = try? ZipArchive(bytes: Array(full.prefix(k)), source: "t") }
    }
}
