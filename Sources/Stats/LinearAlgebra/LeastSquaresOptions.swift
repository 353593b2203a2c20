/// Options of `LeastSquares.fit`.
public struct LeastSquaresOptions: Sendable, Equatable, Hashable, Codable {
    /// What to do with aliased columns (linear combinations of earlier columns).
    public enum RankDeficiencyPolicy: String, Sendable, Equatable, Hashable, Codable {
        /// Drop them and report their indices, like R's `lm` (`singular.ok = TRUE`).
        case drop
        /// Throw `LeastSquaresError.rankDeficient` (R's `singular.ok = FALSE`).
        case throwError
    }

    /// Which arithmetic solves the problem.
    public enum Precision: Sendable, Equatable, Hashable, Codable {
        /// Double precision unless the scaled condition number exceeds the
        /// threshold, then double-double (see `LeastSquares`).
        case automatic(threshold: Double)
        /// Always double precision (fastest).
        case double
        /// Always double-double.
        case doubleDouble

        /// The default switch-over: scaled 1-norm condition number above 1e3.
        public static let automatic = Precision.automatic(threshold: LeastSquares.defaultCompensationThreshold)
    }

    /// Rank tolerance on the ratio "norm after projection / original norm" of each
    /// column; `nil` means `max(n, k) · ε` (see `HouseholderQR`).
    public var rankTolerance: Double?
    public var onRankDeficiency: RankDeficiencyPolicy
    public var precision: Precision
    /// Compute the leverages `h_ii` (costs about `n k²/2` extra flops).
    public var computeLeverage: Bool

    public init(
        rankTolerance: Double? = nil, onRankDeficiency: RankDeficiencyPolicy = .drop,
        precision: Precision = .automatic, computeLeverage: Bool = true
    ) {
        self.rankTolerance = rankTolerance
        self.onRankDeficiency = onRankDeficiency
        self.precision = precision
        self.computeLeverage = computeLeverage
    }
}
