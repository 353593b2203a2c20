/// Fixed effects to absorb: one integer code per observation for each dimension
/// (e.g. country and year), as `feols(y ~ x | fe1 + fe2)` or Stata `reghdfe, absorb()`.
///
/// Codes are arbitrary integers (they are only compared for equality); each
/// dimension has one code per row of the design.
public struct FixedEffects: Sendable, Equatable, Hashable, Codable {
    /// Names of the dimensions, for notes and nesting reports (e.g. `["iso3", "year"]`).
    public var names: [String]
    /// `codes[d][i]` is the level of observation `i` in dimension `d`.
    public var codes: [[Int]]
    /// Convergence tolerance of the alternating projections (see `FixedEffectsAbsorber`).
    public var tolerance: Double
    /// Iteration cap of the alternating projections.
    public var maximumIterations: Int
    /// Drop singleton groups (iteratively, as fixest and reghdfe do). Their
    /// observations are fitted perfectly by their own fixed effect and carry no
    /// information on the slopes, but would inflate `N` and distort clustered
    /// standard errors (Correia 2015).
    public var dropSingletons: Bool

    /// A regressor whose norm after demeaning is at most this fraction of its
    /// norm before is treated as collinear with the fixed effects and dropped.
    public static let collinearityTolerance = 1e-9

    /// Default tolerance: `1e-13` relative (see `FixedEffectsAbsorber`).
    public static let defaultTolerance = 1e-13

    public init(
        names: [String], codes: [[Int]], tolerance: Double = FixedEffects.defaultTolerance,
        maximumIterations: Int = 100_000, dropSingletons: Bool = true
    ) {
        self.names = names
        self.codes = codes
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.dropSingletons = dropSingletons
    }
}
