/// Why a saved fit could not be read.
public enum SavedFitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(source: String, reason: String)
    /// Not JSON, or not the object `egov regress --format json` writes.
    case notAFit(source: String, reason: String)
    /// Written without a `format_version` key (before saved fits existed).
    case missingVersion(source: String)
    /// Written by a build whose saved-fit format this build cannot read.
    case incompatibleVersion(source: String, version: Int, readable: ClosedRange<Int>)
    /// `vcov_matrix` is not k×k for the k names of `vcov_terms`.
    case covarianceShape(source: String, terms: Int, rows: Int, columns: [Int])

    public var description: String {
        switch self {
        case let .unreadable(s, r):
            return "\(s): cannot read the saved fit (\(r)); check the path"
        case let .notAFit(s, r):
            return "\(s): not a saved fit (\(r)); write one with egov regress ... --format json --out \(s)"
        case let .missingVersion(s):
            return "\(s): has no format_version key, so it was not saved by this version of egov (or it was edited); "
                + "fit the model again with egov regress ... --format json --out \(s) --force"
        case let .incompatibleVersion(s, v, r):
            let range = r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)"
            let how = v > r.upperBound ? "update egov, or fit the model again with this version"
                : "fit the model again with this version of egov regress ... --format json --out \(s) --force"
            return "\(s): saved-fit format version \(v) is not readable by this egov (it reads version \(range)); \(how)"
        case let .covarianceShape(s, k, rows, cols):
            return "\(s): vcov_matrix is \(rows) rows of \(cols.map(String.init).joined(separator: ", ")) entries, but vcov_terms names \(k) terms; "
                + "the file is damaged: fit the model again"
        }
    }
}
