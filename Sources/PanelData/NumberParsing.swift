// Decimal text -> Double, strictly: what a researcher means by "a number".

/// The outcome of reading one cell as a number.
public enum ParsedNumber: Sendable, Equatable {
    /// A finite number, correctly rounded to the nearest Double.
    case finite(Double)
    /// Not a number at all (letters, a decimal comma, a hex float, ...): text.
    case notANumber
    /// `NaN`, `Inf`, `Infinity` (any case, any sign): never accepted as data.
    case nonFinite
    /// Syntactically a decimal number whose magnitude exceeds `Double.greatestFiniteMagnitude`
    /// (for example `1e400`).
    case overflow
}

/// Reads `text` as a decimal number.
///
/// Grammar (after trimming ASCII spaces and tabs at both ends):
/// `sign? (digits ('.' digits?)? | '.' digits) (('e'|'E') sign? digits)?`, where `sign` is
/// `+`, `-` or U+2212 MINUS SIGN (the typographic minus written by word processors and by
/// our own charts). The decimal separator is always a dot; there are no digit-group
/// separators, no hexadecimal floats, no `inf`/`nan` (those give `.nonFinite`).
///
/// Rounding is exact (round-half-to-even to the nearest Double): mantissas that fit in
/// 53 bits with a power of ten of at most 22 are computed with one correctly rounded IEEE
/// operation (Clinger's fast path, W. D. Clinger 1990, "How to read floating point numbers
/// accurately", PLDI '90); almost all others (17-digit `%.17g` output, 19+ digit mantissas,
/// exponents up to ±308) by the Eisel–Lemire algorithm (`eiselLemire(mantissa:exponent:)`,
/// integer arithmetic, no allocation); what it cannot decide (exact half-way products,
/// subnormal results, overflow, exponents beyond ±348) goes to Swift's `Double(String)`,
/// which is correctly rounded (it uses `strtod`), on text already validated against the
/// grammar. Tested bit for bit against `strtod`.
/// Underflow rounds to zero or a subnormal, as in R and `strtod`.
public func parseDecimal(_ text: some StringProtocol) -> ParsedNumber {
    var utf8 = Array(text.utf8)
    return utf8.withUnsafeMutableBufferPointer { parseDecimal(bytes: UnsafeBufferPointer($0)) }
}

/// Powers of ten that are exact in a Double (10^0 ... 10^22).
private let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

@inline(__always) private func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

/// Byte-level version of `parseDecimal(_:)` used by the CSV reader (no allocation on the
/// fast path). `bytes` must be valid UTF-8.
func parseDecimal(bytes: UnsafeBufferPointer<UInt8>) -> ParsedNumber {
    var lo = 0
    var hi = bytes.count
    while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
    while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
    if lo == hi { return .notANumber }

    var i = lo
    var negative = false
    if bytes[i] == 0x2B {  // +
        i += 1
    } else if bytes[i] == 0x2D {  // -
        negative = true
        i += 1
    } else if bytes[i] == 0xE2, i + 2 < hi, bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 {  // U+2212
        negative = true
        i += 3
    }
    let bodyStart = i

    // Mantissa digits. `mantissa` holds up to 19 significant digits exactly.
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var droppedNonZero = false  // a significant digit beyond the 19th was not zero
    var decimalExponent = 0
    var sawDigit = false
    while i < hi, isDigit(bytes[i]) {
        sawDigit = true
        let d = UInt64(bytes[i] &- 0x30)
        if significantDigits < 19 {
            if mantissa != 0 || d != 0 {
                mantissa = mantissa &* 10 &+ d
                significantDigits += 1
            }
        } else {
            decimalExponent += 1
            if d != 0 { droppedNonZero = true }
        }
        i += 1
    }
    if i < hi, bytes[i] == 0x2E {  // .
        i += 1
        while i < hi, isDigit(bytes[i]) {
            sawDigit = true
            let d = UInt64(bytes[i] &- 0x30)
            if significantDigits < 19 {
                if mantissa != 0 || d != 0 {
                    mantissa = mantissa &* 10 &+ d
                    significantDigits += 1
                }
                decimalExponent -= 1
            } else if d != 0 {
                droppedNonZero = true
            }
            i += 1
        }
    }
    if !sawDigit {
        return isNonFiniteWord(bytes, from: bodyStart, to: hi) ? .nonFinite : .notANumber
    }
    if i < hi, bytes[i] == 0x65 || bytes[i] == 0x45 {  // e E
        i += 1
        var expNegative = false
        if i < hi, bytes[i] == 0x2B || bytes[i] == 0x2D {
            expNegative = bytes[i] == 0x2D
            i += 1
        }
        if i >= hi || !isDigit(bytes[i]) { return .notANumber }
        var e = 0
        while i < hi, isDigit(bytes[i]) {
            if e < 100_000 { e = e * 10 + Int(bytes[i] &- 0x30) }  // saturate: beyond is over/underflow anyway
            i += 1
        }
        decimalExponent += expNegative ? -e : e
    }
    if i != hi { return .notANumber }

    // Clinger's fast path: exact mantissa, exact power of ten, one rounding.
    if !droppedNonZero, mantissa <= (1 << 53), decimalExponent >= -22, decimalExponent <= 22 {
        let m = Double(mantissa)
        let v = decimalExponent >= 0 ? m * exactPowersOfTen[decimalExponent]
                                     : m / exactPowersOfTen[-decimalExponent]
        return .finite(negative ? -v : v)
    }
    if mantissa == 0 && !droppedNonZero { return .finite(negative ? -0.0 : 0.0) }

    // Eisel–Lemire: w·10^q correctly rounded in integer arithmetic, or nil (rare) when it
    // cannot decide. With more than 19 significant digits the value lies strictly between
    // w·10^q and (w + 1)·10^q: accepted only when both ends round to the same Double.
    if !droppedNonZero {
        if let v = eiselLemire(mantissa: mantissa, exponent: decimalExponent) {
            return .finite(negative ? -v : v)
        }
    } else if let a = eiselLemire(mantissa: mantissa, exponent: decimalExponent),
              let b = eiselLemire(mantissa: mantissa &+ 1, exponent: decimalExponent), a == b {
        return .finite(negative ? -a : a)
    }

    // Slow path: Swift's correctly rounded conversion on the validated ASCII text.
    var ascii = [UInt8]()
    ascii.reserveCapacity(hi - lo)
    if negative { ascii.append(0x2D) }
    for k in bodyStart..<hi { ascii.append(bytes[k]) }
    guard let v = Double(String(decoding: ascii, as: UTF8.self)) else { return .notANumber }
    return v.isFinite ? .finite(v) : .overflow
}

/// `nan`, `inf`, `infinity` in any letter case (the sign was already consumed).
private func isNonFiniteWord(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
    let n = to - from
    guard n == 3 || n == 8 else { return false }
    var word = [UInt8]()
    for k in from..<to { word.append(bytes[k] | 0x20) }  // ASCII lower-case
    return word == Array("nan".utf8) || word == Array("inf".utf8) || word == Array("infinity".utf8)
}

/// A hint for a cell that is not a number but looks like a number written another way,
/// for example `"(decimal comma? write 1.5)"` for `1,5`. Nil when nothing fits.
public func notANumberHint(_ value: String) -> String? {
    let trimmed = trimSpacesAndTabs(value)
    if trimmed.hasSuffix("%") {
        let body = trimSpacesAndTabs(trimmed.dropLast())
        if case .finite = parseDecimal(body) { return "(percent sign? write \(body))" }
    }
    let commaParts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
    if commaParts.count >= 2 {
        let joined = commaParts.joined()
        if case .finite = parseDecimal(joined) {
            let groups = commaParts.dropFirst()
            let firstDigits = commaParts[0].filter { $0.isASCII && $0.isNumber }.count
            let looksGrouped = groups.allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
                && firstDigits >= 1 && firstDigits <= 3
            if commaParts.count == 2 && looksGrouped {
                let dotted = commaParts[0] + "." + commaParts[1]
                return "(thousands separator or decimal comma? write \(joined) or \(dotted))"
            }
            if looksGrouped { return "(thousands separators? write \(joined))" }
            if commaParts.count == 2 {
                return "(decimal comma? write \(commaParts[0]).\(commaParts[1]))"
            }
        }
    }
    return nil
}

/// `value` without ASCII spaces and tabs at either end (Foundation-free).
func trimSpacesAndTabs(_ value: some StringProtocol) -> String {
    var s = Substring(value)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
}
