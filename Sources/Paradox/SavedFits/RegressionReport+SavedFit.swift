// The saved-fit keys of `egov regress --format json` (DESIGN.md §6), appended after the
// keys of the §3 contract so that nothing earlier moves.

import Foundation
import Stats

extension RegressionReport {
    /// `dependent`, `estimator` (``estimatorName``: "ols", "fe", "re", "fd", "between", "2sls",
    /// "quantile", "ml"), `family` (null: linear model; the GLM distribution or the ordered model), `vcov_terms` and `vcov_matrix` (the k×k covariance the
    /// standard errors came from, ``/Stats/RegressionResult/covariance``, full precision),
    /// `data`, `where` and `format_version` (``SavedFit/currentFormatVersion``).
    public var savedFitMembers: [(String, JSONValue)] {
        let r = result
        let k = r.coefficients.count
        let matrix: [JSONValue] = (0..<k).map { i in
            .array((0..<k).map { j in
                i < r.covariance.rows && j < r.covariance.columns ? .number(r.covariance[i, j]) : .null
            })
        }
        return [
            ("dependent", .string(specification.formula.response.rDescription)),
            ("estimator", .string(estimatorName)),
            ("family", likelihood.map { .string($0.familyName) } ?? .null),
            ("vcov_terms", .array(r.coefficients.map { .string($0.term) })),
            ("vcov_matrix", .array(matrix)),
            ("data", .string(dataSource)),
            ("where", .string(filter)),
            ("format_version", .integer(SavedFit.currentFormatVersion)),
        ]
    }

    /// The report as a saved fit (what `egov table` reads back from the JSON).
    public var savedFit: SavedFit? {
        try? SavedFit(json: Data(json().serialized().utf8), source: formula)
    }
}
