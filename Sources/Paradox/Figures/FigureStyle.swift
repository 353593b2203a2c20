// Shared vocabulary of the paradox figures: readable names, the post-Soviet
// highlight (colour + shape per subregion), number text, caption sentences.

import Foundation
import PanelData
import Plot

enum FigureStyle {
    /// Background countries: light enough that labels may sit over them and
    /// highlighted points stand out, dark enough to print (grey 70 %).
    static let background = Color(hex: 0xB3B3B3)

    /// The post-Soviet subregions as highlight groups, in reading order
    /// (west to east). Okabe–Ito colours with a redundant shape each.
    static let subregionLevels: [String] = PostSovietSubregion.allCases.map(\.rawValue)
    static let subregionPalette = DiscretePalette(
        colors: [OkabeIto.blue, OkabeIto.orange, OkabeIto.bluishGreen, OkabeIto.vermillion],
        shapes: [.circle, .triangle, .square, .diamond])
    static let otherLevel = "Other countries"

    /// The group of the 15 states (their subregion), nil for every other country.
    static func subregion(_ iso3: String) -> String? { PostSovietSubregion(iso3: iso3)?.rawValue }

    /// The 15 states ordered by subregion (west to east), then by name.
    static func postSovietOrder(_ panel: ParadoxPanel) -> [String] {
        PostSovietSubregion.allCases.flatMap { s in s.members.sorted { shortName($0, panel) < shortName($1, panel) } }
    }

    /// Short English names of the 15 states for strips and axis labels (the UN
    /// names "Republic of Moldova", "Russian Federation" do not fit a 35 mm strip).
    static func shortName(_ iso3: String, _ panel: ParadoxPanel) -> String {
        let short = ["MDA": "Moldova", "RUS": "Russia", "KGZ": "Kyrgyzstan"]
        return short[iso3] ?? panel.name(of: iso3)
    }

    // MARK: names

    /// "Control of Corruption", "Corruption Perceptions Index", ...
    static func name(_ o: GovernanceOutcome) -> String {
        switch o {
        case .wgiVA: "Voice and Accountability"
        case .wgiPV: "Political Stability"
        case .wgiGE: "Government Effectiveness"
        case .wgiRQ: "Regulatory Quality"
        case .wgiRL: "Rule of Law"
        case .wgiCC: "Control of Corruption"
        case .cpi: "Corruption Perceptions Index"
        }
    }

    /// "WGI" or "TI".
    static func source(_ o: GovernanceOutcome) -> String { o.isWGI ? "WGI" : "TI" }

    /// Axis title of the outcome's score: "Control of Corruption (WGI, 2023)".
    static func scoreTitle(_ o: GovernanceOutcome, year: Int) -> String {
        "\(name(o)) (\(source(o)), \(year))"
    }

    /// Axis title of the outcome's percentile: "Control of Corruption, percentile (WGI, 2023)".
    static func percentileTitle(_ o: GovernanceOutcome, year: Int) -> String {
        "\(name(o)), percentile (\(source(o)), \(year))"
    }

    /// The full source sentence for captions.
    static func sourceSentence(_ o: GovernanceOutcome) -> String {
        o.isWGI ? "World Bank Worldwide Governance Indicators (2024 update), \(name(o))"
                : "Transparency International Corruption Perceptions Index (0\u{2013}100)"
    }

    static let egdiName = "E-Government Development Index"
    static let epiName = "E-Participation Index"

    // MARK: numbers

    /// Fixed decimals with a true minus sign (U+2212).
    static func number(_ v: Double, _ decimals: Int) -> String {
        let s = String(format: "%.\(decimals)f", v)
        return s.hasPrefix("-") ? "\u{2212}" + s.dropFirst() : s
    }

    /// "r = 0.62, n = 182" with italic r and n.
    static func correlationNote(r: Double, n: Int) -> RichText {
        RichText([TextRun("r", italic: true), TextRun(" = \(number(r, 2)), "), TextRun("n", italic: true), TextRun(" = \(n)")])
    }

    /// A list of codes for captions, "AFG, PRK and SSD".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// Percentage text of a confidence level: "95%".
    static func percent(_ level: Double) -> String {
        let p = level * 100
        return p == p.rounded() ? "\(Int(p))%" : "\(number(p, 1))%"
    }

    /// Pearson's r of paired values (two-pass, centred sums); nil below 3 pairs or
    /// when a variable is constant.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let n = min(x.count, y.count)
        guard n >= 3 else { return nil }
        let mx = x.prefix(n).reduce(0, +) / Double(n), my = y.prefix(n).reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<n { let a = x[i] - mx, b = y[i] - my; sxy += a * b; sxx += a * a; syy += b * b }
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// The publication theme with the legend below the panel (a right-hand legend
    /// costs a third of an 85 mm figure's width).
    static var theme: Theme {
        var t = Theme.publication
        t.legendPosition = .bottom
        return t
    }

    /// Percentile axis 0–100 with ticks every 25.
    static var percentileScale: PositionScale {
        .continuous(ContinuousScale(lower: 0, upper: 100, breaks: [0, 25, 50, 75, 100]))
    }
}
