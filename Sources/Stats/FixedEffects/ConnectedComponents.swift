/// Connected components of the bipartite graph whose vertices are the levels of
/// two fixed-effect dimensions and whose edges are the observations.
///
/// With two absorbed dimensions the fixed effects are identified only up to one
/// additive constant per connected component (Abowd, Creecy & Kramarz 2002;
/// Eaton, Gaure 2013 "OLS with multiple high dimensional category variables",
/// §3), so the number of absorbed parameters is `L₁ + L₂ − C`.
enum ConnectedComponents {
    /// Number of components of the bipartite level graph (union–find with path
    /// halving and union by size; levels with no observation are not counted).
    static func count(_ a: [Int], levelsA: Int, _ b: [Int], levelsB: Int) -> Int {
        var parent = Array(0..<(levelsA + levelsB))
        var size = [Int](repeating: 1, count: levelsA + levelsB)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var used = [Bool](repeating: false, count: levelsA + levelsB)
        for i in 0..<a.count {
            let u = a[i], v = levelsA + b[i]
            used[u] = true
            used[v] = true
            var ru = find(u), rv = find(v)
            if ru == rv { continue }
            if size[ru] < size[rv] { swap(&ru, &rv) }
            parent[rv] = ru
            size[ru] += size[rv]
        }
        var components = 0
        for v in 0..<(levelsA + levelsB) where used[v] && find(v) == v { components += 1 }
        return components
    }
}
