import Testing
@testable import PanelData

@Suite struct CSVEncodingSnifferTests {
    static let text = "iso3,year,egdi\nKAZ,2020,0.8\n"
    static let littleEndian: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    static let bigEndian: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }

    @Test func utf16WithAndWithoutAByteOrderMarkIsNamed() {
        for (bytes, big) in [([0xFF, 0xFE] + Self.littleEndian, false), ([0xFE, 0xFF] + Self.bigEndian, true),
                             (Self.littleEndian, false), (Self.bigEndian, true)] {
            #expect(throws: CSVError(.utf16(bigEndian: big), source: "<input>")) { try CSVReader.read(bytes: bytes) }
        }
    }

    @Test func utf8AndASingleNulAreNotUTF16() {
        #expect(Array(Self.text.utf8).withUnsafeBufferPointer { CSVEncodingSniffer.utf16ByteOrder($0) } == nil)
        var one = Array(Self.text.utf8); one[20] = 0
        #expect(one.withUnsafeBufferPointer { CSVEncodingSniffer.utf16ByteOrder($0) } == nil)
        #expect(throws: CSVError.self) { try CSVReader.read(bytes: one) }
    }

    @Test func aQuotedEmptyCellIsMissing() throws {
        let t = try CSVReader.read(bytes: Array("iso3,egdi,note\nKAZ,\"\",x\nEST,0.9,\"\"\n".utf8))
        #expect(try t.numeric("egdi").optionalValues == [nil, 0.9])
        #expect(try t.column(named: "note").textValues == ["x", nil])
        // Quoted text that is not empty stays text.
        let u = try CSVReader.read(bytes: Array("a\n\" \"\n".utf8))
        #expect(try u.column(named: "a").textValues == [" "])
    }

    @Test func aSemicolonSeparatedFileIsNamedAsSuch() {
        #expect(throws: CSVError(.otherSeparator(";"), source: "<input>", line: 1)) { try CSVReader.read(bytes: Array("iso3;year;egdi\nKAZ;2020;0,8\n".utf8)) }
        #expect(throws: CSVError(.otherSeparator("\t"), source: "<input>", line: 1)) { try CSVReader.read(bytes: Array("iso3\tyear\nKAZ\t2020\n".utf8)) }
        // Read with the right delimiter, it is fine.
        var o = CSVReadOptions(); o.delimiter = .semicolon
        #expect((try? CSVReader.read(bytes: Array("iso3;year\nKAZ;2020\n".utf8), options: o))?.columns.count == 2)
    }
}
