/// Iterative removal of singleton groups (Correia 2015, "Singletons, cluster-robust
/// standard errors and fixed effects: a bad mix"; the default of `reghdfe` and
/// of fixest's `fixef.rm = "singleton"`/`feols(..., fixef.rm = ...)`).
///
/// An observation that is alone in its level of some fixed-effect dimension is
/// fitted exactly by that level's effect. Removing it can create new singletons
/// in another dimension, so the pass is repeated until no dimension has a level
/// with a single remaining observation.
enum SingletonFilter {
    /// Rows (ascending, 0-based) that survive, given dense codes per dimension
    /// (`levels[d]` levels in dimension `d`) and a mask of rows to consider.
    static func keptRows(codes: [[Int]], levels: [Int], candidate: [Bool]) -> [Bool] {
        var keep = candidate
        var changed = true
        while changed {
            changed = false
            for (d, c) in codes.enumerated() {
                var count = [Int](repeating: 0, count: levels[d])
                for i in 0..<keep.count where keep[i] { count[c[i]] += 1 }
                for i in 0..<keep.count where keep[i] && count[c[i]] == 1 {
                    keep[i] = false
                    changed = true
                }
            }
        }
        return keep
    }
}
