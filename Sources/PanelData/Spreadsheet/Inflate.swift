// DEFLATE decompression (RFC 1951), for the zip containers of the raw .xlsx workbooks.
//
// Canonical Huffman decoding by code length counts, the method of Mark Adler's reference
// decoder "puff" (zlib contrib/puff): codes of each length are consecutive integers, so a
// code is decoded bit by bit by comparing against the first code of each length. Slower than
// table-driven zlib, but short, exact, and fast enough for the few megabytes the importers read.

/// Why a DEFLATE stream could not be decoded.
public enum InflateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stream ended before its last block did.
    case truncated
    /// Block type 3 (reserved) or a stored block whose length check failed.
    case invalidBlock(String)
    /// A Huffman code or length/distance symbol outside the format.
    case invalidCode(String)
    /// The output would exceed `limit` bytes (a guard against zip bombs).
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .truncated: return "compressed data ends early (truncated file?)"
        case .invalidBlock(let m): return "invalid compressed block: \(m)"
        case .invalidCode(let m): return "invalid compressed data: \(m)"
        case .tooLarge(let limit): return "decompressed data exceeds \(limit) bytes"
        }
    }
}

/// Decodes a raw DEFLATE stream (no zlib or gzip header).
public enum Inflate {
    /// The decompressed bytes of `data`.
    /// - Parameters:
    ///   - data: a raw DEFLATE stream (RFC 1951), as stored in a zip entry with method 8.
    ///   - expectedSize: the size the container announces, used to reserve memory (a hint only).
    ///   - limit: the largest output accepted; decoding stops with ``InflateError/tooLarge(limit:)`` beyond it.
    public static func decompress(_ data: [UInt8], expectedSize: Int = 0, limit: Int = 1 << 30) throws(InflateError) -> [UInt8] {
        var state = State(input: data, limit: limit)
        state.output.reserveCapacity(Swift.min(Swift.max(expectedSize, 0), limit))
        var last = false
        while !last {
            last = try state.bits(1) == 1
            switch try state.bits(2) {
            case 0: try state.stored()
            case 1: try state.codes(Huffman.fixedLength, Huffman.fixedDistance)
            case 2:
                let (lengths, distances) = try state.dynamicTables()
                try state.codes(lengths, distances)
            default: throw .invalidBlock("block type 3 is reserved")
            }
        }
        return state.output
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        /// Builds the code from the code length of each symbol (0 = unused). Incomplete codes
        /// are allowed (RFC 1951 permits a single distance code); over-subscribed ones are not.
        init(lengths: [Int]) throws(InflateError) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for l in lengths { counts[l] += 1 }
            var left = 1
            for len in 1..<16 {
                left <<= 1
                left -= counts[len]
                if left < 0 { throw .invalidCode("over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
            for (symbol, l) in lengths.enumerated() where l != 0 {
                symbols[offsets[l]] = symbol
                offsets[l] += 1
            }
        }

        static let fixedLength: Huffman = {
            var l = [Int](repeating: 8, count: 288)
            for i in 144..<256 { l[i] = 9 }
            for i in 256..<280 { l[i] = 7 }
            // The fixed code is complete by construction (RFC 1951 §3.2.6), so this cannot fail.
            return (try? Huffman(lengths: l)) ?? Huffman(empty: ())
        }()
        static let fixedDistance: Huffman = (try? Huffman(lengths: [Int](repeating: 5, count: 30))) ?? Huffman(empty: ())

        private init(empty: Void) { symbols = [] }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// Order in which code-length code lengths are sent (RFC 1951 §3.2.7).
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    struct State {
        let input: [UInt8]
        let limit: Int
        var position = 0
        var bitBuffer = 0
        var bitCount = 0
        var output: [UInt8] = []

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
        }

        /// The next `n` bits (n ≤ 16), least significant first.
        mutating func bits(_ n: Int) throws(InflateError) -> Int {
            while bitCount < n {
                guard position < input.count else { throw .truncated }
                bitBuffer |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
            let value = bitBuffer & ((1 << n) - 1)
            bitBuffer >>= n
            bitCount -= n
            return value
        }

        /// A stored block: byte-aligned LEN, NLEN, then LEN literal bytes.
        mutating func stored() throws(InflateError) {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw .truncated }
            let len = Int(input[position]) | Int(input[position + 1]) << 8
            let nlen = Int(input[position + 2]) | Int(input[position + 3]) << 8
            position += 4
            guard len == (~nlen & 0xFFFF) else { throw .invalidBlock("stored block length does not match its complement") }
            guard position + len <= input.count else { throw .truncated }
            guard output.count + len <= limit else { throw .tooLarge(limit: limit) }
            output.append(contentsOf: input[position..<(position + len)])
            position += len
        }

        /// One symbol of `code`, read bit by bit (codes are sent most significant bit first).
        mutating func decode(_ code: Huffman) throws(InflateError) -> Int {
            var value = 0, first = 0, index = 0
            for len in 1..<16 {
                value |= try bits(1)
                let count = code.counts[len]
                if value - count < first { return code.symbols[index + (value - first)] }
                index += count
                first += count
                first <<= 1
                value <<= 1
            }
            throw .invalidCode("no Huffman code matches the input")
        }

        /// The literal/length and distance codes of a dynamic block (RFC 1951 §3.2.7).
        mutating func dynamicTables() throws(InflateError) -> (Huffman, Huffman) {
            let nlen = try bits(5) + 257
            let ndist = try bits(5) + 1
            let ncode = try bits(4) + 4
            guard nlen <= 286, ndist <= 30 else { throw .invalidBlock("too many length or distance codes") }
            var codeLengths = [Int](repeating: 0, count: 19)
            for i in 0..<ncode { codeLengths[codeLengthOrder[i]] = try bits(3) }
            let lencode = try Huffman(lengths: codeLengths)
            var lengths = [Int]()
            lengths.reserveCapacity(nlen + ndist)
            while lengths.count < nlen + ndist {
                let symbol = try decode(lencode)
                if symbol < 16 {
                    lengths.append(symbol)
                    continue
                }
                var repeated = 0
                var count: Int
                switch symbol {
                case 16:
                    guard let previous = lengths.last else { throw .invalidBlock("repeat with no previous length") }
                    repeated = previous
                    count = 3 + (try bits(2))
                case 17: count = 3 + (try bits(3))
                default: count = 11 + (try bits(7))
                }
                guard lengths.count + count <= nlen + ndist else { throw .invalidBlock("code lengths overrun") }
                lengths.append(contentsOf: repeatElement(repeated, count: count))
            }
            guard lengths[256] != 0 else { throw .invalidBlock("no end-of-block code") }
            return (try Huffman(lengths: Array(lengths[0..<nlen])), try Huffman(lengths: Array(lengths[nlen...])))
        }

        /// Literals and length/distance pairs until end of block.
        mutating func codes(_ lengthCode: Huffman, _ distanceCode: Huffman) throws(InflateError) {
            while true {
                let symbol = try decode(lengthCode)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge(limit: limit) }
                    output.append(UInt8(truncatingIfNeeded: symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let s = symbol - 257
                    guard s < 29 else { throw .invalidCode("length symbol \(symbol)") }
                    let length = lengthBase[s] + (try bits(lengthExtra[s]))
                    let d = try decode(distanceCode)
                    guard d < 30 else { throw .invalidCode("distance symbol \(d)") }
                    let distance = distanceBase[d] + (try bits(distanceExtra[d]))
                    guard distance <= output.count else { throw .invalidCode("distance \(distance) reaches before the start") }
                    guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
                    let start = output.count - distance
                    for k in 0..<length { output.append(output[start + k]) }
                }
            }
        }
    }
}
