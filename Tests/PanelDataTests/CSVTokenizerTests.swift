import Testing
@testable import PanelData

@Suite struct CSVTokenizerTests {
    /// Tokenizes `text` into records of field texts, with the line each record starts on.
    private func records(_ text: String, delimiter: UInt8 = 0x2C) throws -> [(line: Int, fields: [String])] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buf in
            var tok = CSVTokenizer(bytes: buf, delimiter: delimiter, source: "t", position: 0, line: 1)
            var fields: [FieldSpan] = []
            var out: [(Int, [String])] = []
            while true {
                let line = tok.line
                guard try tok.next(into: &fields) else { break }
                out.append((line, fields.map { tok.text(of: $0) }))
            }
            return out
        }
    }

    @Test func splitsRecordsAndCountsPhysicalLines() throws {
        let r = try records("a,\"b\nc\",d\r\ne,\"\"\"\"\rlast")
        #expect(r.map(\.fields) == [["a", "b\nc", "d"], ["e", "\""], ["last"]])
        #expect(r.map(\.line) == [1, 3, 4])
        #expect(try records("a,b,").map(\.fields) == [["a", "b", ""]])   // trailing delimiter: empty last field
        #expect(try records("\"x\"  ,y\n").map(\.fields) == [["x", "y"]]) // spaces after a closing quote
        #expect(try records("").isEmpty)
    }

    @Test func skipLines() {
        let bytes = Array("1\r\n2\r3\n4".utf8)
        bytes.withUnsafeBufferPointer { buf in
            var tok = CSVTokenizer(bytes: buf, delimiter: 0x2C, source: "t", position: 0, line: 1)
            #expect(tok.skipLines(3) == 3)
            #expect(tok.line == 4 && buf[tok.position] == 0x34)
            #expect(tok.skipLines(5) == 0)  // the last line has no line end
        }
    }

    @Test func utf8Validation() {
        func check(_ b: [UInt8]) -> Int? { b.withUnsafeBufferPointer { validateUTF8($0)?.offset } }
        #expect(check(Array("plain, é, €, 𝄞".utf8)) == nil)
        #expect(check([0x41, 0x80]) == 1)              // lone continuation byte
        #expect(check([0x41, 0xC1, 0x81]) == 1)        // overlong two-byte form
        #expect(check([0xE0, 0x80, 0x80]) == 0)        // overlong three-byte form
        #expect(check([0xF0, 0x8F, 0xBF, 0xBF]) == 0)  // overlong four-byte form
        #expect(check([0xC3]) == 0)                    // truncated at the end
        #expect(check([0x41, 0x00]) == 1)              // NUL
    }

    @Test func lineNumbers() {
        let b = Array("a\r\nb\rc\nd".utf8)
        b.withUnsafeBufferPointer { buf in
            #expect(lineNumber(of: 0, in: buf) == 1)
            #expect(lineNumber(of: 3, in: buf) == 2)
            #expect(lineNumber(of: 5, in: buf) == 3)
            #expect(lineNumber(of: 7, in: buf) == 4)
        }
    }
}
