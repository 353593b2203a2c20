/// Errors of the descriptive statistics whose inputs come from users: samples handed to
/// `Summary` and probabilities handed to the quantile functions.
public enum DescriptiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sample has no observations.
    case emptySample
    /// The sample contains NaN (a missing value that was not removed) at this 0-based index.
    case notANumber(index: Int)
    /// A probability passed to a quantile function is NaN or outside [0, 1].
    case probabilityOutOfRange(Double)

    public var description: String {
        switch self {
        case .emptySample:
            return "the sample is empty: there is no observation to summarise; check the variable and any filter"
        case .notANumber(let index):
            return "the sample contains NaN at position \(index + 1): remove missing values before summarising"
        case .probabilityOutOfRange(let p):
            return "probability \(p) is outside [0, 1]: quantiles are defined for probabilities between 0 and 1"
        }
    }
}
