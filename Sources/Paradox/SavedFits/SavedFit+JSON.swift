// Reading a saved fit: Foundation's JSONDecoder (exact shortest-round-trip doubles) into a
// tolerant transfer object, then checks (format version, covariance shape).

import Foundation

extension SavedFit {
    /// Reads a saved fit from the bytes of a JSON file; `source` names it in errors.
    /// - Throws: ``SavedFitError``: not JSON, not a fit, no or an unreadable format version,
    ///   a covariance that is not k×k.
    public init(json data: Data, source: String = "fit") throws(SavedFitError) {
        // The version first, so that an incompatible file says so rather than failing on a key.
        let probe: VersionProbe
        do { probe = try JSONDecoder().decode(VersionProbe.self, from: data) } catch {
            throw .notAFit(source: source, reason: "not a JSON object: \(Self.reason(error))")
        }
        guard let version = probe.format_version else {
            if probe.coefficients == nil { throw .notAFit(source: source, reason: "no \"coefficients\" and no \"format_version\" key") }
            throw .missingVersion(source: source)
        }
        let readable = SavedFit.oldestReadableFormatVersion...SavedFit.currentFormatVersion
        guard readable.contains(version) else { throw .incompatibleVersion(source: source, version: version, readable: readable) }
        let t: Transfer
        do { t = try JSONDecoder().decode(Transfer.self, from: data) } catch {
            throw .notAFit(source: source, reason: Self.reason(error))
        }
        let matrix = (t.vcov_matrix ?? []).map { $0.map { $0 ?? .nan } }
        let terms = t.vcov_terms ?? []
        if matrix.count != terms.count || matrix.contains(where: { $0.count != terms.count }) {
            throw .covarianceShape(source: source, terms: terms.count, rows: matrix.count, columns: matrix.map(\.count))
        }
        self.init(
            formatVersion: version, formula: t.formula, dependent: t.dependent,
            estimator: t.estimator ?? ((t.fixed_effects ?? []).isEmpty ? "ols" : "fe"), family: t.family,
            observations: t.nobs, observationsDropped: t.nobs_dropped, residualDegreesOfFreedom: t.df_residual,
            covarianceLabel: t.vcov ?? "classical", rSquared: t.r_squared, adjustedRSquared: t.adj_r_squared,
            withinRSquared: t.within_r_squared, pseudoRSquared: t.pseudo_r2, sigma: t.sigma, logLikelihood: t.loglik,
            aic: t.aic, bic: t.bic,
            coefficients: t.coefficients.map {
                Coefficient(term: $0.term, estimate: $0.estimate ?? .nan, standardError: $0.std_error, statistic: $0.statistic,
                            pValue: $0.p_value, confidenceLow: $0.conf_low, confidenceHigh: $0.conf_high)
            },
            level: t.level ?? 0.95, distribution: t.statistic?.distribution, distributionDegreesOfFreedom: t.statistic?.df,
            covarianceTerms: terms, covariance: matrix,
            fixedEffects: (t.fixed_effects ?? []).map { FixedEffect(name: $0.name, levels: $0.levels) },
            clusters: (t.clusters ?? []).map { Cluster(name: $0.name, groups: $0.groups) },
            data: t.data, condition: t.where, notes: t.notes ?? [])
    }

    /// Reads the saved fit in the file at `url`.
    public init(contentsOf url: URL) throws(SavedFitError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw .unreadable(source: url.relativePath, reason: exists ? (error as NSError).localizedDescription : "no such file")
        }
        try self.init(json: data, source: url.relativePath)
    }

    private static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let c)?:
            return "the key \"\(path(c.codingPath + [key]))\" is missing"
        case .typeMismatch(_, let c)?, .valueNotFound(_, let c)?:
            return "\"\(path(c.codingPath))\" has the wrong type"
        case .dataCorrupted(let c)?:
            return c.codingPath.isEmpty ? "not valid JSON" : "\"\(path(c.codingPath))\" is not valid"
        default:
            return "not valid JSON"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    private struct VersionProbe: Decodable {
        var format_version: Int?
        var coefficients: [IgnoredValue]?
    }

    /// Accepts any JSON value.
    private struct IgnoredValue: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    private struct Transfer: Decodable {
        struct Coefficient: Decodable {
            var term: String
            var estimate: Double?
            var std_error: Double?
            var statistic: Double?
            var p_value: Double?
            var conf_low: Double?
            var conf_high: Double?
        }
        struct Statistic: Decodable { var distribution: String?; var df: Int? }
        struct FE: Decodable { var name: String; var levels: Int? }
        struct Cluster: Decodable { var name: String; var groups: Int? }
        var formula: String
        var dependent: String?
        var estimator: String?
        var family: String?
        var nobs: Int
        var nobs_dropped: Int?
        var df_residual: Int?
        var vcov: String?
        var r_squared: Double?
        var adj_r_squared: Double?
        var within_r_squared: Double?
        var pseudo_r2: Double?
        var sigma: Double?
        var loglik: Double?
        var aic: Double?
        var bic: Double?
        var coefficients: [Coefficient]
        var level: Double?
        var statistic: Statistic?
        var vcov_terms: [String]?
        var vcov_matrix: [[Double?]]?
        var fixed_effects: [FE]?
        var clusters: [Cluster]?
        var data: String?
        var `where`: String?
        var notes: [String]?
    }
}
