// A small JSON model with ordered object keys and an exact, deterministic
// serializer. Foundation's JSONEncoder reorders keys (or sorts them) and
// rejects NaN; the CLI contract (DESIGN.md §3) wants the documented key order,
// shortest round-trip numbers and `null` for non-finite values.

/// A JSON value whose objects keep their key order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Written in the shortest form that parses back to the same Double;
    /// integral values within 2^53 without a fraction; NaN and ±∞ as `null`.
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.integer(a), .integer(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A number, or `null` when absent.
    public static func number(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }
    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// Serialized text. `pretty` indents by two spaces per level; both forms
    /// are deterministic.
    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        write(into: &out, pretty: pretty, level: 0)
        return out
    }

    private func write(into out: inout String, pretty: Bool, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let x): out += JSONValue.format(x)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: level + 1) }
                item.write(into: &out, pretty: pretty, level: level + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: level) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += pretty ? "," : ", " }
                if pretty { out += "\n" + String(repeating: "  ", count: level + 1) }
                JSONValue.quote(key, into: &out)
                out += ": "
                value.write(into: &out, pretty: pretty, level: level + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: level) }
            out += "}"
        }
    }

    /// Shortest round-trip decimal (Swift's `description` is shortest
    /// round-trip), in JSON syntax; non-finite values become `null`.
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 9_007_199_254_740_992 {
            return x == 0 && x.sign == .minus ? "-0" : String(Int64(x))  // checked: whole with |x| < 2^53 (guard above)
        }
        var s = x.description          // e.g. "1e-05", "0.1", "1.5e+300"
        if let e = s.firstIndex(of: "e") {
            // JSON allows "1e-05"; drop the "+" and leading zeros of the exponent for readability.
            var exponent = String(s[s.index(after: e)...])
            var sign = ""
            if exponent.hasPrefix("-") || exponent.hasPrefix("+") {
                sign = exponent.hasPrefix("-") ? "-" : ""
                exponent.removeFirst()
            }
            while exponent.count > 1 && exponent.hasPrefix("0") { exponent.removeFirst() }
            s = String(s[..<e]) + "e" + sign + exponent
        }
        return s
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
