/// How a bootstrap draws a resample of observation indices and how the jackknife leaves a
/// unit out. Implementations fill a caller-owned buffer so that no resample allocates.
public protocol ResamplingScheme: Sendable {
    /// The number of observations; indices lie in 0..<observationCount.
    var observationCount: Int { get }
    /// The number of independent resampling units (observations, or clusters).
    var unitCount: Int { get }
    /// Replaces the contents of `indices` by one resample.
    func draw(into indices: inout [Int], using rng: inout some RandomNumberGenerator)
    /// Replaces the contents of `indices` by every observation except those of `unit`.
    func leaveOut(unit: Int, into indices: inout [Int])
}

/// Case (nonparametric, Efron 1979) resampling: n indices drawn uniformly with replacement
/// from 0..<n. Paired data (x, y) are resampled as pairs by applying the same indices to both.
public struct CaseResampling: ResamplingScheme, Equatable {
    public let observationCount: Int
    public var unitCount: Int { observationCount }

    /// - Throws: `ResamplingError.tooFewObservations` when count < 2.
    public init(count: Int) throws(ResamplingError) {
        guard count >= 2 else { throw ResamplingError.tooFewObservations(needed: 2, got: count) }
        observationCount = count
    }

    public func draw(into indices: inout [Int], using rng: inout some RandomNumberGenerator) {
        RandomDraws.resampleIndices(count: observationCount, into: &indices, using: &rng)
    }

    public func leaveOut(unit: Int, into indices: inout [Int]) {
        indices.removeAll(keepingCapacity: true)
        for i in 0..<observationCount where i != unit { indices.append(i) }
    }
}

/// Cluster (block) resampling: G clusters drawn with replacement, each contributing all its
/// observations (Davison & Hinkley 1997, §3.8; Cameron, Gelbach & Miller 2008). The
/// resample size varies when clusters differ in size. The jackknife leaves one cluster out.
public struct ClusterResampling: ResamplingScheme, Equatable {
    public let observationCount: Int
    /// Observation indices of each cluster, clusters in order of first appearance.
    public let clusters: [[Int]]
    public var unitCount: Int { clusters.count }

    /// Groups observations by label (one label per observation, any `Hashable`).
    ///
    /// - Throws: `ResamplingError.tooFewObservations` with fewer than 2 clusters.
    public init<Label: Hashable>(labels: [Label]) throws(ResamplingError) {
        var position: [Label: Int] = [:]
        var groups: [[Int]] = []
        for (i, label) in labels.enumerated() {
            if let g = position[label] {
                groups[g].append(i)
            } else {
                position[label] = groups.count
                groups.append([i])
            }
        }
        guard groups.count >= 2 else { throw ResamplingError.tooFewObservations(needed: 2, got: groups.count) }
        observationCount = labels.count
        clusters = groups
    }

    public func draw(into indices: inout [Int], using rng: inout some RandomNumberGenerator) {
        indices.removeAll(keepingCapacity: true)
        for _ in 0..<clusters.count {
            indices.append(contentsOf: clusters[RandomDraws.index(below: clusters.count, using: &rng)])
        }
    }

    public func leaveOut(unit: Int, into indices: inout [Int]) {
        indices.removeAll(keepingCapacity: true)
        for (g, members) in clusters.enumerated() where g != unit { indices.append(contentsOf: members) }
    }
}
