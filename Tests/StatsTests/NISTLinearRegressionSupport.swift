@testable import Stats

/// Log relative error (McCullough 1998): −log10(|est − cert| / |cert|), or the log
/// absolute error −log10|est − cert| when cert = 0; capped at 15, exact = 15.
func logRelativeError(_ estimate: Double, _ certified: Double) -> Double {
    let diff = Swift.abs(estimate - certified)
    if diff == 0 { return 15 }
    let e = certified == 0 ? diff : diff / Swift.abs(certified)
    guard e.isFinite else { return 0 }
    return Swift.max(0, Swift.min(15, -log10(e)))
}

private func log10(_ x: Double) -> Double {
    // log10 without Foundation: log2 via exponent/significand, enough for LRE.
    let e = Double(x.exponent)
    let s = x.significand  // in [1, 2)
    // ln(s) by atanh series: s = (1+t)/(1-t)
    let t = (s - 1) / (s + 1)
    var term = t, sum = 0.0, k = 1.0
    for _ in 0..<30 { sum += term / k; term *= t * t; k += 2 }
    let ln = 2 * sum + e * 0.6931471805599453
    return ln / 2.302585092994046
}

extension NISTLinearRegressionDataset {
    /// The certified model's design, with the columns as `Double` and their
    /// low-order parts: powers of x are formed in double-double so that the
    /// design equals the exact polynomial basis of the (double) data.
    func designMatrix() -> (x: Matrix, low: Matrix) {
        var hi: [[Double]] = []
        var lo: [[Double]] = []
        switch design {
        case let .polynomial(degree, intercept):
            let x = predictors[0]
            var pw = x.map { _ in DoubleDouble.one }
            for j in 0...degree {
                if j > 0 || intercept {
                    hi.append(pw.map(\.hi))
                    lo.append(pw.map(\.lo))
                }
                pw = zip(pw, x).map { $0 * $1 }
            }
        case .multiple:
            hi.append(Array(repeating: 1, count: y.count))
            hi.append(contentsOf: predictors)
            lo = hi.map { $0.map { _ in 0 } }
        }
        return (Matrix(columns: hi) ?? Matrix(rows: 0, columns: 0), Matrix(columns: lo) ?? Matrix(rows: 0, columns: 0))
    }

    var hasIntercept: Bool {
        if case let .polynomial(_, intercept) = design { return intercept }
        return true
    }

    /// LREs of every certified quantity for a fit.
    struct Scores {
        var coefficients: [Double]
        var standardErrors: [Double]
        var residualSD: Double
        var rSquared: Double
        var minimum: Double { ([residualSD, rSquared] + coefficients + standardErrors).min() ?? 0 }
    }

    func scores(of fit: LeastSquaresFit) -> Scores {
        let cert = certifiedCoefficients.compactMap(Double.init)
        let certSE = certifiedStandardErrors.compactMap(Double.init)
        let coef = (0..<cert.count).map { fit.coefficient(forColumn: $0) ?? .nan }
        let se = fit.standardErrors
        let sigma = fit.residualVariance.squareRoot()
        // R² = 1 − RSS/TSS, TSS centred with an intercept, uncentred without (NIST
        // convention), summed in double-double.
        var mean = DoubleDouble.zero
        if hasIntercept {
            for v in y { mean = mean + v }
            mean = mean / DoubleDouble(Double(y.count))
        }
        var tss = DoubleDouble.zero
        for v in y {
            let d = DoubleDouble(v) - mean
            tss = tss + d * d
        }
        let r2 = (DoubleDouble.one - DoubleDouble(fit.residualSumOfSquares) / tss).doubleValue
        return Scores(
            coefficients: zip(coef, cert).map { logRelativeError($0, $1) },
            standardErrors: (0..<certSE.count).map { logRelativeError($0 < se.count ? se[$0] : .nan, certSE[$0]) },
            residualSD: logRelativeError(sigma, Double(certifiedResidualSD) ?? .nan),
            rSquared: logRelativeError(r2, Double(certifiedRSquared) ?? .nan))
    }
}
