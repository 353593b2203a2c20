import Testing
@testable import Stats

/// scripts/reference/xoshiro.py: Python transcription of Blackman & Vigna's reference C code.
struct XoshiroFixture: Decodable {
    struct Case: Decodable {
        var seed: String
        var state: [String]
        var next: [String]
        var uniform: [String]
        var bounded: [[String]]
        var shuffle10: [Int]
    }
    var cases: [Case]
    static func load() throws -> XoshiroFixture { try Fixtures.load("xoshiro") }
}

@Suite struct Xoshiro256StarStarTests {
    @Test func matchesReferenceImplementation() throws {
        let f = try XoshiroFixture.load()
        #expect(f.cases.count == 5)
        for c in f.cases {
            let seed = try #require(UInt64(c.seed))
            var rng = Xoshiro256StarStar(seed: seed)
            let s = rng.state
            #expect([s.0, s.1, s.2, s.3] == c.state.compactMap { UInt64($0) }, "seed \(seed) state")
            let outputs = (0..<c.next.count).map { _ in rng.next() }
            #expect(outputs == c.next.compactMap { UInt64($0) }, "seed \(seed)")
        }
    }

    @Test func splitMix64KnownAnswer() {
        // First outputs of SplitMix64 from state 0 (reference splitmix64.c), also asserted in xoshiro.py.
        var sm = SplitMix64(state: 0)
        #expect([sm.next(), sm.next(), sm.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test func copiesReplay() {
        var a = Xoshiro256StarStar(seed: 99)
        _ = a.next()
        var b = a
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        #expect(Xoshiro256StarStar(seed: 1) != Xoshiro256StarStar(seed: 2))
    }
}
