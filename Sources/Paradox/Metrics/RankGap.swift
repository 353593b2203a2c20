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
    /// How the percentiles were formed (common population by default).
    public var percentiles: RankGapPercentiles = .common
}

/// How the two percentiles of the rank gap are formed.
public enum RankGapPercentiles: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Both percentiles among the same countries — those with both an EGDI in the edition and
    /// a WGI estimate in the paired year (the default: no built-in offset between the two).
    case common
    /// The EGDI percentile among the countries assessed in the edition and the *published*
    /// WGI percentile and interval (WGI's universe of ~213 economies): the definitions differ
    /// by population, which builds in an offset of about +2 points on average.
    case published
}

extension ParadoxPanel {
    /// Rank gaps of `edition` for a WGI dimension.
    ///
    /// With `percentiles: .common` (the default), the population is the N countries that have
    /// both an EGDI in the edition and the WGI estimate in the paired year, and both
    /// percentiles use WGI's `pctrank` definition on it (``PercentileRank``):
    /// `P_i = 100 · #{j ≠ i : v_j < v_i} / (N − 1)`, for v = EGDI and v = the WGI estimate.
    /// The governance interval follows WGI's own construction: the bounds `v_i ∓ 1.645·se_i`
    /// of the 90% interval of the estimate, each ranked the same way among the others' point
    /// estimates. Gap = `P_E − P_G`; flagged when the gap's interval `[P_E − hi, P_E − lo]`
    /// excludes 0, i.e. when `P_E` lies outside `[lo, hi]`.
    ///
    /// With `percentiles: .published`, `P_E` is computed among the countries assessed in the
    /// edition and `P_G` with its interval are WGI's published percentile and bounds.
    ///
    /// EGDI values the UN computed on a missing component are left out unless
    /// ``includeFlagged`` (see ``/PanelData/EGDIFlag``).
    ///
    /// - Parameters:
    ///   - edition: the UN survey edition.
    ///   - dimension: the WGI dimension.
    ///   - alignment: the year pairing (edition Y with data year Y−1 by default).
    ///   - percentiles: the population of the percentiles (common by default).
    /// - Throws: `unsupportedOutcome` for CPI (no standard errors or published percentile),
    ///   `unknownEdition`, `outcomeUnavailable` when WGI has no data in the paired year.
    public func rankGap(edition: Int, dimension: GovernanceOutcome = .wgiCC,
                       alignment: YearAlignment = .dataYear,
                       percentiles: RankGapPercentiles = .common) throws(ParadoxError) -> RankGapResult {
        guard let pct = dimension.percentileVariable, let lo = dimension.percentileLowVariable,
              let hi = dimension.percentileHighVariable else {
            throw .unsupportedOutcome(metric: "rank-gap", outcome: dimension.variable,
                                      allowed: GovernanceOutcome.wgiDimensions.map(\.variable))
        }
        let estimate = dimension.variable, se = dimension.variable + "_se"
        let needed = percentiles == .common ? [estimate, se] : [pct, lo, hi]
        let a = try aligned(edition: edition, alignment: alignment, variables: needed)
        let key = needed[0]
        if a.unavailable.contains(key) {
            throw .outcomeUnavailable(outcome: key, year: a.pairedYear, edition: edition,
                                      reason: a.notes.dropFirst().first { $0.hasPrefix(key + " ") } ?? "")
        }
        var rows: [RankGap] = [], excluded: [String] = []
        var notes = a.notes
        switch percentiles {
        case .published:
            let egdiPct = try self.percentiles(of: "egdi", year: edition)
            for r in a.rows {
                guard let pe = egdiPct[r.iso3], let pg = r.paired[pct] else { excluded.append(r.iso3); continue }
                let l = r.paired[lo], h = r.paired[hi]
                rows.append(RankGap(iso3: r.iso3, country: r.country, postSoviet: r.postSoviet,
                                    egdiRank: r.survey["egdi_rank"].flatMap(Self.rank), egdiPercentile: pe,
                                    governancePercentile: pg, governanceLow: l, governanceHigh: h, gap: pe - pg,
                                    flagged: Self.outside(pe, l, h)))
            }
            notes.append("Published percentiles: EGDI percentile = 100\u{00B7}(countries assessed in edition \(edition) with lower EGDI)/(N\u{2212}1), N = \(a.rows.count); governance = WGI's published \(pct) among its own universe of economies, with its 90% interval [\(lo), \(hi)]. The two populations differ, which builds in an offset of about +2 points.")
        case .common:
            var members: [AlignedObservation] = []
            for r in a.rows {
                if r.survey["egdi"] != nil, r.paired[estimate] != nil { members.append(r) } else { excluded.append(r.iso3) }
            }
            let e = members.compactMap { $0.survey["egdi"] }
            let g = members.compactMap { $0.paired[estimate] }
            let pE = PercentileRank.wgiStyle(e) ?? []
            let pG = PercentileRank.wgiStyle(g) ?? []
            let sortedG = g.sorted()
            let n = members.count
            for (i, r) in members.enumerated() where i < pE.count && i < pG.count {
                var l: Double? = nil, h: Double? = nil
                if let s = r.paired[se], s.isFinite, s >= 0, n >= 2 {
                    let z = Self.wgiIntervalZ
                    l = PercentileRank.rankAmongOthers(g[i] - z * s, own: g[i], sortedValues: sortedG)
                    h = PercentileRank.rankAmongOthers(g[i] + z * s, own: g[i], sortedValues: sortedG)
                }
                rows.append(RankGap(iso3: r.iso3, country: r.country, postSoviet: r.postSoviet,
                                    egdiRank: r.survey["egdi_rank"].flatMap(Self.rank), egdiPercentile: pE[i],
                                    governancePercentile: pG[i], governanceLow: l, governanceHigh: h, gap: pE[i] - pG[i],
                                    flagged: Self.outside(pE[i], l, h)))
            }
            notes.append("Common-population percentiles: both among the N = \(n) countries with an EGDI in edition \(edition) and \(estimate) in \(a.pairedYear), percentile = 100\u{00B7}#{others with a lower value}/(N\u{2212}1) (WGI's pctrank). Governance interval: the bounds \(estimate) \u{2213} 1.645\u{00B7}\(se) ranked the same way among the others' estimates (WGI's 90% interval). gap = EGDI percentile \u{2212} governance percentile; flagged when the gap's interval excludes 0. --percentiles published uses WGI's published percentiles instead.")
        }
        rows.sort { $0.gap != $1.gap ? $0.gap > $1.gap : $0.iso3 < $1.iso3 }
        if !excluded.isEmpty {
            notes.append("\(excluded.count) assessed countries without \(key) in \(a.pairedYear) left out: \(excluded.sorted().joined(separator: ", ")).")
        }
        return RankGapResult(edition: edition, alignment: alignment, pairedYear: a.pairedYear, dimension: dimension,
                             assessed: a.rows.count, rows: rows, excluded: excluded.sorted(), notes: notes,
                             percentiles: percentiles)
    }

    /// The normal quantile WGI's 90% intervals use (estimate ± 1.645 standard errors).
    static let wgiIntervalZ = 1.645

    /// True when `p` lies outside `[low, high]` (an absent bound never flags).
    static func outside(_ p: Double, _ low: Double?, _ high: Double?) -> Bool {
        (low.map { p < $0 } ?? false) || (high.map { p > $0 } ?? false)
    }

    /// An EGDI rank as an integer, nil unless it is a whole number in a plausible range.
    static func rank(_ x: Double) -> Int? {
        guard x.isFinite, x == x.rounded(), x >= 1, x <= 1_000 else { return nil }
        return Int(x)  // checked: whole, in [1, 1000] (guard above)
    }
}

extension RankGapResult {
    public func table(postSovietOnly: Bool = false) -> ResultTable {
        let shown = postSovietOnly ? rows.filter(\.postSoviet) : rows
        let flagged = rows.filter(\.flagged).count
        var notes = self.notes
        notes.append("\(flagged) of \(rows.count) countries flagged. post_soviet = 1 marks the 15 successor states of the USSR.")
        return ResultTable(
            title: "Rank gap: EGDI edition \(edition) percentile vs \(dimension.label) percentile \(pairedYear)"
                + (percentiles == .common ? " (common population)" : " (published percentiles)"),
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
