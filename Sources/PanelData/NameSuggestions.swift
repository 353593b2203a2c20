// "Did you mean …?" for unknown column, variable and country names.

/// Optimal-string-alignment edit distance (Damerau–Levenshtein restricted:
/// insertions, deletions, substitutions and adjacent transpositions each cost 1),
/// computed over Unicode scalars, case-insensitively.
///
/// Reference: F. J. Damerau (1964), "A technique for computer detection and
/// correction of spelling errors", CACM 7(3).
public func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a.lowercased().unicodeScalars)
    let t = Array(b.lowercased().unicodeScalars)
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var prev2 = [Int](repeating: 0, count: t.count + 1)
    var prev = Array(0...t.count)
    var cur = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
        cur[0] = i
        for j in 1...t.count {
            let cost = s[i - 1] == t[j - 1] ? 0 : 1
            var d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                d = min(d, prev2[j - 2] + 1)
            }
            cur[j] = d
        }
        (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[t.count]
}

/// The candidates closest to `name`, best first: those within an edit
/// distance of max(2, a third of the name's length), plus any candidate that
/// contains `name` (or is contained in it) case-insensitively. Ties keep the
/// candidates' order, so the result is deterministic.
public func nearestNames(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
    let lowered = name.lowercased()
    let threshold = max(2, lowered.count / 3)
    var scored: [(distance: Int, index: Int, name: String)] = []
    for (index, candidate) in candidates.enumerated() {
        let c = candidate.lowercased()
        var d = editDistance(lowered, c)
        if d > threshold, !lowered.isEmpty, c.contains(lowered) || lowered.contains(c) {
            d = threshold  // a substring match is a plausible suggestion
        }
        if d <= threshold { scored.append((d, index, candidate)) }
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    var seen = Set<String>()
    var result: [String] = []
    for s in scored where seen.insert(s.name).inserted {
        result.append(s.name)
        if result.count == limit { break }
    }
    return result
}
