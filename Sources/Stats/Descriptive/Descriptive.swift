/// Descriptive statistics of a sample of `Double`s.
///
/// All functions take the observations as `[Double]`; missing values must be removed by
/// the caller (listwise deletion is a modelling decision that the caller reports, see
/// DESIGN.md §2). Functions that return a number return `.nan` when the quantity is not
/// defined for the sample size (R returns `NA`): the mean of an empty sample, the variance
/// of fewer than two values, and so on. Quantile functions and `Summary` throw instead,
/// because they are also handed probabilities and whole samples from user input.
///
/// Accuracy: sums are accumulated with Neumaier's compensated summation and centred by a
/// mean that is itself corrected by a second pass, so that the NIST StRD univariate data
/// sets reach the accuracy that exact arithmetic on the same (double) inputs reaches.
public enum Descriptive {}

/// Neumaier's improvement of Kahan summation (Neumaier 1974, "Rundungsfehleranalyse einiger
/// Verfahren zur Summation endlicher Summen", ZAMM 54:39-51).
///
/// The running compensation `c` collects the low-order bits lost by every addition, whichever
/// of the two operands is larger, so the error bound is about 2ε·Σ|xᵢ| independent of n
/// (to first order) instead of (n−1)ε·Σ|xᵢ| for plain recursive summation.
struct CompensatedSum {
    private(set) var sum = 0.0
    private var compensation = 0.0

    init() {}

    @inline(__always)
    mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    /// The compensated total.
    var value: Double { sum + compensation }
}
