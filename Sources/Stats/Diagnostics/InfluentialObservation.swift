/// One observation that drives the fit: why it was flagged, how much, and what
/// dropping it would do to a chosen coefficient.
public struct InfluentialObservation: Sendable, Equatable, Codable {
    /// How a chosen coefficient moves when this row is dropped.
    public struct CoefficientChange: Sendable, Equatable, Codable {
        /// Design column of the coefficient.
        public let column: Int
        public let term: String
        /// `β̂ⱼ` with every row.
        public let estimate: Double
        /// `β̂₍ᵢ₎ⱼ − β̂ⱼ` in the coefficient's own units (minus R's `dfbeta`).
        public let changeWhenDropped: Double
        /// `DFBETASᵢⱼ` (R's sign: `(β̂ⱼ − β̂₍ᵢ₎ⱼ)` over its leave-one-out standard error).
        public let dfbetas: Double
    }

    /// Row of the design (0-based); the caller maps it back to e.g. a country-year.
    public let row: Int
    public let criteria: [InfluenceFlags.Criterion]
    public let cooksDistance: Double
    public let leverage: Double
    public let studentizedResidual: Double
    public let dffits: Double
    public let covarianceRatio: Double
    /// The change in the focus coefficient, when one was chosen.
    public let coefficientChange: CoefficientChange?

    /// The flagged rows of `flags`, sorted by Cook's distance, largest first
    /// (undefined distances last, ties by row): a short list of "the
    /// observations that drive the result". The coefficient change is exact
    /// (the leave-one-out identity in `InfluenceMeasures`), not a refit.
    ///
    /// - Parameters:
    ///   - measures: the influence measures of `model`.
    ///   - flags: which rows the cut-offs flag.
    ///   - model: the fitted design the measures belong to.
    ///   - focusColumn: design column whose change to report, or `nil`.
    /// - Throws: `.invalidColumn` when the column is outside the design or aliased.
    public static func ranked(
        _ measures: InfluenceMeasures, flags: InfluenceFlags, model: FittedDesign, focusColumn: Int? = nil
    ) throws(DiagnosticsError) -> [InfluentialObservation] {
        var focus: (column: Int, index: Int)? = nil
        if let j = focusColumn {
            guard j >= 0 && j < model.design.columns else {
                throw .invalidColumn(index: j, reason: "focus coefficient outside the design's \(model.design.columns) columns")
            }
            guard let c = measures.coefficientColumns.firstIndex(of: j) else {
                throw .invalidColumn(index: j, reason: "focus coefficient was aliased (dropped) by the fit")
            }
            focus = (j, c)
        }
        let rows = flags.flaggedRows.sorted { a, b in
            let da = measures.cooksDistance[a], db = measures.cooksDistance[b]
            switch (da.isNaN, db.isNaN) {
            case (false, false): return da != db ? da > db : a < b
            case (true, true): return a < b
            case (false, true): return true
            case (true, false): return false
            }
        }
        return rows.map { i in
            let change = focus.map { f in
                CoefficientChange(
                    column: f.column, term: model.columnNames[f.column], estimate: model.fit.coefficients[f.index],
                    changeWhenDropped: -measures.dfbeta[i, f.index], dfbetas: measures.dfbetas[i, f.index])
            }
            return InfluentialObservation(
                row: i, criteria: flags.criteria(row: i), cooksDistance: measures.cooksDistance[i],
                leverage: measures.leverage[i], studentizedResidual: measures.studentizedResiduals[i],
                dffits: measures.dffits[i], covarianceRatio: measures.covarianceRatio[i], coefficientChange: change)
        }
    }
}
