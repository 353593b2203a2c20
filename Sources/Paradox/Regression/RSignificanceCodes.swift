/// R's significance codes (`printCoefmat`, `symnum` cut points 0.001, 0.01,
/// 0.05, 0.1): `***`, `**`, `*`, `.`, or a blank.
public enum RSignificanceCodes {
    /// The legend line R prints under the coefficient table.
    public static let legend = "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1"

    /// The code for a p-value; empty for NaN (p-value unavailable).
    public static func code(_ p: Double) -> String {
        guard !p.isNaN else { return "" }
        if p <= 0.001 { return "***" }
        if p <= 0.01 { return "**" }
        if p <= 0.05 { return "*" }
        if p <= 0.1 { return "." }
        return ""
    }
}
