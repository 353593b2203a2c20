// A constant response printed R² = −Inf and F = −191 (issue 18.4): refused before fitting.

extension RegressionAnalysis {
    /// Throws ``RegressionAnalysisError/constantResponse(name:value:rows:)`` when every row
    /// with positive weight has the same response value (exactly: a constant column has no
    /// rounding noise to hide behind). R's `lm` fits it and `summary.lm` warns "essentially
    /// perfect fit"; the statistics it prints then are 0/0.
    static func checkResponseVaries(_ y: [Double], name: String, weights: [Double]?) throws(RegressionAnalysisError) {
        var first: Double? = nil
        var rows = 0
        for (i, v) in y.enumerated() where (weights.map { i < $0.count ? $0[i] > 0 : true } ?? true) {
            rows += 1
            if let f = first { if v != f { return } } else { first = v }
        }
        if let f = first, rows > 0 { throw .constantResponse(name: name, value: f, rows: rows) }
    }
}
