// Percentile ranks on the WGI definition, so EGDI and WGI percentiles are comparable.

/// Percentile ranks as the Worldwide Governance Indicators define them: the percentage of
/// the other countries that score strictly lower,
///
///     p_i = 100 · #{j : x_j < x_i} / (N − 1),
///
/// so the lowest country gets 0 and the highest 100 (Kaufmann, Kraay & Mastruzzi 2010,
/// "The Worldwide Governance Indicators: Methodology and Analytical Issues", World Bank
/// Policy Research WP 5430; checked on the WGI 2024 update, where the percentile ranks of a
/// year move in steps of exactly 100/(N − 1)). Tied countries share the percentile of their
/// lowest member. Without ties this equals `100 · (N − rank) / (N − 1)` for ranks 1 = best,
/// which is how an EGDI rank converts.
///
/// Caveat: WGI percentiles are computed over WGI's own universe (about 205-214 economies,
/// territories included), EGDI percentiles over the countries assessed in the edition
/// (173-193 UN members), so a percentile gap of a couple of points is within definitional noise.
public enum PercentileRank {
    /// The WGI-style percentile of each value (same order), nil when fewer than two values.
    public static func wgiStyle(_ values: [Double]) -> [Double]? {
        let n = values.count
        guard n >= 2 else { return nil }
        let order = values.indices.sorted { values[$0] < values[$1] }
        var result = [Double](repeating: 0, count: n)
        var below = 0
        var k = 0
        while k < n {
            var end = k
            while end + 1 < n && values[order[end + 1]] == values[order[k]] { end += 1 }
            let p = 100 * Double(below) / Double(n - 1)
            for m in k...end { result[order[m]] = p }
            below += end - k + 1
            k = end + 1
        }
        return result
    }
}

extension PercentileRank {
    /// `100 · #{j ≠ i : v_j < bound} / (N − 1)`: where a value `bound` ranks among the other
    /// countries' values, `own` being country i's value (included in `sortedValues`).
    /// - Parameters:
    ///   - bound: the value to rank (e.g. an interval bound of country i).
    ///   - own: country i's own value, which does not count.
    ///   - sortedValues: every country's value, ascending, country i's included.
    public static func rankAmongOthers(_ bound: Double, own: Double, sortedValues: [Double]) -> Double? {
        let n = sortedValues.count
        guard n >= 2 else { return nil }
        // Number of values strictly below `bound` (binary search for the first value ≥ bound).
        var lowIndex = 0, highIndex = n
        while lowIndex < highIndex {
            let mid = (lowIndex + highIndex) / 2
            if sortedValues[mid] < bound { lowIndex = mid + 1 } else { highIndex = mid }
        }
        let below = lowIndex - (own < bound ? 1 : 0)
        return 100 * Double(below) / Double(n - 1)
    }
}

extension ParadoxPanel {
    /// WGI-style percentiles of `variable` in `year` across every country with a value
    /// (for survey variables: the countries assessed in that edition), keyed by ISO3.
    public func percentiles(of variable: String, year: Int) throws(ParadoxError) -> [String: Double] {
        let col = try column(variable)
        let survey = VariableSource.surveyVariables.contains(variable)
        var codes: [String] = [], values: [Double] = []
        for iso in countries {
            if survey && excludesSurveyValues(iso3: iso, year: year) { continue }
            if let r = row(iso3: iso, year: year), let x = col[r] { codes.append(iso); values.append(x) }
        }
        guard let p = PercentileRank.wgiStyle(values) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(codes, p))
    }
}
