extension Correlation {
    /// Kendall's score S = Σ_{i<j} sign(xᵢ − xⱼ)·sign(yᵢ − yⱼ) in O(n log n), ties allowed
    /// (Knight 1966, *JASA* 61:436–439, the algorithm scipy's `kendalltau` uses; R's
    /// `cor(method = "kendall")` counts all n(n − 1)/2 pairs).
    ///
    /// Sort the pairs by x, breaking ties by y; then count the discordant pairs D as the
    /// inversions (strictly greater y earlier) of the y sequence by a merge sort: pairs tied
    /// in x are in ascending y and never count. With n₀ = n(n − 1)/2 pairs, n₁ and n₂ pairs
    /// tied in x and in y and n₃ tied in both, the pairs that are neither are C + D =
    /// n₀ − n₁ − n₂ + n₃, so S = C − D = n₀ − n₁ − n₂ + n₃ − 2D. Exact integer arithmetic.
    static func kendallScore(_ x: [Double], _ y: [Double]) -> Int {
        let n = x.count
        guard n > 1 else { return 0 }
        let order = (0..<n).sorted { x[$0] != x[$1] ? x[$0] < x[$1] : y[$0] < y[$1] }
        var n1 = 0, n3 = 0
        var runX = 1, runXY = 1
        for k in 1..<n {
            let a = order[k - 1], b = order[k]
            if x[a] == x[b] {
                runX += 1
                if y[a] == y[b] { runXY += 1 } else { n3 += runXY * (runXY - 1) / 2; runXY = 1 }
            } else {
                n1 += runX * (runX - 1) / 2; runX = 1
                n3 += runXY * (runXY - 1) / 2; runXY = 1
            }
        }
        n1 += runX * (runX - 1) / 2
        n3 += runXY * (runXY - 1) / 2

        var values = order.map { y[$0] }
        var buffer = values
        let discordant = countInversions(&values, &buffer)
        var n2 = 0, runY = 1
        for k in 1..<n {   // `values` is now sorted by y
            if values[k] == values[k - 1] { runY += 1 } else { n2 += runY * (runY - 1) / 2; runY = 1 }
        }
        n2 += runY * (runY - 1) / 2
        let n0 = n * (n - 1) / 2
        return n0 - n1 - n2 + n3 - 2 * discordant
    }

    /// Sorts `v` ascending (stable) and returns the number of pairs i < j with v[i] > v[j]
    /// (strictly): bottom-up merge sort, `tmp` a scratch array of the same length.
    private static func countInversions(_ v: inout [Double], _ tmp: inout [Double]) -> Int {
        var count = 0
        var width = 1
        let n = v.count
        while width < n {
            var start = 0
            while start < n {
                let mid = Swift.min(start + width, n), end = Swift.min(start + 2 * width, n)
                var i = start, j = mid, k = start
                while i < mid && j < end {
                    if v[j] < v[i] {
                        tmp[k] = v[j]; j += 1
                        count += mid - i   // every remaining left element is greater
                    } else {
                        tmp[k] = v[i]; i += 1
                    }
                    k += 1
                }
                while i < mid { tmp[k] = v[i]; i += 1; k += 1 }
                while j < end { tmp[k] = v[j]; j += 1; k += 1 }
                start = end
            }
            swap(&v, &tmp)
            width *= 2
        }
        return count
    }
}
