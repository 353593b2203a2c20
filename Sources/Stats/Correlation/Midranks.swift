extension Correlation {
    /// Ranks 1…n with ties given the mean of the ranks they span (midranks; R's
    /// `rank(ties.method = "average")`). Stable: O(n log n).
    public static func midranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var ranks = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let r = Double(i + j + 2) / 2  // mean of ranks i+1 … j+1
            for k in i...j { ranks[order[k]] = r }
            i = j + 1
        }
        return ranks
    }

    /// The sizes (> 1) of the groups of tied values.
    static func tieGroups(_ x: [Double]) -> [Int] {
        let s = x.sorted()
        var groups: [Int] = []
        var i = 0
        while i < s.count {
            var j = i
            while j + 1 < s.count && s[j + 1] == s[i] { j += 1 }
            if j > i { groups.append(j - i + 1) }
            i = j + 1
        }
        return groups
    }
}
