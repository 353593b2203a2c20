// Pooled vs between vs within: where the EGDI-governance association lives.

import Stats

/// One estimate of the EGDI slope.
public struct SlopeEstimate: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// OLS on all country-editions: y_it = a + b·egdi_it.
        case pooled
        /// OLS on country means: ȳ_i = a + b·egdī_i.
        case between
        /// Two-way fixed effects: y_it = b·egdi_it + α_i + γ_t.
        case within
    }
    public var kind: Kind
    public var slope: Double
    /// Observations entering the fit (country-editions; countries for `between`).
    public var observations: Int
    /// Countries contributing.
    public var countries: Int
}

public struct SlopeDecomposition: Sendable, Equatable, Codable {
    public var outcome: GovernanceOutcome
    public var alignment: YearAlignment
    public var editions: [Int]
    public var postSovietOnly: Bool
    public var estimates: [SlopeEstimate]
    public var notes: [String]
}

extension ParadoxPanel {
    /// The slope of `outcome` (at the paired year) on `egdi` across the editions, three ways:
    /// pooled OLS, between (OLS on country means over each country's editions) and within
    /// (two-way fixed effects, country and edition, estimated exactly by OLS with dummy
    /// variables — the least-squares dummy-variable form of the within estimator, Frisch-Waugh-Lovell).
    /// A large pooled/between slope with a small within slope says the association is
    /// cross-sectional: countries with better e-government govern better, but improving
    /// e-government does not go with improving governance.
    ///
    /// Point estimates only: standard errors (classical for pooled/between, clustered by
    /// country for within) are left to the regression module.
    public func slopeDecomposition(outcome: GovernanceOutcome = .wgiCC, alignment: YearAlignment = .dataYear,
                                   postSovietOnly: Bool = false) throws(ParadoxError) -> SlopeDecomposition {
        var iso: [String] = [], ed: [Int] = [], x: [Double] = [], y: [Double] = []
        var used: [Int] = [], notes: [String] = []
        for e in editions {
            let a = try aligned(edition: e, alignment: alignment, variables: [outcome.variable])
            if a.unavailable.contains(outcome.variable) { notes += a.notes.dropFirst(); continue }
            used.append(e)
            for r in a.rows where !postSovietOnly || r.postSoviet {
                if let g = r.paired[outcome.variable], let v = r.survey["egdi"] { iso.append(r.iso3); ed.append(e); x.append(v); y.append(g) }
            }
        }
        let n = y.count
        let countryCodes = Array(Set(iso)).sorted(), editionYears = Array(Set(ed)).sorted()
        guard n >= 5, countryCodes.count >= 3 else {
            throw .insufficientData(what: "slope decomposition of \(outcome.variable)", observations: n, needed: 5)
        }
        func ols(_ columns: [[Double]], _ response: [Double], what: String) throws(ParadoxError) -> Double {
            guard let m = Matrix(columns: columns) else { throw .fit(what: what, reason: "could not build the design matrix") }
            do {
                let f = try LeastSquares.fit(m, response, options: LeastSquaresOptions(computeLeverage: false))
                guard let b = f.coefficient(forColumn: 1) else { throw ParadoxError.fit(what: what, reason: "egdi is collinear with the fixed effects") }
                return b
            } catch let e as LeastSquaresError {
                throw .fit(what: what, reason: e.description)
            } catch {
                throw .fit(what: what, reason: "\(error)")
            }
        }
        let ones = [Double](repeating: 1, count: n)
        let pooled = try ols([ones, x], y, what: "pooled slope")
        var sums: [String: (x: Double, y: Double, k: Int)] = [:]
        for i in 0..<n { let s = sums[iso[i]] ?? (0, 0, 0); sums[iso[i]] = (s.x + x[i], s.y + y[i], s.k + 1) }
        let mx = countryCodes.map { sums[$0].map { $0.x / Double($0.k) } ?? 0 }
        let my = countryCodes.map { sums[$0].map { $0.y / Double($0.k) } ?? 0 }
        let between = try ols([Array(repeating: 1, count: countryCodes.count), mx], my, what: "between slope")
        var columns = [ones, x]
        for c in countryCodes.dropFirst() { columns.append(iso.map { $0 == c ? 1 : 0 }) }
        for t in editionYears.dropFirst() { columns.append(ed.map { $0 == t ? 1 : 0 }) }
        let within = try ols(columns, y, what: "within (two-way fixed effects) slope")
        let g = countryCodes.count
        notes.insert("Editions \(used.map(String.init).joined(separator: ", ")), each paired with \(outcome.variable) of year \(alignment == .dataYear ? "Y\u{2212}1" : "Y") (\(alignment.rule)).", at: 0)
        notes.append("pooled: OLS of \(outcome.variable) on egdi over \(n) country-editions; between: OLS of country means (\(g) countries); within: two-way fixed effects (country, edition) by dummy variables. Standard errors are not reported here (see egov regress).")
        return SlopeDecomposition(
            outcome: outcome, alignment: alignment, editions: used, postSovietOnly: postSovietOnly,
            estimates: [SlopeEstimate(kind: .pooled, slope: pooled, observations: n, countries: g),
                        SlopeEstimate(kind: .between, slope: between, observations: g, countries: g),
                        SlopeEstimate(kind: .within, slope: within, observations: n, countries: g)],
            notes: notes)
    }
}

extension SlopeDecomposition {
    public func table() -> ResultTable {
        ResultTable(
            title: "EGDI slope of \(outcome.label): pooled vs between vs within" + (postSovietOnly ? " (post-Soviet states)" : ""),
            columns: [TableColumn("estimator", alignment: .left), TableColumn("slope"), TableColumn("observations"), TableColumn("countries")],
            rows: estimates.map { [.text($0.kind.rawValue), .number($0.slope), .integer($0.observations), .integer($0.countries)] },
            notes: notes)
    }
}
