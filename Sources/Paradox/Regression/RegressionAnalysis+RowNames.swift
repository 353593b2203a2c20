// Errors of the Stats kernel that point at an observation, restated with the country-year
// (issue 14.7: 1-based rows everywhere; influence errors name the country-year).

import Stats

extension RegressionAnalysis {
    /// `error` as a ``RegressionAnalysisError``; a leverage-one observation is named by its
    /// country-year (`KAZ 2018`) through `label` applied to its row of the data.
    static func namingRows(_ error: RegressionError, usedRows: [Int], label: (Int) -> String) -> RegressionAnalysisError {
        if case let .leverageOne(row, estimator) = error, row >= 0, row < usedRows.count {
            return .leverageOne(label: label(usedRows[row]), estimator: estimator.rawValue.uppercased())
        }
        return .regression(error)
    }
}
