import Foundation
import Testing
@testable import Stats

/// Accuracy of every distribution against mpmath values at 60 working digits
/// (Fixtures/distributions.json and distributions_quantiles.json, written by
/// scripts/reference/distributions.py). Bar: relative error <= 1e-12 for cdf, sf,
/// quantile and upperQuantile. Each test prints the worst case per function family.
@Suite struct DistributionAccuracyTests {
    struct Case: Decodable {
        var family: String
        var params: [Double]
        var x: String
        var cdf: String
        var sf: String
        var logpdf: String?
        var p: String?
        var quantile: String?
        var q: String?
        var upper_quantile: String?
    }
    struct File: Decodable { var cases: [Case] }

    /// cdf and sf on a grid of x per family and degrees of freedom
    /// (df ∈ {0.5, 1, 1.5, 2, 3, 5, 10, 30, 100, 1e3, 1e4, 1e5, 1e6}, F on pairs of
    /// {0.5, 1, 3, 10, 100, 1e4, 1e6}), and the quantiles of double(cdf(x)) and double(sf(x)).
    @Test func everyFunctionWithinTwelveDigits() throws {
        let file = try Fixtures.load("distributions", as: File.self)
        #expect(file.cases.count > 1000)
        var ledger = ErrorLedger(bound: 1e-12)
        for c in file.cases {
            let d = try fixtureDistribution(c.family, c.params)
            let x = Double(c.x) ?? .nan
            var checks: [(String, Double, String)] = [("cdf", d.cdf(x), c.cdf), ("sf", d.sf(x), c.sf)]
            if let p = c.p, let ref = c.quantile { checks.append(("quantile", d.quantile(Double(p) ?? .nan), ref)) }
            if let q = c.q, let ref = c.upper_quantile { checks.append(("upperQuantile", d.upperQuantile(Double(q) ?? .nan), ref)) }
            for (name, value, reference) in checks {
                // Probabilities below the smallest normal double (2.2e-308) are subnormal:
                // not representable to 12 digits, so not held to the bar.
                if let r = Double(reference), abs(r) < Double.leastNormalMagnitude, name == "cdf" || name == "sf" { continue }
                ledger.record("\(c.family).\(name)", error: referenceRelativeError(value, reference),
                              label: "\(c.family)\(c.params) \(name) at x=\(c.x): got \(value), want \(reference)")
            }
        }
        print(ledger.summary("worst"))
        #expect(ledger.failures.isEmpty, Comment(rawValue: "\(ledger.failures.count) values beyond 1e-12:\n"
            + ledger.failures.prefix(40).joined(separator: "\n")))
    }

    /// Densities on the same grid: logPDF to an absolute 1e-12·max(1, |ln f|) (ln f can
    /// be near 0, or −7e5 far out for df 1e6), pdf to a relative 1e-12 where it is a
    /// normal double.
    @Test func densitiesWithinTwelveDigits() throws {
        let file = try Fixtures.load("distributions", as: File.self)
        var ledger = ErrorLedger(bound: 1e-12)
        var checked = 0
        for c in file.cases {
            guard let reference = c.logpdf, let logRef = Double(reference) else { continue }
            let d = try fixtureDistribution(c.family, c.params)
            let x = Double(c.x) ?? .nan
            let logValue = d.logPDF(x)
            ledger.record("\(c.family).logPDF", error: abs(logValue - logRef) / max(1, abs(logRef)),
                          label: "\(c.family)\(c.params) logPDF at x=\(c.x): got \(logValue), want \(reference)")
            if logRef > log(Double.leastNormalMagnitude) && logRef < 700 {
                let value = d.pdf(x), want = exp(logRef)
                // exp of the reference rounded to a double is off by up to |ln f|·1.1e-16 ≤ 8e-14, below the bar.
                ledger.record("\(c.family).pdf", error: abs(value - want) / want,
                              label: "\(c.family)\(c.params) pdf at x=\(c.x): got \(value), want exp(\(reference))")
            }
            checked += 1
        }
        #expect(checked > 1000)
        print(ledger.summary("worst"))
        #expect(ledger.failures.isEmpty, Comment(rawValue: "\(ledger.failures.count) densities beyond 1e-12:\n"
            + ledger.failures.prefix(40).joined(separator: "\n")))
    }

    struct Probe: Decodable {
        var family: String
        var params: [Double]
        var tail: String
        var p: String
        var kind: String
        var x: String
    }
    struct WeakSpot: Decodable {
        var family: String
        var params: [Double]
        var function: String
        var argument: String
        var reference: String
        var r_call: String
        var r: String?
        var scipy: String
    }
    struct ProbeFile: Decodable { var probes: [Probe]; var skipped: [[String]]; var weak_spots: [WeakSpot] }

    static func evaluate(_ d: any ContinuousDistribution, _ function: String, _ argument: Double) -> Double {
        switch function {
        case "cdf": return d.cdf(argument)
        case "sf": return d.sf(argument)
        case "quantile": return d.quantile(argument)
        default: return d.upperQuantile(argument)
        }
    }

    /// Quantiles at p ∈ {0.5, 0.3, 0.1, 1e-2, 1e-3, 1e-6, 1e-10, 1e-20, 1e-50, 1e-100, 1e-200,
    /// 1e-300}, both tails, every family and degrees of freedom. Roots beyond the double
    /// range must come back as ±∞ ("overflow") or as 0/subnormal ("underflow").
    @Test func quantileProbesWithinTwelveDigits() throws {
        let file = try Fixtures.load("distributions_quantiles", as: ProbeFile.self)
        #expect(file.probes.count > 1700)
        #expect(file.skipped.isEmpty)
        var ledger = ErrorLedger(bound: 1e-12)
        var rangeFailures: [String] = []
        for c in file.probes {
            let d = try fixtureDistribution(c.family, c.params)
            let p = Double(c.p) ?? .nan
            let name = c.tail == "lower" ? "quantile" : "upperQuantile"
            let value = Self.evaluate(d, name, p)
            let label = "\(c.family)\(c.params) \(name)(\(c.p)): got \(value), want \(c.x)"
            switch c.kind {
            case "overflow":
                let expected: Double = (c.tail == "lower" && (c.family == "t" || c.family == "normal")) ? -.infinity : .infinity
                if value != expected { rangeFailures.append(label) }
            case "underflow":
                if !(abs(value) < Double.leastNormalMagnitude) { rangeFailures.append(label) }
            default:
                ledger.record("\(c.family).\(name)", error: referenceRelativeError(value, c.x), label: label)
            }
        }
        print(ledger.summary("worst probe"))
        #expect(ledger.failures.isEmpty, Comment(rawValue: "\(ledger.failures.count) quantiles beyond 1e-12:\n"
            + ledger.failures.prefix(60).joined(separator: "\n")))
        #expect(rangeFailures.isEmpty, Comment(rawValue: "out-of-range roots mishandled:\n" + rangeFailures.joined(separator: "\n")))
    }

    /// Documented weak spots of R 4.2 and scipy 1.17 (their answers recorded by the
    /// generator from Rscript and scipy.stats): R's qf lower tail with df 1e5..1e6,
    /// scipy's f.isf far tail (inf), t with df 0.5 and |t| up to 1e300 (scipy: 0 or a
    /// wrong root), chi-square with df 1e6 near the mode, the normal at 1e-300.
    @Test func weakSpotsOfROrScipy() throws {
        let file = try Fixtures.load("distributions_quantiles", as: ProbeFile.self)
        #expect(file.weak_spots.count >= 15)
        var failures: [String] = []
        for w in file.weak_spots {
            let d = try fixtureDistribution(w.family, w.params)
            let value = Self.evaluate(d, w.function, Double(w.argument) ?? .nan)
            let ours = referenceRelativeError(value, w.reference)
            let r = w.r.map { referenceRelativeError(Double($0) ?? .nan, w.reference) } ?? .nan
            let scipy = referenceRelativeError(Double(w.scipy) ?? .nan, w.reference)
            let line = "weak spot \(w.family)\(w.params) \(w.function)(\(w.argument)) = \(w.reference): "
                + "ours \(value) (rel. \(ours)), R \(w.r ?? "-") (rel. \(r)) [\(w.r_call)], scipy \(w.scipy) (rel. \(scipy))"
            print(line)
            if !(ours <= 1e-12) { failures.append(line) }
        }
        #expect(failures.isEmpty, Comment(rawValue: failures.joined(separator: "\n")))
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
}
