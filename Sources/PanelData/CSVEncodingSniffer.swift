// A UTF-16 file (Excel's "Unicode text", Windows tools) read as UTF-8 gave "invalid UTF-8"
// or "NUL byte" (issue 18.7): it is recognised as UTF-16 and the message says so.

import Foundation

/// Recognises UTF-16 text before the UTF-8 check.
enum CSVEncodingSniffer {
    /// `true` for big-endian, `false` for little-endian UTF-16, nil when the bytes do not look
    /// like UTF-16: a byte-order mark FF FE (little-endian) or FE FF (big-endian), or, without
    /// one, NUL in at least 40% of the even (big-endian) or odd (little-endian) positions of the
    /// first 512 bytes (ASCII text in UTF-16 has a NUL beside every character).
    static func utf16ByteOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE { return false }
            if bytes[0] == 0xFE, bytes[1] == 0xFF { return true }
        }
        let n = Swift.min(bytes.count, 512)
        guard n >= 4 else { return nil }
        var even = 0, odd = 0
        for i in 0..<n where bytes[i] == 0 { if i % 2 == 0 { even += 1 } else { odd += 1 } }
        let half = Double(n / 2)
        if Double(odd) >= 0.4 * half, odd > even { return false }
        if Double(even) >= 0.4 * half, even > odd { return true }
        return nil
    }

    /// The separator a one-field header holds instead of `delimiter` (`;`, a tab or `|`), if any.
    static func otherSeparator(in header: String, delimiter: CSVDelimiter) -> String? {
        for (c, d) in [(";", CSVDelimiter.semicolon), ("\t", .tab), ("|", .pipe)] where d != delimiter && header.contains(c) {
            return c
        }
        return nil
    }
}
