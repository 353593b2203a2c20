/// R's significance codes (`printCoefmat`, `symnum` cut points 0.001, 0.01,
/// 0.05, 0.1): `***`, `**`, `*`, `.`, or a blank.
///
/// One star convention per output, each named where it is used (issue 14.7): `egov regress`
/// text, markdown and LaTeX coefficient tables print R's codes with R's legend line; the
/// multi-model tables (`egov table`, the report) use ``SignificanceStars/economics`` by default
/// (`--stars r` for these codes) and state theirs in a footnote. The cut points of R's codes are
/// defined once, in ``SignificanceStars/r``; this type prints them the way R does.
public enum RSignificanceCodes {
    /// The legend line R prints under the coefficient table.
    public static let legend = "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1"

    /// The code for a p-value (``SignificanceStars/r``: p ≤ 0.001, 0.01, 0.05, 0.1); empty for NaN (p-value unavailable).
    public static func code(_ p: Double) -> String {
        guard !p.isNaN else { return "" }
        return SignificanceStars.r.symbol(for: p)
    }
}
