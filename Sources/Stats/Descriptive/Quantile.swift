/// The nine sample quantile definitions of Hyndman & Fan (1996), "Sample quantiles in
/// statistical packages", The American Statistician 50:361-365, numbered as in the paper
/// and in R's `quantile(type =)`.
///
/// With order statistics x₍₁₎ ≤ … ≤ x₍ₙ₎ and probability p:
/// - types 1–3 are discontinuous: 1 inverts the empirical cdf, 2 averages at
///   discontinuities, 3 takes the nearest even order statistic (SAS definition 2);
/// - types 4–9 interpolate linearly between x₍ⱼ₎ and x₍ⱼ₊₁₎ at position
///   m = a + p(n + 1 − a − b): 4 (a, b) = (0, 1); 5 (½, ½); 6 (0, 0) (Minitab, SPSS,
///   Stata `centile`); 7 (1, 1) (R, NumPy and Excel default); 8 (⅓, ⅓) (approximately
///   median-unbiased, Hyndman & Fan's recommendation); 9 (⅜, ⅜) (approximately unbiased
///   for normal data).
///
/// The default throughout the package is type 7, R's default, so quartiles agree with
/// `summary()` in R and with `numpy.quantile`.
public enum QuantileType: Int, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case type1 = 1, type2, type3, type4, type5, type6, type7, type8, type9

    /// The package default, R's type 7.
    public static let `default` = QuantileType.type7

    public var description: String { "Hyndman-Fan type \(rawValue)" }
}

extension Descriptive {
    /// The sample quantile at probability `p` (see `QuantileType`; default type 7).
    ///
    /// Follows R's `quantile.default` exactly, including its tolerance of 4ε when locating
    /// the order statistic for types 4–9, so results are identical to R's.
    ///
    /// - Returns: the quantile, or `.nan` for an empty sample.
    /// - Throws: `DescriptiveError.probabilityOutOfRange` for a NaN p or p outside [0, 1]
    ///   (beyond R's tolerance of 100ε), `.notANumber` if the sample contains NaN.
    public static func quantile(
        _ x: [Double], _ p: Double, type: QuantileType = .default
    ) throws(DescriptiveError) -> Double {
        try quantiles(x, [p], type: type)[0]
    }

    /// Sample quantiles at several probabilities, sorting the sample once.
    public static func quantiles(
        _ x: [Double], _ probabilities: [Double], type: QuantileType = .default
    ) throws(DescriptiveError) -> [Double] {
        let eps = Double.ulpOfOne
        var ps: [Double] = []
        ps.reserveCapacity(probabilities.count)
        for p in probabilities {
            guard !p.isNaN, p >= -100 * eps, p <= 1 + 100 * eps else {
                throw DescriptiveError.probabilityOutOfRange(p)
            }
            ps.append(Swift.min(1, Swift.max(0, p)))
        }
        if let i = x.firstIndex(where: \.isNaN) { throw DescriptiveError.notANumber(index: i) }
        guard !x.isEmpty else { return ps.map { _ in .nan } }
        let sorted = x.sorted()
        return ps.map { quantile(sorted: sorted, $0, type: type) }
    }

    /// The median, the type-7 (and every type's) 0.5 quantile for odd n, the mean of the two
    /// middle order statistics for even n (types 2, 5, 7, 8, 9).
    public static func median(_ x: [Double]) throws(DescriptiveError) -> Double {
        try quantile(x, 0.5, type: .type7)
    }

    /// Quantile of an already sorted, NaN-free, non-empty sample at p ∈ [0, 1].
    static func quantile(sorted s: [Double], _ p: Double, type: QuantileType) -> Double {
        let n = s.count
        if type == .type7 {
            let index = 1 + Double(n - 1) * p  // 1-based position
            let lo = index.rounded(.down)
            let hi = index.rounded(.up)
            let xlo = s[Int(lo) - 1]
            let xhi = s[Int(hi) - 1]
            guard index > lo, xhi != xlo else { return xlo }
            let h = index - lo
            return (1 - h) * xlo + h * xhi
        }
        // R pads the sorted sample as (x₁, x₁, x₁…xₙ, xₙ, xₙ) and reads positions j+2, j+3.
        func padded(_ k: Int) -> Double {
            if k <= 2 { return s[0] }
            if k >= n + 3 { return s[n - 1] }
            return s[k - 3]
        }
        let j: Int
        let h: Double
        switch type {
        case .type1, .type2, .type3:
            let nppm = type == .type3 ? Double(n) * p - 0.5 : Double(n) * p
            let jd = nppm.rounded(.down)
            j = Int(jd)
            switch type {
            case .type1: h = nppm > jd ? 1 : 0
            case .type2: h = ((nppm > jd ? 1 : 0) + 1) / 2
            default: h = (nppm != jd || (j & 1) == 1) ? 1 : 0
            }
        default:
            let (a, b): (Double, Double)
            switch type {
            case .type4: (a, b) = (0, 1)
            case .type5: (a, b) = (0.5, 0.5)
            case .type6: (a, b) = (0, 0)
            case .type8: (a, b) = (1.0 / 3, 1.0 / 3)
            default: (a, b) = (3.0 / 8, 3.0 / 8)
            }
            let fuzz = 4 * Double.ulpOfOne
            let nppm = a + p * (Double(n) + 1 - a - b)
            let jd = (nppm + fuzz).rounded(.down)
            j = Int(jd)
            let raw = nppm - jd
            h = abs(raw) < fuzz ? 0 : raw
        }
        let lower = padded(j + 2)
        let upper = padded(j + 3)
        if h == 1 { return upper }
        if h > 0, h < 1, lower != upper { return (1 - h) * lower + h * upper }
        return lower
    }
}
