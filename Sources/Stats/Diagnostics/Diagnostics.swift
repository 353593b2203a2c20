/// Every regression diagnostic of a fitted design in one value: collinearity
/// (VIF), heteroskedasticity (Breusch–Pagan, Koenker and original), normality
/// (Jarque–Bera), autocorrelation (Durbin–Watson), per-observation influence
/// with R's flags, the observations that drive the result, and standardized
/// coefficients. See each member's type for the formula and reference.
///
/// Parts that do not apply to the model are `nil` with a note saying why (VIF
/// without an intercept or with aliased columns, Breusch–Pagan when the
/// variance regressors have rank below 2); `notes` also carries the notes of
/// the influence measures (leverage-one rows, zero weights).
///
/// Values containing `NaN` (undefined measures) compare unequal under `==`,
/// as `Double` does; encode with a `nonConformingFloatEncodingStrategy` if
/// they may occur.
public struct Diagnostics: Sendable, Equatable, Codable {
    /// What to compute beyond the defaults.
    public struct Options: Sendable, Equatable {
        /// Terms for (G)VIF, e.g. the dummies of a factor as one block; default every column.
        public var varianceInflationTerms: [VarianceInflation.Term]?
        /// `Z` of the Breusch–Pagan regression (with an intercept); default the design.
        public var varianceRegressors: Matrix?
        /// Design column whose leave-one-out change is reported for each influential row.
        public var focusColumn: Int?
        /// Panel ids (one per design row, rows sorted by id then time) for a within-panel Durbin–Watson.
        public var durbinWatsonGroups: [Int]?

        public init(
            varianceInflationTerms: [VarianceInflation.Term]? = nil, varianceRegressors: Matrix? = nil,
            focusColumn: Int? = nil, durbinWatsonGroups: [Int]? = nil
        ) {
            self.varianceInflationTerms = varianceInflationTerms
            self.varianceRegressors = varianceRegressors
            self.focusColumn = focusColumn
            self.durbinWatsonGroups = durbinWatsonGroups
        }
    }

    public let columnNames: [String]
    /// Rows with positive weight.
    public let observations: Int
    /// Estimable coefficients.
    public let parameters: Int
    public let varianceInflation: [VarianceInflationFactor]?
    /// Koenker's studentized Breusch–Pagan test (lmtest's default).
    public let breuschPagan: BreuschPaganTest?
    /// The original Breusch–Pagan test (normal errors).
    public let breuschPaganOriginal: BreuschPaganTest?
    public let jarqueBera: JarqueBeraTest
    /// Durbin–Watson `d` in row order (within groups when `durbinWatsonGroups` was given);
    /// NaN when undefined (groups given and no group has two rows: a cross-section).
    public let durbinWatson: Double
    public let influence: InfluenceMeasures
    public let flags: InfluenceFlags
    /// Flagged rows, largest Cook's distance first.
    public let influentialObservations: [InfluentialObservation]
    public let standardizedCoefficients: [StandardizedCoefficient]
    public let notes: [String]

    /// Computes everything for `model`.
    ///
    /// - Throws: `.noResidualDegreesOfFreedom` (`n ≤ p`), `.zeroResidualVariance`
    ///   (perfect fit), `.dimensionMismatch` for `durbinWatsonGroups`,
    ///   `.invalidColumn` for `focusColumn`, `.invalidTerms` for the VIF terms,
    ///   `.invalidAuxiliaryRegressors` for a malformed `varianceRegressors`.
    public static func compute(_ model: FittedDesign, options: Options = Options()) throws(DiagnosticsError) -> Diagnostics {
        let fit = model.fit
        if fit.effectiveObservations <= fit.rank {
            throw .noResidualDegreesOfFreedom(observations: fit.effectiveObservations, parameters: fit.rank)
        }
        if model.isPerfectFit { throw .zeroResidualVariance }
        var notes: [String] = []

        var vif: [VarianceInflationFactor]? = nil
        do {
            vif = try VarianceInflation.compute(model, terms: options.varianceInflationTerms)
        } catch {
            switch error {
            case .requiresIntercept, .aliasedColumns: notes.append("VIF not computed: \(error.description)")
            default: throw error
            }
        }

        var bp: BreuschPaganTest? = nil
        var bpOriginal: BreuschPaganTest? = nil
        do {
            bp = try BreuschPaganTest(model, variant: .koenker, regressors: options.varianceRegressors)
            bpOriginal = try BreuschPaganTest(model, variant: .original, regressors: options.varianceRegressors)
        } catch {
            // A design with only an intercept has no variance regressors; a user-supplied Z that is malformed is an error.
            if options.varianceRegressors != nil { throw error }
            notes.append("Breusch–Pagan test not computed: \(error.description)")
        }

        let jb = try JarqueBeraTest(model)
        var dw: Double
        if let g = options.durbinWatsonGroups {
            dw = try DurbinWatson.statistic(model, groups: g)
            // No unit with two consecutive rows (a cross-section): d has no differences at all.
            if !DurbinWatson.hasConsecutivePair(model, groups: g) {
                dw = .nan
                notes.append("Durbin–Watson not computed: no unit has two rows, so there is no consecutive pair of residuals (a cross-section); it is undefined, not 0")
            }
        } else {
            dw = try DurbinWatson.statistic(model)
        }
        let influence = try InfluenceMeasures.compute(model)
        notes.append(contentsOf: influence.notes)
        let flags = try InfluenceFlags(influence)
        let ranked = try InfluentialObservation.ranked(influence, flags: flags, model: model, focusColumn: options.focusColumn)
        let beta = try StandardizedCoefficients.compute(model)

        return Diagnostics(
            columnNames: model.columnNames, observations: fit.effectiveObservations, parameters: fit.rank,
            varianceInflation: vif, breuschPagan: bp, breuschPaganOriginal: bpOriginal, jarqueBera: jb,
            durbinWatson: dw, influence: influence, flags: flags, influentialObservations: ranked,
            standardizedCoefficients: beta, notes: notes)
    }
}
