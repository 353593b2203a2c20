import Foundation
import Testing
@testable import PanelData

/// Inflate against Python's zlib (scripts/reference/spreadsheet_fixture.py): stored, fixed and
/// dynamic Huffman blocks, RLE and Huffman-only strategies, empty and >64 KiB inputs.
@Suite struct InflateTests {
    @Test(arguments: SpreadsheetFixtures.streams.map(\.name))
    func decompressesWhatZlibCompressed(_ name: String) throws {
        let s = try #require(SpreadsheetFixtures.streams.first { $0.name == name })
        let input = try #require(Data(base64Encoded: s.deflated))
        let out = try Inflate.decompress([UInt8](input))
        #expect(out.count == s.count)
        #expect(CRC32.checksum(out) == s.crc32)
        #expect(SHA256.hex(Data(out)) == s.sha256)
    }

    @Test func truncatedAndInvalidStreamsAreErrorsNotCrashes() throws {
        let s = try #require(SpreadsheetFixtures.streams.first { $0.name == "text-best" })
        let input = [UInt8](try #require(Data(base64Encoded: s.deflated)))
        #expect(throws: InflateError.truncated) { try Inflate.decompress(Array(input.prefix(input.count / 2))) }
        // Block type 3 is reserved.
        #expect(throws: InflateError.invalidBlock("block type 3 is reserved")) { try Inflate.decompress([0b0000_0111]) }
        // A stored block whose length and complement disagree.
        #expect(throws: InflateError.self) { try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00]) }
        // Every prefix of a valid stream fails cleanly or decodes (no trap).
        for k in stride(from: 0, to: input.count, by: 7) { _ = try? Inflate.decompress(Array(input.prefix(k))) }
    }

    @Test func outputLimitGuardsAgainstBombs() throws {
        let s = try #require(SpreadsheetFixtures.streams.first { $0.name == "long_repeats-best" })
        let input = [UInt8](try #require(Data(base64Encoded: s.deflated)))
        #expect(throws: InflateError.tooLarge(limit: 1000)) { try Inflate.decompress(input, limit: 1000) }
    }

    @Test func crc32KnownValue() {
        // The check value of CRC-32/ISO-HDLC.
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}
