@testable import Stats

/// The cases of scripts/reference/correlation_r.R (R's `cor.test`), each with its exact call.
struct CorrelationReference: Decodable {
    struct Pair: Decodable {
        var x: [String]
        var y: [String]
    }
    struct Case: Decodable, CustomStringConvertible {
        var data: String
        var method: String
        var alternative: String
        var exact: String
        var continuity: Bool
        var level: Double
        var call: String
        var estimate: String
        var statistic: String
        var statistic_name: String
        var p_value: String
        var conf_low: String
        var conf_high: String

        var description: String { call }
        var ourAlternative: CorrelationAlternative {
            alternative == "two.sided" ? .twoSided : (alternative == "greater" ? .greater : .less)
        }
        var ourExact: ExactPolicy { ExactPolicy(rawValue: exact) ?? .auto }
    }
    var data: [String: Pair]
    var cases: [Case]

    static func load() throws -> CorrelationReference { try Fixtures.load("correlation_r") }

    func sample(_ name: String) -> (x: [Double], y: [Double]) {
        guard let p = data[name] else { return ([], []) }
        return (Fixtures.doubles(p.x), Fixtures.doubles(p.y))
    }

    func cases(method: String) -> [Case] { cases.filter { $0.method == method } }
}

/// |a − b| ≤ tol·max(|b|, floor): relative agreement, absolute near zero.
func close(_ a: Double, _ b: Double, rel tol: Double, floor: Double = 1e-300) -> Bool {
    if a == b { return true }
    return abs(a - b) <= tol * max(abs(b), floor)
}

/// scripts/reference/correlation_scipy.py: scipy.stats on the same samples.
struct ScipyCorrelationReference: Decodable {
    struct Case: Decodable, CustomStringConvertible {
        var data: String
        var method: String
        var alternative: String
        var call: String
        var estimate: String
        var p_value: String
        var conf_low: String?
        var conf_high: String?
        var description: String { call }
        var ourAlternative: CorrelationAlternative { CorrelationAlternative(rawValue: alternative) ?? .twoSided }
    }
    var cases: [Case]
    static func load() throws -> ScipyCorrelationReference { try Fixtures.load("correlation_scipy") }
}

/// scripts/reference/correlation_spearman_exact.py: brute-force enumeration with fractions.
struct SpearmanEnumerationReference: Decodable {
    struct P: Decodable { var fraction: String; var value: String }
    struct Case: Decodable {
        var name: String
        var x: [String]
        var y: [String]
        var rho: String
        var permutations: Int
        var p: [String: P]
    }
    var cases: [Case]
    static func load() throws -> SpearmanEnumerationReference { try Fixtures.load("correlation_spearman_exact") }
}

/// scripts/reference/correlation_kendall_exact.R: R's exact Kendall test, x = 1…n.
struct KendallExactReference: Decodable {
    struct Case: Decodable, CustomStringConvertible {
        var n: Int
        var y: [Double]
        var alternative: String
        var call: String
        var estimate: String
        var statistic: String
        var p_value: String
        var description: String { call }
    }
    var cases: [Case]
    static func load() throws -> KendallExactReference { try Fixtures.load("correlation_kendall_exact_r") }
}

extension CorrelationAlternative {
    /// From R's spelling ("two.sided") or ours.
    init(r: String) { self = r == "two.sided" ? .twoSided : (CorrelationAlternative(rawValue: r) ?? .twoSided) }
}
