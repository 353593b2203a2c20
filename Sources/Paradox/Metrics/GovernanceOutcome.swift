// The governance outcomes the paradox metrics compare e-government with.

/// A governance outcome: a WGI dimension (estimate, with published percentile rank and
/// its 90% interval) or the TI Corruption Perceptions Index (0-100, 2012-2025).
public enum GovernanceOutcome: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case wgiVA = "wgi_va"
    case wgiPV = "wgi_pv"
    case wgiGE = "wgi_ge"
    case wgiRQ = "wgi_rq"
    case wgiRL = "wgi_rl"
    case wgiCC = "wgi_cc"
    case cpi

    /// The outcomes of the governance-residual metric, in its reporting order.
    public static let residualDefaults: [GovernanceOutcome] = [.wgiCC, .wgiGE, .wgiRL, .wgiVA, .cpi]
    /// The WGI dimensions (the outcomes with published percentile ranks).
    public static let wgiDimensions: [GovernanceOutcome] = [.wgiVA, .wgiPV, .wgiGE, .wgiRQ, .wgiRL, .wgiCC]

    /// The panel variable of the score.
    public var variable: String { rawValue }
    public var isWGI: Bool { self != .cpi }
    /// The published WGI percentile rank, its 90% interval bounds (nil for CPI).
    public var percentileVariable: String? { isWGI ? rawValue + "_pct" : nil }
    public var percentileLowVariable: String? { isWGI ? rawValue + "_pct_lo" : nil }
    public var percentileHighVariable: String? { isWGI ? rawValue + "_pct_hi" : nil }

    public var label: String {
        switch self {
        case .wgiVA: "WGI Voice and Accountability"
        case .wgiPV: "WGI Political Stability"
        case .wgiGE: "WGI Government Effectiveness"
        case .wgiRQ: "WGI Regulatory Quality"
        case .wgiRL: "WGI Rule of Law"
        case .wgiCC: "WGI Control of Corruption"
        case .cpi: "TI Corruption Perceptions Index"
        }
    }
}
