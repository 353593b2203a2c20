// Ranks with ties averaged (midranks), the ranks Spearman's coefficient correlates.

public enum Midranks {
    /// Ranks 1...n of `values` (same order), tied values receiving the mean of the ranks
    /// they span (R's `rank(ties.method = "average")`, scipy's `rankdata(method="average")`).
    public static func of(_ values: [Double]) -> [Double] {
        let n = values.count
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: n)
        var k = 0
        while k < n {
            var end = k
            while end + 1 < n && values[order[end + 1]] == values[order[k]] { end += 1 }
            // Positions k...end (0-based) hold ranks k+1...end+1; their mean is (k+end)/2 + 1.
            let r = Double(k + end) / 2 + 1
            for m in k...end { ranks[order[m]] = r }
            k = end + 1
        }
        return ranks
    }
}
