import Foundation
import Testing
@testable import Stats

/// Accuracy of every distribution against 50-digit mpmath values
/// (Fixtures/distributions.json, written by scripts/reference/distributions.py).
/// Bar: relative error <= 1e-12 for cdf, sf, quantile and upperQuantile.
@Suite struct DistributionAccuracyTests {
    struct Case: Decodable {
        var family: String
        var params: [Double]
        var x: String
        var cdf: String
        var sf: String
        var p: String?
        var quantile: String?
        var q: String?
        var upper_quantile: String?
    }
    struct File: Decodable { var cases: [Case] }

    static func distribution(_ c: Case) throws -> any ContinuousDistribution {
        switch c.family {
        case "normal": return Normal.standard
        case "t": return try StudentT(degreesOfFreedom: c.params[0])
        case "chi2": return try ChiSquared(degreesOfFreedom: c.params[0])
        case "f": return try FisherF(numeratorDegreesOfFreedom: c.params[0], denominatorDegreesOfFreedom: c.params[1])
        default: throw CocoaError(.coderInvalidValue)
        }
    }

    static func relativeError(_ value: Double, _ reference: String) -> Double {
        let r = Double(reference) ?? .nan
        if value == r { return 0 }
        return abs(value - r) / abs(r)
    }

    @Test func everyFunctionWithinTwelveDigits() throws {
        let file = try Fixtures.load("distributions", as: File.self)
        #expect(file.cases.count > 1000)
        var worst: [String: (Double, String)] = [:]
        var failures: [String] = []
        for c in file.cases {
            let d = try Self.distribution(c)
            let x = Double(c.x) ?? .nan
            var checks: [(String, Double, String)] = [("cdf", d.cdf(x), c.cdf), ("sf", d.sf(x), c.sf)]
            if let p = c.p, let ref = c.quantile { checks.append(("quantile", d.quantile(Double(p) ?? .nan), ref)) }
            if let q = c.q, let ref = c.upper_quantile { checks.append(("upperQuantile", d.upperQuantile(Double(q) ?? .nan), ref)) }
            for (name, value, reference) in checks {
                // Values below the smallest normal double are not representable to 12 digits.
                if let r = Double(reference), abs(r) < 1e-300, name == "cdf" || name == "sf" { continue }
                let e = Self.relativeError(value, reference)
                let key = "\(c.family).\(name)"
                let label = "\(c.family)\(c.params) \(name) at x=\(c.x): got \(value), want \(reference) (rel. error \(e))"
                if e > (worst[key]?.0 ?? -1) { worst[key] = (e, label) }
                if !(e <= 1e-12) { failures.append(label) }
            }
        }
        for key in worst.keys.sorted() { print("worst \(key): \(worst[key]!.1)") }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) values beyond 1e-12:\n" + failures.prefix(40).joined(separator: "\n")))
    }

    struct Probe: Decodable {
        var family: String
        var params: [Double]
        var tail: String
        var p: String
        var x: String
    }
    struct ProbeFile: Decodable { var probes: [Probe]; var skipped: [[String]] }

    /// Quantiles at chosen probabilities 0.5 … 1e-300, both tails, every family and
    /// degrees of freedom (Fixtures/distributions_quantiles.json, 60-digit roots).
    @Test func quantileProbesWithinTwelveDigits() throws {
        let file = try Fixtures.load("distributions_quantiles", as: ProbeFile.self)
        #expect(file.probes.count > 1000)
        var worst: [String: (Double, String)] = [:]
        var failures: [String] = []
        for c in file.probes {
            let d: any ContinuousDistribution
            switch c.family {
            case "normal": d = Normal.standard
            case "t": d = try StudentT(degreesOfFreedom: c.params[0])
            case "chi2": d = try ChiSquared(degreesOfFreedom: c.params[0])
            default: d = try FisherF(numeratorDegreesOfFreedom: c.params[0], denominatorDegreesOfFreedom: c.params[1])
            }
            let p = Double(c.p) ?? .nan
            let name = c.tail == "lower" ? "quantile" : "upperQuantile"
            let value = c.tail == "lower" ? d.quantile(p) : d.upperQuantile(p)
            let e = Self.relativeError(value, c.x)
            let key = "\(c.family).\(name)"
            let label = "\(c.family)\(c.params) \(name)(\(c.p)): got \(value), want \(c.x) (rel. error \(e))"
            if e > (worst[key]?.0 ?? -1) { worst[key] = (e, label) }
            if !(e <= 1e-12) { failures.append(label) }
        }
        for key in worst.keys.sorted() { print("worst probe \(key): \(worst[key]!.1)") }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) quantiles beyond 1e-12:\n" + failures.prefix(60).joined(separator: "\n")))
    }

    @Test func invalidParametersAreTypedErrors() {
        #expect(throws: DistributionError.self) { try StudentT(degreesOfFreedom: 0) }
        #expect(throws: DistributionError.self) { try ChiSquared(degreesOfFreedom: -1) }
        #expect(throws: DistributionError.self) { try FisherF(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: .nan) }
        do {
            _ = try Normal(mean: 0, standardDeviation: 0)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "Normal: parameter standardDeviation = 0.0 is invalid; it must be finite and > 0.")
        }
    }

    @Test func edgesAndSymmetry() throws {
        let t = try StudentT(degreesOfFreedom: 3)
        #expect(t.cdf(0) == 0.5)
        #expect(t.quantile(0.5) == 0)
        #expect(t.quantile(0) == -.infinity && t.upperQuantile(0) == .infinity)
        #expect(t.quantile(1.5).isNaN && t.quantile(.nan).isNaN)
        #expect(t.cdf(-2) == t.sf(2))
        let inf = try StudentT(degreesOfFreedom: .infinity)
        #expect(inf.cdf(-1.5) == Normal.standard.cdf(-1.5))
        // Cauchy (t with 1 df) has the closed form 1/2 + atan(x)/π.
        let cauchy = try StudentT(degreesOfFreedom: 1)
        #expect(abs(cauchy.cdf(0.7) - (0.5 + atan(0.7) / Double.pi)) < 1e-15)
        #expect(abs(Normal.standard.upperQuantile(0.025) - 1.959963984540054) < 1e-15)  // qnorm(0.975) in R
        #expect(try ChiSquared(degreesOfFreedom: 2).sf(10) == exp(-5))                 // exact for 2 df
    }
}

@Suite struct DistributionSpellingTests {
    @Test func shortInitializersMatchLongOnes() throws {
        #expect(try StudentT(df: 7.5) == StudentT(degreesOfFreedom: 7.5))
        #expect(try ChiSquared(df: 3) == ChiSquared(degreesOfFreedom: 3))
        #expect(try FisherF(df1: 2, df2: 9) == FisherF(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 9))
        #expect(try Normal(mean: 1, sd: 2) == Normal(mean: 1, standardDeviation: 2))
        #expect(throws: DistributionError.self) { try Normal(mean: 0, sd: -1) }
        #expect(throws: DistributionError.self) { try FisherF(df1: 0, df2: 1) }
    }

    /// erfc far tail against mpmath: erfc(26) = 5.663192408856142e-296
    /// (mpmath.erfc(26) at 50 digits: 5.6631924088561428...e-296).
    @Test func erfcFarTail() {
        let value = SpecialFunctions.erfc(26)
        #expect(abs(value / 5.6631924088561428e-296 - 1) < 1e-14)
    }
}
