// Rank gap: EGDI percentile minus governance percentile, flagged when the EGDI percentile
// lies outside the governance percentile's 90% interval.

/// One country's rank gap in one edition and WGI dimension.
public struct RankGap: Sendable, Equatable, Codable {
    public var iso3: String
    public var country: String
    public var postSoviet: Bool
    public var egdiRank: Int?
    /// WGI-style percentile of the EGDI among the countries assessed in the edition (`PercentileRank`).
    public var egdiPercentile: Double
    /// Published WGI percentile rank at the paired year and its 90% interval.
    public var governancePercentile: Double
    public var governanceLow: Double?
    public var governanceHigh: Double?
    /// `egdiPercentile − governancePercentile`: positive = e-government ranks above governance.
    public var gap: Double
    /// True when the EGDI percentile lies outside [governanceLow, governanceHigh]: the gap
    /// exceeds what WGI's own measurement uncertainty allows.
    public var flagged: Bool
}

public struct RankGapResult: Sendable, Equatable, Codable {
    public var edition: Int
    public var alignment: YearAlignment
    public var pairedYear: Int
    public var dimension: GovernanceOutcome
    /// Countries assessed in the edition (the N of the EGDI percentile).
    public var assessed: Int
    /// Sorted by gap, largest first.
    public var rows: [RankGap]
    /// Assessed countries without the WGI percentile in the paired year, sorted.
    public var excluded: [String]
    public var notes: [String]
}

extension ParadoxPanel {
    /// Rank gaps of `edition` for a WGI dimension.
    ///
    /// EGDI percentile `P_E = 100 · #{countries assessed in the edition with lower EGDI} / (N − 1)`
    /// — the definition of WGI's `pctrank` (`PercentileRank`), so both sides are "percentage of
    /// countries below". The governance percentile `P_G` and its 90% interval
    /// `[P_G,lo, P_G,hi]` are the published WGI values at the paired year. Gap = `P_E − P_G`;
    /// flagged when `P_E < P_G,lo` or `P_E > P_G,hi`.
    ///
    /// - Throws: `unsupportedOutcome` for CPI (no published percentile or interval),
    ///   `unknownEdition`, `outcomeUnavailable` when WGI has no data in the paired year.
    public func rankGap(edition: Int, dimension: GovernanceOutcome = .wgiCC,
                        alignment: YearAlignment = .dataYear) throws(ParadoxError) -> RankGapResult {
        guard let pct = dimension.percentileVariable, let lo = dimension.percentileLowVariable,
              let hi = dimension.percentileHighVariable else {
            throw .unsupportedOutcome(metric: "rank-gap", outcome: dimension.variable,
                                      allowed: GovernanceOutcome.wgiDimensions.map(\.variable))
        }
        let a = try aligned(edition: edition, alignment: alignment, variables: [pct, lo, hi])
        if a.unavailable.contains(pct) {
            throw .outcomeUnavailable(outcome: pct, year: a.pairedYear, edition: edition,
                                      reason: a.notes.dropFirst().first { $0.hasPrefix(pct + " ") } ?? "")
        }
        let egdiPct = try percentiles(of: "egdi", year: edition)
        var rows: [RankGap] = [], excluded: [String] = []
        for r in a.rows {
            guard let pe = egdiPct[r.iso3], let pg = r.paired[pct] else { excluded.append(r.iso3); continue }
            let l = r.paired[lo], h = r.paired[hi]
            let outside = (l.map { pe < $0 } ?? false) || (h.map { pe > $0 } ?? false)
            rows.append(RankGap(iso3: r.iso3, country: r.country, postSoviet: r.postSoviet,
                                egdiRank: r.survey["egdi_rank"].map { Int($0) }, egdiPercentile: pe,
                                governancePercentile: pg, governanceLow: l, governanceHigh: h, gap: pe - pg, flagged: outside))
        }
        rows.sort { $0.gap != $1.gap ? $0.gap > $1.gap : $0.iso3 < $1.iso3 }
        var notes = a.notes
        notes.append("EGDI percentile = 100\u{00B7}(countries assessed in edition \(edition) with lower EGDI)/(N\u{2212}1), N = \(a.rows.count): WGI's pctrank definition (percentage of countries below). gap = EGDI percentile \u{2212} \(pct); flagged when the EGDI percentile lies outside WGI's 90% interval [\(lo), \(hi)].")
        if !excluded.isEmpty {
            notes.append("\(excluded.count) assessed countries without \(pct) in \(a.pairedYear) left out: \(excluded.sorted().joined(separator: ", ")).")
        }
        return RankGapResult(edition: edition, alignment: alignment, pairedYear: a.pairedYear, dimension: dimension,
                             assessed: a.rows.count, rows: rows, excluded: excluded.sorted(), notes: notes)
    }
}

extension RankGapResult {
    public func table(postSovietOnly: Bool = false) -> ResultTable {
        let shown = postSovietOnly ? rows.filter(\.postSoviet) : rows
        let flagged = rows.filter(\.flagged).count
        var notes = self.notes
        notes.append("\(flagged) of \(rows.count) countries flagged. post_soviet = 1 marks the 15 successor states of the USSR.")
        return ResultTable(
            title: "Rank gap: EGDI edition \(edition) percentile vs \(dimension.label) percentile \(pairedYear)",
            columns: [TableColumn("iso3", alignment: .left), TableColumn("country", alignment: .left), TableColumn("post_soviet"),
                      TableColumn("egdi_rank"), TableColumn("egdi_pct"), TableColumn("gov_pct"), TableColumn("gov_pct_lo"),
                      TableColumn("gov_pct_hi"), TableColumn("gap"), TableColumn("flagged")],
            rows: shown.map { r in
                [.text(r.iso3), .text(r.country), .integer(r.postSoviet ? 1 : 0), r.egdiRank.map(TableCell.integer) ?? .missing,
                 .number(r.egdiPercentile), .number(r.governancePercentile), .number(r.governanceLow), .number(r.governanceHigh),
                 .number(r.gap), .integer(r.flagged ? 1 : 0)]
            },
            notes: notes)
    }
}
