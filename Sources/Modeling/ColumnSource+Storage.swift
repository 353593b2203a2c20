/// A numeric column as contiguous values and a missing mask: the form the design
/// matrix reads without per-cell optionals.
///
/// `values[i]` is meaningful only where `isMissing[i]` is false; the two arrays have
/// the same length.
public struct NumericColumnStorage: Sendable, Equatable {
    /// The values; the entries under the mask are ignored.
    public var values: [Double]
    /// `true` where the value is missing (R's `NA`, or a `NaN` in a source that has them).
    public var isMissing: [Bool]

    /// A column from contiguous values and a mask of the same length.
    /// - Parameters:
    ///   - values: the values (entries under the mask are ignored).
    ///   - isMissing: `true` where the value is missing.
    public init(values: [Double], isMissing: [Bool]) {
        self.values = values
        self.isMissing = isMissing
    }
}

extension ColumnSource {
    /// The default: the optionals of `numericValues(_:)` unpacked once (`nil` and `NaN`
    /// are missing, as in listwise deletion).
    public func numericStorage(_ name: String) -> NumericColumnStorage? {
        guard let v = numericValues(name) else { return nil }
        var values = [Double](repeating: 0, count: v.count)
        var missing = [Bool](repeating: false, count: v.count)
        for i in v.indices {
            if let x = v[i], !x.isNaN { values[i] = x } else { missing[i] = true }
        }
        return NumericColumnStorage(values: values, isMissing: missing)
    }
}
