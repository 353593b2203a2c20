// Fixed-point decimal text without Foundation, used by tick labels and the
// scene dump. Deterministic on every platform.

enum DecimalText {
    /// `x` rounded half away from zero to `decimals` places, e.g.
    /// `fixed(-1.23456, 3) == "-1.235"`. Uses ASCII "-" (callers choose the
    /// minus sign); a value that rounds to zero has no sign.
    static func fixed(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
        let d = max(0, min(decimals, 17))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return x.description }
        let n = UInt64(scaled)
        if n == 0 { return d == 0 ? "0" : "0." + String(repeating: "0", count: d) }
        var digits = String(n)
        if d > 0 {
            if digits.count <= d { digits = String(repeating: "0", count: d - digits.count + 1) + digits }
            let cut = digits.index(digits.endIndex, offsetBy: -d)
            digits = String(digits[..<cut]) + "." + String(digits[cut...])
        }
        return (x < 0 ? "-" : "") + digits
    }

    /// Like `fixed`, with trailing zeros (and a bare point) removed.
    static func trimmed(_ x: Double, decimals: Int) -> String {
        var s = fixed(x, decimals: decimals)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// Groups the integer digits of a plain decimal string in threes.
    static func grouped(_ s: String, separator: String) -> String {
        var sign = ""
        var body = Substring(s)
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = Array(parts[0])
        guard intPart.count > 4 || (intPart.count == 4 && separator == ",") else { return s }
        var out = ""
        for (i, ch) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        if parts.count > 1 { out += "." + parts[1] }
        return sign + out
    }
}
