import Foundation
@testable import Stats

/// Relative error of a computed value against a decimal reference string written by
/// scripts/reference/distributions.py (mpmath, 60 digits, 25 stored).
func referenceRelativeError(_ value: Double, _ reference: String) -> Double {
    let r = Double(reference) ?? .nan
    if value == r { return 0 }
    return abs(value - r) / abs(r)
}

/// Collects the worst relative error per key and every case beyond a bound.
struct ErrorLedger {
    var bound: Double
    var worst: [String: (error: Double, label: String)] = [:]
    var failures: [String] = []

    init(bound: Double) { self.bound = bound }

    mutating func record(_ key: String, error: Double, label: String) {
        let line = "\(label) (rel. error \(error))"
        if error > (worst[key]?.error ?? -1) { worst[key] = (error, line) }
        if !(error <= bound) { failures.append(line) }
    }

    /// One line per key, for the test log (the lead quotes these).
    func summary(_ prefix: String) -> String {
        worst.keys.sorted().compactMap { key in worst[key].map { "\(prefix) \(key): \($0.label)" } }.joined(separator: "\n")
    }
}

/// The distribution a fixture row names.
func fixtureDistribution(_ family: String, _ params: [Double]) throws -> any ContinuousDistribution {
    switch family {
    case "normal": return Normal.standard
    case "t": return try StudentT(degreesOfFreedom: params[0])
    case "chi2": return try ChiSquared(degreesOfFreedom: params[0])
    case "f": return try FisherF(numeratorDegreesOfFreedom: params[0], denominatorDegreesOfFreedom: params[1])
    default: throw CocoaError(.coderInvalidValue)
    }
}

/// Fixtures/distributions_special.json (scripts/reference/distributions.py, part 4).
struct SpecialFunctionFixture: Decodable {
    struct Unary: Decodable { var x: String; var value: String }
    struct ErrorFunctionRow: Decodable { var x: String; var erf: String; var erfc: String }
    struct GammaRow: Decodable { var a: String; var x: String; var p: String; var q: String }
    struct BetaRow: Decodable { var x: String; var a: String; var b: String; var lower: String; var upper: String }
    var logGamma: [Unary]
    var erf: [ErrorFunctionRow]
    var gamma: [GammaRow]
    var beta: [BetaRow]

    static func load() throws -> SpecialFunctionFixture { try Fixtures.load("distributions_special") }
}
