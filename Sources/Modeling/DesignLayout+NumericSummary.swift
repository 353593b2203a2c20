
extension DesignLayout {
    /// The summary of a numeric column on the estimation rows, by selection instead of
    /// a full sort: mean (row order, as before), min and max by scanning, the type-7
    /// quartiles from the order statistics they need, and the distinct values (at most
    /// 12) by a scan that stops at the 13th. The same numbers, bit for bit, as sorting a
    /// copy (a stable sort): where a needed order statistic is zero, its sign is the one
    /// the stable sort puts at that rank (the zeros in row order).
    static func numericSummary(_ values: [Double]) -> VariableSummary {
        let n = values.count
        guard n > 0 else {
            return .numeric(mean: 0, median: .nan, minimum: .nan, maximum: .nan, quartiles: [.nan, .nan, .nan], distinct: [])
        }
        let mean = values.reduce(0, +) / Double(n)
        var minimum = values[0], maximum = values[0]
        for v in values.dropFirst() {
            if v < minimum { minimum = v }
            if v >= maximum { maximum = v }
        }
        var distinct: [Double] = []
        for v in values where !distinct.contains(v) {
            distinct.append(v)
            if distinct.count > 12 { break }
        }
        distinct.sort()

        var selector = RankSelection(values)
        var cache: [Int: Double] = [:]
        func atRank(_ r: Int) -> Double {
            if let v = cache[r] { return v }
            var v = selector.value(at: r)
            if v == 0 { v = stableZero(values, rank: r) }
            cache[r] = v
            return v
        }
        func quantile(_ p: Double) -> Double {
            let h = Double(n - 1) * p
            let lo = Int(h.rounded(.down))  // checked: h = (n − 1)·p with p in [0, 1], a rank inside the column
            let hi = Swift.min(lo + 1, n - 1)
            let a = atRank(lo)
            return a + (h - Double(lo)) * (atRank(hi) - a)
        }
        let quartiles = [0.25, 0.5, 0.75].map(quantile)
        return .numeric(mean: mean, median: quantile(0.5), minimum: minimum, maximum: maximum,
                        quartiles: quartiles, distinct: distinct.count <= 12 ? distinct : nil)
    }

    /// The zero a stable ascending sort puts at `rank` (which holds a zero): the
    /// (rank − #negatives)-th zero in row order, +0 or −0.
    static func stableZero(_ values: [Double], rank: Int) -> Double {
        var below = 0
        for v in values where v < 0 { below += 1 }
        var k = rank - below
        for v in values where v == 0 {
            if k == 0 { return v }
            k -= 1
        }
        return 0
    }
}
