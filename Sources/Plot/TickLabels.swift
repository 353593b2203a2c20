// Text of tick labels.

/// Separator between groups of three integer digits.
public enum ThousandsSeparator: String, Sendable, Hashable, Codable {
    /// No grouping: 12345.
    case none
    /// U+2009 THIN SPACE, SI style: 12 345 (4-digit numbers are not grouped).
    case thinSpace
    /// Comma: 12,345 and 1,234.
    case comma

    var text: String? {
        switch self {
        case .none: return nil
        case .thinSpace: return "\u{2009}"
        case .comma: return ","
        }
    }
}

/// How numbers on an axis or colour bar are written.
public enum NumberFormat: Sendable, Hashable, Codable {
    /// Plain decimals with the fewest decimals that show every tick exactly
    /// (and distinguish them).
    case decimal(thousands: ThousandsSeparator = .none)
    /// Percent: the value times `multiplier` followed by "%" (multiplier 100
    /// when the data are proportions, 1 when they are already percentages).
    case percent(multiplier: Double = 100, thousands: ThousandsSeparator = .none)

    public static let plain = NumberFormat.decimal()
}

/// U+2212 MINUS SIGN, used for every negative number in a figure.
public let minusSign = "\u{2212}"

public enum TickLabelFormatter {
    /// Labels for `ticks`: the shortest decimal representation (common number
    /// of decimals) that reproduces every tick to within 1e-9 of the tick
    /// spacing and keeps the labels distinct; negatives with U+2212. Values
    /// too large or too small for fixed notation (|v| ≥ 1e15, all |v| < 1e-4,
    /// or more than ten decimals needed) are written as m × 10ⁿ with a superscript.
    public static func labels(for ticks: [Double], format: NumberFormat = .plain) -> [RichText] {
        let (mult, suffix, sep): (Double, String, ThousandsSeparator) = {
            switch format {
            case .decimal(let s): return (1, "", s)
            case .percent(let m, let s): return (m, "%", s)
            }
        }()
        let values = ticks.map { $0 * mult }
        guard !values.isEmpty else { return [] }
        let d = decimalsNeeded(values)
        let maxAbs = values.map { abs($0) }.max() ?? 0
        if d == nil || maxAbs >= 1e15 || (maxAbs > 0 && maxAbs < 1e-4) {
            return values.map { scientific($0, suffix: suffix) }
        }
        return values.map { v in
            var s = DecimalText.trimmedFixed(v, decimals: d ?? 0)
            if let t = sep.text { s = DecimalText.grouped(s, separator: t) }
            return RichText(withMinus(s) + suffix)
        }
    }

    /// One number with `decimals` places (or the shortest exact form when nil).
    public static func label(_ v: Double, decimals: Int? = nil, format: NumberFormat = .plain) -> RichText {
        if let d = decimals {
            let (mult, suffix): (Double, String) = {
                if case .percent(let m, _) = format { return (m, "%") }
                return (1, "")
            }()
            return RichText(withMinus(DecimalText.fixed(v * mult, decimals: d)) + suffix)
        }
        return labels(for: [v], format: format).first ?? ""
    }

    /// Replaces a leading ASCII hyphen by U+2212.
    static func withMinus(_ s: String) -> String {
        s.hasPrefix("-") ? minusSign + s.dropFirst() : s
    }

    /// The smallest number of decimals (0…10) at which every value is
    /// represented within 1e-9 of the smallest gap (or of its magnitude) and
    /// the rounded values are distinct; nil when none up to 10 works.
    static func decimalsNeeded(_ values: [Double]) -> Int? {
        let sorted = values.sorted()
        var gap = Double.infinity
        for i in 1..<max(sorted.count, 1) where sorted[i] - sorted[i - 1] > 0 {
            gap = min(gap, sorted[i] - sorted[i - 1])
        }
        let scaleRef = gap.isFinite ? gap : max(abs(sorted.first ?? 1), 1e-300)
        for d in 0...10 {
            let f = pow10(Double(d))
            let rounded = values.map { ($0 * f).rounded() / f }
            let exact = zip(values, rounded).allSatisfy { abs($0 - $1) <= 1e-9 * scaleRef }
            if exact && Set(rounded).count == Set(values).count { return d }
        }
        return nil
    }

    static func scientific(_ v: Double, suffix: String) -> RichText {
        if v == 0 { return RichText("0" + suffix) }
        var e = log10(abs(v)).rounded(.down)
        var m = v / pow10(e)
        if abs(m) >= 9.9999999995 { m /= 10; e += 1 }
        let ms = DecimalText.trimmed(m, decimals: 6)
        let es = withMinus(DecimalText.fixed(e, decimals: 0))
        if ms == "1" { return RichText([TextRun("10"), TextRun(es, shift: .superscript), TextRun(suffix)]) }
        if ms == "-1" { return RichText([TextRun(minusSign + "10"), TextRun(es, shift: .superscript), TextRun(suffix)]) }
        return RichText([TextRun(withMinus(ms) + "\u{00D7}10"), TextRun(es, shift: .superscript), TextRun(suffix)])
    }
}

extension DecimalText {
    /// Fixed with `decimals` places exactly as requested, then trailing zeros
    /// are kept (labels share one precision), "-0" normalised to "0".
    static func trimmedFixed(_ x: Double, decimals: Int) -> String {
        let s = fixed(x, decimals: decimals)
        let allZero = s.allSatisfy { $0 == "0" || $0 == "." || $0 == "-" }
        return allZero ? String(s.drop(while: { $0 == "-" })) : s
    }
}
