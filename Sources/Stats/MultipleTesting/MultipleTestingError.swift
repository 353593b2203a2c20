/// Errors of `PValueAdjustment.adjust`.
public enum MultipleTestingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A p-value is NaN or outside [0, 1] (0-based index).
    case invalidPValue(index: Int, value: Double)
    /// The declared number of tests is smaller than the number of p-values given.
    case tooFewTests(numberOfTests: Int, pValues: Int)

    public var description: String {
        switch self {
        case .invalidPValue(let index, let value):
            return "p-value \(value) at position \(index + 1) is not in [0, 1]: remove missing p-values before adjusting"
        case .tooFewTests(let m, let count):
            return "the number of tests (\(m)) is smaller than the number of p-values (\(count)): pass at least \(count)"
        }
    }
}
