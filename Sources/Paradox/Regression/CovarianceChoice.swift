import Foundation
import PanelData
import Stats

/// The covariance a user asks for by name (`--vcov`), before the data is
/// known: cluster variables are column names here and become integer codes
/// on the estimation rows in `RegressionAnalysis`.
///
/// Syntax (DESIGN.md §3): `classical | hc0 | hc1 | hc2 | hc3 | hc4 | robust |
/// cluster(c) | cluster(c1, c2)`, case-insensitive keywords; `robust` is HC1
/// (Stata's `vce(robust)`). `iid` is accepted for `classical` (fixest's name).
public enum CovarianceChoice: Sendable, Hashable, CustomStringConvertible {
    case classical
    case hc0, hc1, hc2, hc3, hc4
    /// One-way clustering by one column.
    case cluster(String)
    /// Two-way clustering (Cameron, Gelbach & Miller 2011).
    case twoWayCluster(String, String)
    /// Driscoll–Kraay with maximum lag `L` (R `plm::vcovSCC(type = "HC0", maxlag = L)`), see ``/Stats/PanelCovariance``.
    case driscollKraay(lag: Int)
    /// Beck–Katz panel-corrected standard errors, with the rule for unbalanced panels.
    case pcse(PCSERule)
    /// Newey–West for one time series with maximum lag `L` (R `sandwich::NeweyWest(lag = L, prewhite = FALSE, adjust = FALSE)`).
    case neweyWest(lag: Int)
    /// Bell–McCaffrey CR2 clustered by a column, Satterthwaite df per coefficient (R clubSandwich).
    case cr2(String)

    /// The names accepted, for messages.
    public static let syntax = "classical, hc0, hc1, hc2, hc3, hc4, robust (= hc1), cluster(c), cluster(c1,c2), cr2(c), driscoll-kraay(L), newey-west(L) or pcse"

    /// Parses `--vcov` text.
    public init(parsing text: String) throws(RegressionAnalysisError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        switch lower {
        case "classical", "iid", "const": self = .classical; return
        case "hc0": self = .hc0; return
        case "hc1", "robust": self = .hc1; return
        case "hc2": self = .hc2; return
        case "hc3": self = .hc3; return
        case "hc4": self = .hc4; return
        default: break
        }
        if let panel = try Self.parsePanel(text: text) { self = panel; return }
        if lower.hasPrefix("cluster") {
            let rest = trimmed.dropFirst("cluster".count).trimmingCharacters(in: .whitespaces)
            guard rest.hasPrefix("("), rest.hasSuffix(")"), rest.count >= 2 else {
                throw .invalidCovariance(text: text, reason: "write the cluster variable in parentheses, as in cluster(iso3) or cluster(iso3,year)")
            }
            let inner = rest.dropFirst().dropLast()
            let names = inner.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if names.contains(where: \.isEmpty) {
                throw .invalidCovariance(text: text, reason: "a cluster variable name is empty; write cluster(iso3) or cluster(iso3,year)")
            }
            switch names.count {
            case 1: self = .cluster(names[0])
            case 2:
                if names[0] == names[1] {
                    throw .invalidCovariance(text: text, reason: "the two cluster variables are the same; use cluster(\(names[0])) for one-way clustering")
                }
                self = .twoWayCluster(names[0], names[1])
            default:
                throw .invalidCovariance(text: text, reason: "at most two cluster variables are supported (two-way clustering)")
            }
            return
        }
        let suggestion = nearestNames(to: lower, in: ["classical", "hc0", "hc1", "hc2", "hc3", "hc4", "robust", "cluster", "cr2", "driscoll-kraay", "newey-west", "pcse"], limit: 1)
        var reason = "use one of \(Self.syntax)"
        if let s = suggestion.first { reason = "did you mean \(s == "cluster" ? "cluster(c)" : s)? Use one of \(Self.syntax)" }
        throw .invalidCovariance(text: text, reason: reason)
    }

    /// Columns the covariance reads (they join the listwise deletion).
    public var clusterVariables: [String] {
        switch self {
        case .cluster(let c): return [c]
        case .twoWayCluster(let a, let b): return [a, b]
        case .cr2(let c): return [c]
        default: return []
        }
    }

    /// Canonical text (`hc1`, `cluster(iso3)`), parsable again.
    public var description: String {
        switch self {
        case .classical: return "classical"
        case .hc0: return "hc0"
        case .hc1: return "hc1"
        case .hc2: return "hc2"
        case .hc3: return "hc3"
        case .hc4: return "hc4"
        case .cluster(let c): return "cluster(\(c))"
        case .twoWayCluster(let a, let b): return "cluster(\(a),\(b))"
        case .driscollKraay(let l): return "driscoll-kraay(\(l))"
        case .pcse(let rule): return rule == .casewise ? "pcse" : "pcse(\(rule.rawValue))"
        case .neweyWest(let l): return "newey-west(\(l))"
        case .cr2(let c): return "cr2(\(c))"
        }
    }
}
