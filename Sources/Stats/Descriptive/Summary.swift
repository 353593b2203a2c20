/// The descriptive summary of one variable, as printed by `egov describe`.
///
/// Conventions: `sd` has denominator n − 1; quartiles and median use Hyndman–Fan type 7
/// (R's default) unless another `QuantileType` is given; skewness and excess kurtosis are
/// G₁/G₂ (SAS/SPSS/Excel) unless another `MomentEstimatorType` is given; `acf1` is the lag-1
/// autocorrelation of the values *in the order given*. Statistics undefined for the sample
/// size are NaN (sd, acf1 need n ≥ 2; skewness n ≥ 3; kurtosis n ≥ 4).
public struct Summary: Sendable, Equatable, Codable {
    public var n: Int
    public var mean: Double
    public var sd: Double
    public var min: Double
    public var q1: Double
    public var median: Double
    public var q3: Double
    public var max: Double
    public var skewness: Double
    public var kurtosis: Double
    public var acf1: Double
    public var quantileType: QuantileType
    public var momentType: MomentEstimatorType

    /// Summarises a sample from which missing values have already been removed.
    ///
    /// - Throws: `DescriptiveError.emptySample` for no observations, `.notANumber(index:)` if a
    ///   NaN is left in the sample.
    public init(
        _ x: [Double],
        quantileType: QuantileType = .default,
        momentType: MomentEstimatorType = .default
    ) throws(DescriptiveError) {
        guard !x.isEmpty else { throw DescriptiveError.emptySample }
        if let i = x.firstIndex(where: \.isNaN) { throw DescriptiveError.notANumber(index: i) }
        let q = try Descriptive.quantiles(x, [0.25, 0.5, 0.75], type: quantileType)
        self.n = x.count
        self.mean = Descriptive.mean(x)
        self.sd = Descriptive.standardDeviation(x)
        self.min = Descriptive.minimum(x)
        self.q1 = q[0]
        self.median = q[1]
        self.q3 = q[2]
        self.max = Descriptive.maximum(x)
        self.skewness = Descriptive.skewness(x, type: momentType)
        self.kurtosis = Descriptive.kurtosis(x, type: momentType)
        self.acf1 = Descriptive.lag1Autocorrelation(x)
        self.quantileType = quantileType
        self.momentType = momentType
    }
}
