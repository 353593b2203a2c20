// RFC 4180 tokenizer over bytes (internal to the CSV reader).

/// One field of a record: byte range of its content (inside the quotes when quoted).
struct FieldSpan {
    var start: Int
    var end: Int
    /// Physical line (1-based) where the field starts.
    var line: Int
    var quoted: Bool
    /// The content contains doubled quotes (`""`) that stand for one quote.
    var hasEscapedQuotes: Bool
}

let quoteByte: UInt8 = 0x22
let lfByte: UInt8 = 0x0A
let crByte: UInt8 = 0x0D

/// Splits RFC 4180 text into records of fields. Line ends are CRLF, LF, or a lone CR;
/// each counts as one physical line for messages. The buffer must be valid UTF-8 without
/// NUL bytes (checked beforehand by `validateUTF8`).
struct CSVTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let source: String
    var position: Int
    var line: Int

    /// Skips up to `count` physical lines; returns how many were skipped.
    mutating func skipLines(_ count: Int) -> Int {
        var skipped = 0
        while skipped < count, position < bytes.count {
            let c = bytes[position]
            position += 1
            if c == lfByte {
                skipped += 1; line += 1
            } else if c == crByte {
                if position < bytes.count, bytes[position] == lfByte { position += 1 }
                skipped += 1; line += 1
            }
        }
        return skipped
    }

    /// Reads the next record into `fields` (cleared first); false at the end of the input.
    mutating func next(into fields: inout [FieldSpan]) throws(CSVError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        let n = bytes.count
        if position >= n { return false }
        while true {
            let fieldLine = line
            if position < n, bytes[position] == quoteByte {
                position += 1
                let start = position
                var escaped = false
                var end = -1
                while position < n {
                    let c = bytes[position]
                    if c == quoteByte {
                        if position + 1 < n, bytes[position + 1] == quoteByte {
                            escaped = true
                            position += 2
                            continue
                        }
                        end = position
                        position += 1
                        break
                    }
                    if c == lfByte {
                        line += 1
                    } else if c == crByte, !(position + 1 < n && bytes[position + 1] == lfByte) {
                        line += 1
                    }
                    position += 1
                }
                if end < 0 {
                    throw CSVError(.unterminatedQuote, source: source, line: fieldLine, column: fields.count + 1)
                }
                fields.append(FieldSpan(start: start, end: end, line: fieldLine, quoted: true, hasEscapedQuotes: escaped))
                // Spaces between the closing quote and the delimiter are tolerated (Excel writes them rarely,
                // hand-edited files often); anything else is an error.
                while position < n, bytes[position] == 0x20 || (bytes[position] == 0x09 && delimiter != 0x09) {
                    position += 1
                }
                if position >= n { return true }
                let c = bytes[position]
                if c == delimiter { position += 1; continue }
                if endOfRecord(c) { return true }
                throw CSVError(.textAfterClosingQuote, source: source, line: line, column: fields.count)
            } else {
                let start = position
                while position < n {
                    let c = bytes[position]
                    if c == delimiter || c == lfByte || c == crByte { break }
                    if c == quoteByte {
                        throw CSVError(.strayQuote, source: source, line: line, column: fields.count + 1)
                    }
                    position += 1
                }
                fields.append(FieldSpan(start: start, end: position, line: fieldLine, quoted: false, hasEscapedQuotes: false))
                if position >= n { return true }
                let c = bytes[position]
                if c == delimiter { position += 1; continue }
                _ = endOfRecord(c)
                return true
            }
        }
    }

    /// Consumes a line end at `position` if there is one.
    private mutating func endOfRecord(_ c: UInt8) -> Bool {
        if c == lfByte {
            position += 1; line += 1
            return true
        }
        if c == crByte {
            position += 1
            if position < bytes.count, bytes[position] == lfByte { position += 1 }
            line += 1
            return true
        }
        return false
    }

    /// The field's text: quotes removed, doubled quotes collapsed, nothing trimmed.
    func text(of f: FieldSpan) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[f.start..<f.end])
        if !f.hasEscapedQuotes { return String(decoding: slice, as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            out.append(slice[i])
            i += slice[i] == quoteByte ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Checks that `bytes` is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing
/// above U+10FFFF) without NUL bytes. Returns the error's kind and byte offset, or nil.
/// Eight ASCII bytes without NUL are checked at once; `pages` (a mapped file) gets back the
/// pages already checked.
func validateUTF8(_ bytes: UnsafeBufferPointer<UInt8>, pages: MappedFile? = nil) -> (kind: CSVError.Kind, offset: Int)? {
    let n = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    var i = 0
    let step = pages?.granularity ?? Int.max
    var checkpoint = step
    while i < n {
        if i >= checkpoint {
            pages?.release(upTo: i)
            let (next, overflow) = i.addingReportingOverflow(step)
            checkpoint = overflow ? Int.max : next
        }
        if i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // No byte ≥ 0x80 and no zero byte (the exact "has a zero byte" test).
            let high: UInt64 = 0x8080_8080_8080_8080
            if (w & high) | ((w &- 0x0101_0101_0101_0101) & ~w & high) == 0 {
                i += 8
                continue
            }
        }
        let c = bytes[i]
        if c < 0x80 {
            if c == 0 { return (.nulByte(byteOffset: i), i) }
            i += 1
            continue
        }
        var need = 0
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return (.invalidUTF8(byteOffset: i), i)
        }
        if i + need >= n { return (.invalidUTF8(byteOffset: i), i) }  // truncated sequence
        let b1 = bytes[i + 1]
        if b1 < lo || b1 > hi { return (.invalidUTF8(byteOffset: i), i) }
        var k = 2
        while k <= need {
            let b = bytes[i + k]
            if b < 0x80 || b > 0xBF { return (.invalidUTF8(byteOffset: i), i) }
            k += 1
        }
        i += need + 1
    }
    return nil
}

/// 1-based physical line of byte `offset` (CRLF, LF and lone CR each end a line).
func lineNumber(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var i = 0
    while i < offset {
        let c = bytes[i]
        if c == lfByte {
            line += 1
        } else if c == crByte, !(i + 1 < bytes.count && bytes[i + 1] == lfByte) {
            line += 1
        }
        i += 1
    }
    return line
}
