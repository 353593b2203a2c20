// Rank-correlation trend: EGDI vs governance outcomes by edition, world and post-Soviet group.

import Stats

/// The set of countries a statistic is computed over.
public enum CountrySet: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case world
    case postSoviet = "post-soviet"
}

public struct RankCorrelationPoint: Sendable, Equatable, Codable {
    public var edition: Int
    public var pairedYear: Int
    public var outcome: GovernanceOutcome
    public var countries: CountrySet
    /// Complete pairs (listwise).
    public var n: Int
    public var pearson: Double?
    /// Spearman's ρ (Pearson of midranks).
    public var spearman: Double?
    /// 95% confidence interval of ρ: Fisher z with the Bonett–Wright (2000)
    /// standard error √((1 + ρ²/2)/(n − 3)); nil when n < 4 or a variable is constant.
    public var spearmanLow: Double?
    public var spearmanHigh: Double?
}

public struct RankCorrelationTrend: Sendable, Equatable, Codable {
    public var alignment: YearAlignment
    public var outcomes: [GovernanceOutcome]
    /// Ordered by outcome, country set, edition.
    public var points: [RankCorrelationPoint]
    public var notes: [String]
}

extension ParadoxPanel {
    /// Pearson and Spearman correlation of `egdi` with each outcome at the paired year, for
    /// every edition (or `editions`), over all countries and over the post-Soviet group.
    /// Editions whose paired year has no data for an outcome give a point with n = 0 and a note.
    public func rankCorrelationTrend(outcomes: [GovernanceOutcome] = GovernanceOutcome.residualDefaults,
                                     editions: [Int]? = nil,
                                     alignment: YearAlignment = .dataYear) throws(ParadoxError) -> RankCorrelationTrend {
        let chosen = editions ?? self.editions
        for e in chosen { try checkEdition(e) }
        var points: [RankCorrelationPoint] = []
        var notes: [String] = []
        for outcome in outcomes {
            for set in CountrySet.allCases {
                for e in chosen {
                    let a = try aligned(edition: e, alignment: alignment, variables: [outcome.variable])
                    if set == .world, a.unavailable.contains(outcome.variable) {
                        notes.append(contentsOf: a.notes.dropFirst())
                    }
                    var x: [Double] = [], y: [Double] = []
                    for r in a.rows where set == .world || r.postSoviet {
                        if let ex = r.survey["egdi"], let g = r.paired[outcome.variable] { x.append(ex); y.append(g) }
                    }
                    // Only the interval is taken from the test; `.no` skips the exact
                    // permutation p-value, which the trend does not report.
                    let interval = x.count >= 4
                        ? (try? Correlation.spearman(x: x, y: y, level: 0.95, exact: .no))?.confidenceInterval : nil
                    points.append(RankCorrelationPoint(
                        edition: e, pairedYear: a.pairedYear, outcome: outcome, countries: set, n: x.count,
                        pearson: PointCorrelation.pearson(x, y), spearman: PointCorrelation.spearman(x, y),
                        spearmanLow: interval?.lower, spearmanHigh: interval?.upper))
                }
            }
        }
        notes.insert("Each edition Y paired with governance data of year \(alignment == .dataYear ? "Y\u{2212}1" : "Y") (\(alignment.rule)); e.g. \(alignment.caption(edition: chosen.last ?? 2024, sources: ["WGI"]))", at: 0)
        notes.append("Pearson r and Spearman \u{03C1} (Pearson of midranks) over complete pairs; 95% interval of \u{03C1} by Fisher z with the Bonett\u{2013}Wright (2000) standard error \u{221A}((1 + \u{03C1}\u{00B2}/2)/(n \u{2212} 3)).")
        return RankCorrelationTrend(alignment: alignment, outcomes: outcomes, points: points, notes: notes)
    }
}

extension RankCorrelationTrend {
    public func table(postSovietOnly: Bool = false) -> ResultTable {
        let shown = postSovietOnly ? points.filter { $0.countries == .postSoviet } : points
        return ResultTable(
            title: "EGDI vs governance: correlation by edition",
            columns: [TableColumn("outcome", alignment: .left), TableColumn("countries", alignment: .left), TableColumn("edition"),
                      TableColumn("paired_year"), TableColumn("n"), TableColumn("pearson"), TableColumn("spearman"),
                      TableColumn("spearman_lo"), TableColumn("spearman_hi")],
            rows: shown.map { p in
                [.text(p.outcome.variable), .text(p.countries.rawValue), .integer(p.edition), .integer(p.pairedYear), .integer(p.n),
                 .number(p.pearson), .number(p.spearman), .number(p.spearmanLow), .number(p.spearmanHigh)]
            },
            notes: notes)
    }
}
