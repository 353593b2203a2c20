/// One pair of a correlation matrix.
public struct CorrelationPair: Sendable, Equatable, Codable {
    public var first: String
    public var second: String
    /// The test on the pairwise-complete observations (n in `test.n`).
    public var test: CorrelationTest
    /// The p-value adjusted over all pairs (equal to `test.pValue` without adjustment).
    public var adjustedPValue: Double
}

/// A correlation matrix with pairwise-complete observations and (optionally adjusted) p-values.
public struct CorrelationMatrix: Sendable, Equatable, Codable {
    public var names: [String]
    public var method: CorrelationMethod
    /// nil: no adjustment.
    public var adjustment: PValueAdjustment?
    /// The pairs (i, j), i < j, in row order: (0,1), (0,2), …, (1,2), …
    public var pairs: [CorrelationPair]

    /// The estimate for variables i and j (1 on the diagonal).
    public func estimate(_ i: Int, _ j: Int) -> Double? {
        if i == j { return 1 }
        let (a, b) = i < j ? (i, j) : (j, i)
        return pairs.first { $0.first == names[a] && $0.second == names[b] }?.test.estimate
    }
}

extension Correlation {
    /// Every pairwise correlation test of `columns`, each on the rows where both values are
    /// finite (NaN = missing; R's `use = "pairwise.complete.obs"`), with the p-values adjusted
    /// over the m(m − 1)/2 pairs by `adjustment` (R's `p.adjust`).
    ///
    /// - Throws: `CorrelationError` from any pair (with the pair named in the message), or for
    ///   columns of different lengths.
    public static func matrix(
        names: [String], columns: [[Double]],
        method: CorrelationMethod = .pearson,
        exact: ExactPolicy = .auto,
        adjustment: PValueAdjustment? = nil
    ) throws(CorrelationError) -> CorrelationMatrix {
        guard names.count == columns.count else { throw .lengthMismatch(x: names.count, y: columns.count) }
        guard names.count >= 2 else { throw .unsupported("a correlation matrix needs at least two variables") }
        for c in columns where c.count != columns[0].count { throw .lengthMismatch(x: columns[0].count, y: c.count) }
        var tests: [(Int, Int, CorrelationTest)] = []
        for i in 0..<columns.count {
            for j in (i + 1)..<columns.count {
                var x: [Double] = [], y: [Double] = []
                for r in columns[i].indices where columns[i][r].isFinite && columns[j][r].isFinite {
                    x.append(columns[i][r]); y.append(columns[j][r])
                }
                do {
                    let t: CorrelationTest
                    switch method {
                    case .pearson: t = try pearson(x: x, y: y)
                    case .spearman: t = try spearman(x: x, y: y, exact: exact)
                    case .kendall: t = try kendall(x: x, y: y, exact: exact)
                    }
                    tests.append((i, j, t))
                } catch {
                    let name = { (v: String) in v == "x" ? names[i] : (v == "y" ? names[j] : v) }
                    switch error {
                    case .zeroVariance(let v): throw .zeroVariance(variable: "\(name(v)) (pair \(names[i]), \(names[j]))")
                    case .tooFewObservations(let needed, let got):
                        throw .unsupported("\(names[i]) and \(names[j]) have \(got) complete pairs, fewer than the \(needed) needed: drop one of them or widen the selection")
                    default: throw error
                    }
                }
            }
        }
        var adjusted = tests.map(\.2.pValue)
        if let adjustment {
            do { adjusted = try adjustment.adjust(adjusted) } catch { throw .unsupported(error.description) }
        }
        let pairs = tests.enumerated().map { k, e in
            CorrelationPair(first: names[e.0], second: names[e.1], test: e.2, adjustedPValue: adjusted[k])
        }
        return CorrelationMatrix(names: names, method: method, adjustment: adjustment, pairs: pairs)
    }
}
