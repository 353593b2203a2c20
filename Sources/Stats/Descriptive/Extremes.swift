extension Descriptive {
    /// The smallest value, or `.nan` for an empty sample. A NaN in the sample gives NaN
    /// (as R's `min`), rather than depending on where the NaN sits.
    public static func minimum(_ x: [Double]) -> Double {
        guard var result = x.first else { return .nan }
        for v in x {
            if v.isNaN { return .nan }
            if v < result { result = v }
        }
        return result
    }

    /// The largest value, or `.nan` for an empty sample. A NaN in the sample gives NaN.
    public static func maximum(_ x: [Double]) -> Double {
        guard var result = x.first else { return .nan }
        for v in x {
            if v.isNaN { return .nan }
            if v > result { result = v }
        }
        return result
    }
}
