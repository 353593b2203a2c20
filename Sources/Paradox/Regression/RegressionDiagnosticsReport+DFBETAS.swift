import Foundation
import Stats

/// One observation whose DFBETAS exceeds the size-adjusted cut-off on one coefficient.
public struct DFBETASFlag: Sendable, Equatable, Hashable {
    /// The country-year (`KAZ 2022`) or `row 5`.
    public let label: String
    /// The coefficient.
    public let term: String
    /// `DFBETASᵢⱼ = (β̂ⱼ − β̂ⱼ₍ᵢ₎)/(s₍ᵢ₎√Cⱼⱼ)` (R `dfbetas`).
    public let value: Double
}

extension RegressionDiagnosticsReport {
    /// Shown DFBETAS flags in the text output.
    static let dfbetasShown = 10

    /// The size-adjusted cut-off `2/√n` (Belsley, Kuh & Welsch 1980, *Regression
    /// Diagnostics*, §2.1); R's `influence.measures` flags `|DFBETAS| > 1` instead.
    public var dfbetasCutoff: Double { 2 / Double(diagnostics.influence.observations).squareRoot() }

    /// Every (observation, coefficient) with `|DFBETAS| > 2/√n`, largest first (ties: row, then coefficient order).
    public var dfbetasFlags: [DFBETASFlag] {
        let inf = diagnostics.influence
        let m = inf.dfbetas
        let cut = dfbetasCutoff
        var out: [(Int, Int, DFBETASFlag)] = []
        for i in 0..<m.rows {
            for j in 0..<m.columns {
                let v = m[i, j]
                guard v.isFinite, abs(v) > cut else { continue }
                let column = j < inf.coefficientColumns.count ? inf.coefficientColumns[j] : j
                let term = column < diagnostics.columnNames.count ? diagnostics.columnNames[column] : "coefficient \(j + 1)"
                let label = i < rowLabels.count ? rowLabels[i] : "row \(i + 1)"
                out.append((i, j, DFBETASFlag(label: label, term: term, value: v)))
            }
        }
        out.sort { (-abs($0.2.value), $0.0, $0.1) < (-abs($1.2.value), $1.0, $1.1) }
        return out.map(\.2)
    }

    var dfbetasTextLines: [String] {
        let flags = dfbetasFlags
        let cut = ResultTable.formatNumber(dfbetasCutoff, .significant(3))
        guard !flags.isEmpty else { return ["DFBETAS (|DFBETAS| > 2/\u{221A}n = \(cut)): none"] }
        let shown = flags.prefix(Self.dfbetasShown).map { "\($0.label) on \($0.term) \(ResultTable.formatNumber($0.value, .significant(3)))" }
        var line = "DFBETAS (|DFBETAS| > 2/\u{221A}n = \(cut), largest first; R dfbetas): " + shown.joined(separator: ", ")
        if flags.count > Self.dfbetasShown { line += ", and \(flags.count - Self.dfbetasShown) more (--format json lists all)" }
        return [line]
    }

    var dfbetasJSON: JSONValue {
        .object([
            ("cutoff", .number(dfbetasCutoff)),
            ("rule", .string("|dfbetas| > 2/sqrt(n)")),
            ("flagged", .array(dfbetasFlags.map { f in
                .object([("label", .string(f.label)), ("term", .string(f.term)), ("dfbetas", .number(f.value))])
            })),
        ])
    }
}
