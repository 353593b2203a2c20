import Testing
@testable import Stats

@Suite struct ResamplingSchemeTests {
    @Test func clusterResamplingKeepsClustersWhole() throws {
        let labels = ["a", "a", "b", "c", "c", "c"]
        let scheme = try ClusterResampling(labels: labels)
        #expect(scheme.clusters == [[0, 1], [2], [3, 4, 5]])
        #expect(scheme.unitCount == 3 && scheme.observationCount == 6)
        var rng = Xoshiro256StarStar(seed: 4)
        var idx: [Int] = []
        for _ in 0..<200 {
            scheme.draw(into: &idx, using: &rng)
            // Each drawn cluster appears as its whole run of members.
            var i = 0
            while i < idx.count {
                let cluster = try #require(scheme.clusters.first { $0.first == idx[i] })
                #expect(Array(idx[i..<(i + cluster.count)]) == cluster)
                i += cluster.count
            }
        }
        scheme.leaveOut(unit: 2, into: &idx)
        #expect(idx == [0, 1, 2])
        #expect(throws: ResamplingError.tooFewObservations(needed: 2, got: 1)) { try ClusterResampling(labels: [1, 1]) }
    }

    @Test func caseResamplingJackknife() throws {
        let scheme = try CaseResampling(count: 4)
        var idx: [Int] = []
        scheme.leaveOut(unit: 1, into: &idx)
        #expect(idx == [0, 2, 3])
    }
}
