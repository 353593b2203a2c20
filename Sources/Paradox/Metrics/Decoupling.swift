// Decoupling: how a country's rank gap changed over a window of editions, which side moved,
// and how its governance percentile tracked its EGDI percentile across editions.

/// Which percentile moved more over the window.
public enum MovingSide: String, Sendable, Equatable, Hashable, Codable {
    /// |ΔEGDI percentile| > |Δgovernance percentile|.
    case egdi
    /// |Δgovernance percentile| > |ΔEGDI percentile|.
    case governance
    /// Equal absolute changes.
    case both
}

public struct Decoupling: Sendable, Equatable, Codable {
    public var iso3: String
    public var country: String
    public var postSoviet: Bool
    public var fromGap: Double
    public var toGap: Double
    /// `toGap − fromGap` = `egdiPercentileChange − governancePercentileChange` (exactly the split).
    public var gapChange: Double
    public var egdiPercentileChange: Double
    public var governancePercentileChange: Double
    public var movingSide: MovingSide
    /// Within-country OLS slope of the governance percentile on the EGDI percentile across the
    /// editions of the window where both exist: Σ(x−x̄)(y−ȳ)/Σ(x−x̄)². nil with fewer than 3
    /// editions or a constant EGDI percentile.
    public var slope: Double?
    /// Editions used by the slope.
    public var slopeEditions: Int
}

public struct DecouplingResult: Sendable, Equatable, Codable {
    public var from: Int
    public var to: Int
    public var alignment: YearAlignment
    public var dimension: GovernanceOutcome
    /// Editions in the window whose rank gaps entered the slopes.
    public var editions: [Int]
    /// Sorted by gap change, largest first.
    public var rows: [Decoupling]
    public var notes: [String]
}

extension ParadoxPanel {
    /// Decoupling over the editions `from...to` (default 2008 to the latest edition) for a
    /// WGI dimension, built on `rankGap` of every edition in the window (same percentile
    /// definitions and alignment). Countries need a rank gap in both end editions.
    ///
    /// - Throws: `invalidWindow`, `unknownEdition`, `unsupportedOutcome` (CPI), and the
    ///   errors of `rankGap` for the two end editions; middle editions without WGI data are
    ///   skipped with a note.
    public func decoupling(from: Int = 2008, to: Int? = nil, dimension: GovernanceOutcome = .wgiCC,
                           alignment: YearAlignment = .dataYear,
                           percentiles: RankGapPercentiles = .common) throws(ParadoxError) -> DecouplingResult {
        let last = to ?? latestEdition ?? from
        try checkEdition(from)
        try checkEdition(last)
        guard from < last else { throw .invalidWindow(from: from, to: last, available: editions) }
        var gaps: [Int: [String: RankGap]] = [:]
        var notes: [String] = []
        var used: [Int] = []
        for e in editions where e >= from && e <= last {
            do {
                let g = try rankGap(edition: e, dimension: dimension, alignment: alignment, percentiles: percentiles)
                gaps[e] = Dictionary(uniqueKeysWithValues: g.rows.map { ($0.iso3, $0) })
                used.append(e)
            } catch {
                if e == from || e == last { throw error }
                notes.append("Edition \(e) skipped: \(error.description)")
            }
        }
        let start = gaps[from] ?? [:], end = gaps[last] ?? [:]
        var rows: [Decoupling] = []
        for iso in countries {
            guard let a = start[iso], let b = end[iso] else { continue }
            let de = b.egdiPercentile - a.egdiPercentile, dg = b.governancePercentile - a.governancePercentile
            var xs: [Double] = [], ys: [Double] = []
            for e in used { if let g = gaps[e]?[iso] { xs.append(g.egdiPercentile); ys.append(g.governancePercentile) } }
            rows.append(Decoupling(
                iso3: iso, country: a.country, postSoviet: a.postSoviet, fromGap: a.gap, toGap: b.gap, gapChange: b.gap - a.gap,
                egdiPercentileChange: de, governancePercentileChange: dg,
                movingSide: abs(de) > abs(dg) ? .egdi : (abs(dg) > abs(de) ? .governance : .both),
                slope: Self.slope(xs, ys), slopeEditions: xs.count))
        }
        rows.sort { $0.gapChange != $1.gapChange ? $0.gapChange > $1.gapChange : $0.iso3 < $1.iso3 }
        let caption = [from, last].map { alignment.caption(edition: $0, sources: ["WGI"]) }.joined(separator: " ")
        notes.insert(caption, at: 0)
        notes.append("gap = EGDI percentile \u{2212} \(dimension.variable)_pct (see rank-gap); gap change = \u{0394}EGDI percentile \u{2212} \u{0394}governance percentile, \(from) \u{2192} \(last); moving side = the larger absolute change. slope = within-country OLS slope of \(dimension.variable)_pct on the EGDI percentile over editions \(used.map(String.init).joined(separator: ", ")) (at least 3 editions).")
        return DecouplingResult(from: from, to: last, alignment: alignment, dimension: dimension, editions: used, rows: rows, notes: notes)
    }

    /// Σ(x−x̄)(y−ȳ)/Σ(x−x̄)², nil for fewer than 3 points or constant x.
    static func slope(_ x: [Double], _ y: [Double]) -> Double? {
        let n = x.count
        guard n >= 3 else { return nil }
        let mx = x.reduce(0, +) / Double(n), my = y.reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0
        for i in 0..<n { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx) }
        return sxx > 0 ? sxy / sxx : nil
    }
}

extension DecouplingResult {
    public func table(postSovietOnly: Bool = false) -> ResultTable {
        let shown = postSovietOnly ? rows.filter(\.postSoviet) : rows
        var notes = self.notes
        notes.append("post_soviet = 1 marks the 15 successor states of the USSR.")
        return ResultTable(
            title: "Decoupling \(from) \u{2192} \(to): EGDI percentile vs \(dimension.label) percentile",
            columns: [TableColumn("iso3", alignment: .left), TableColumn("country", alignment: .left), TableColumn("post_soviet"),
                      TableColumn("gap_\(from)", key: "gap_from"), TableColumn("gap_\(to)", key: "gap_to"), TableColumn("gap_change"),
                      TableColumn("egdi_pct_change"), TableColumn("gov_pct_change"), TableColumn("moving_side", alignment: .left),
                      TableColumn("slope"), TableColumn("slope_editions")],
            rows: shown.map { r in
                [.text(r.iso3), .text(r.country), .integer(r.postSoviet ? 1 : 0), .number(r.fromGap), .number(r.toGap),
                 .number(r.gapChange), .number(r.egdiPercentileChange), .number(r.governancePercentileChange),
                 .text(r.movingSide.rawValue), .number(r.slope), .integer(r.slopeEditions)]
            },
            notes: notes)
    }
}
