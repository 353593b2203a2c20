// `egov regress --quantile`: quantile regression at one or several τ.

import ArgumentParser
import EGovParadox
import Foundation

/// The quantile options of `egov regress`, validated.
struct QuantileOptions {
    var taus: [Double]
    var covariance: QuantileCovariance

    /// Reads `--quantile` (repeatable, comma-separated), `--vcov iid|nid|boot`, `--reps`, `--seed`.
    static func parse(quantile: [String], vcov: String?, reps: Int?, seed: UInt64?) throws -> QuantileOptions {
        var taus: [Double] = []
        for item in quantile {
            for part in item.split(separator: ",", omittingEmptySubsequences: false) {
                let text = part.trimmingCharacters(in: .whitespaces)
                guard let t = Double(text), t.isFinite else {
                    throw ValidationError("--quantile '\(text)' is not a number: give τ between 0 and 1, e.g. --quantile 0.5 or --quantile 0.25,0.5,0.75")
                }
                guard t > 0 && t < 1 else {
                    throw ValidationError("--quantile \(text) is outside (0, 1): τ must be strictly between 0 and 1, e.g. 0.5 for the median")
                }
                if !taus.contains(t) { taus.append(t) }
            }
        }
        let covariance: QuantileCovariance
        switch vcov?.trimmingCharacters(in: .whitespaces).lowercased() {
        case nil, "nid": covariance = .nid
        case "iid": covariance = .iid
        case "boot", "bootstrap":
            guard let reps else {
                throw ValidationError("--vcov boot needs the number of bootstrap replications: add --reps B (e.g. --reps 200, quantreg's default) and optionally --seed S")
            }
            guard reps >= 2 else { throw ValidationError("--reps \(reps): the bootstrap needs at least 2 replications (e.g. --reps 200)") }
            covariance = .bootstrap(replications: reps, seed: seed ?? 1)
        case let other?:
            throw ValidationError("--vcov '\(other)' does not apply to quantile regression: use iid, nid (the default) or boot, as summary.rq's se =")
        }
        if reps != nil, case .bootstrap = covariance {} else if reps != nil {
            throw ValidationError("--reps is only used with --vcov boot")
        }
        return QuantileOptions(taus: taus, covariance: covariance)
    }
}

extension RegressCommand {
    /// Fits every τ and prints the reports (text one after the other; JSON one
    /// object for one τ, an array of objects for several).
    func runQuantiles(_ base: RegressionSpecification, panel: PanelDataset) throws {
        let options: QuantileOptions
        do { options = try QuantileOptions.parse(quantile: quantile, vcov: vcov, reps: reps, seed: seed) } catch {
            printError("\(error)")
            throw ExitCode(64)
        }
        var spec = base
        spec.quantiles = options.taus
        spec.quantileCovariance = options.covariance
        var reports: [RegressionReport]
        do {
            reports = try RegressionAnalysis.runQuantiles(spec, data: panel.table, dataSource: dataFile.data ?? "embedded panel")
        } catch {
            printError(error.description)
            throw ExitCode(error.isUsageError ? 64 : 1)
        }
        // --test, --lincom, --slopes, --predict on each τ's fit.
        let request = try postEstimationRequest()
        if !request.isEmpty {
            do { reports = try reports.map { r throws(PostEstimationError) in try r.postEstimated(request) } } catch {
                printError(error.description)
                throw ExitCode(error.isUsageError ? 64 : 1)
            }
        }
        switch format.format {
        case .json:
            let value = reports.count == 1 ? reports[0].json() : JSONValue.array(reports.map { $0.json() })
            try output.emit(value.serialized(pretty: true) + "\n")
        default:
            try output.emit(reports.map { $0.rendered(as: format.format) }.joined(separator: "\n"))
        }
    }
}
