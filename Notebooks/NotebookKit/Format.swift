// Numbers in running text: fixed decimals, a true minus sign, no "-0.00".

import Paradox

/// Formatting of numbers quoted in a notebook's prose.
public enum Prose {
    /// `x` with `decimals` decimals and U+2212 for negatives (typographic minus, as in
    /// the figures); "NA" for nil.
    public static func number(_ x: Double?, _ decimals: Int = 2) -> String {
        guard let x else { return "NA" }
        let s = ResultTable.formatNumber(x, .decimals(decimals))
        return s.hasPrefix("-") ? "\u{2212}" + s.dropFirst() : s
    }

    /// A signed number: "+0.12", "−0.12".
    public static func signed(_ x: Double?, _ decimals: Int = 2) -> String {
        guard let x else { return "NA" }
        let s = number(x, decimals)
        return s.hasPrefix("\u{2212}") || s == number(0, decimals) ? s : "+" + s
    }

    /// "a", "a and b", "a, b and c".
    public static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "p < 0.001" or "p = 0.123", for running text.
    public static func p(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = " + number(p, 3)
    }

    /// A p-value as journals print it: "< 0.001" below 0.001, else three decimals.
    public static func pValue(_ p: Double) -> String {
        p < 0.001 ? "< 0.001" : number(p, 3)
    }
}
