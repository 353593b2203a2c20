import Testing
@testable import Stats

@Suite struct ResamplingMemoryTests {
    @Test func aBillionReplicatesAreRefusedWithTheSizeTheyNeed() {
        #expect(throws: ResamplingError.tooMuchMemory(what: "--bootstrap 1000000000", count: 1_000_000_000, bytes: 8e9, limit: 268_435_456)) {
            try ResamplingMemory.check(count: 1_000_000_000, bytesEach: 8, what: "--bootstrap 1000000000")
        }
        let e = ResamplingError.tooMuchMemory(what: "--bootstrap 1000000000", count: 1_000_000_000, bytes: 8e9, limit: 268_435_456)
        #expect(e.description == "--bootstrap 1000000000: 1000000000 replicates would need 8.0 GB of memory (every replicate is kept for the interval), more than the 2.1 GB limit; use at most 268435456 (9999 is usual for publication)")
        #expect((try? ResamplingMemory.check(count: 9_999, bytesEach: 8, what: "x")) != nil)
        #expect((try? ResamplingMemory.check(count: Int.max, bytesEach: 40, what: "x")) == nil)
    }

    @Test func theBootstrapsRefuseBeforeAllocating() {
        var rng = Xoshiro256StarStar(seed: 1)
        let x = [1.0, 2, 3, 4, 5], y = [2.0, 1, 4, 3, 5]
        #expect(throws: ResamplingError.self) { try Bootstrap.pearson(x: x, y: y, resamples: 1_000_000_000, using: &rng) }
        #expect(throws: ResamplingError.self) {
            try Bootstrap.run(scheme: try CaseResampling(count: 5), resamples: Int.max / 2, using: &rng) { _ in 0 }
        }
    }

    @Test func sizesReadAsDecimalUnits() {
        #expect(ResamplingMemory.text(bytes: 999) == "999 bytes")
        #expect(ResamplingMemory.text(bytes: 8e9) == "8.0 GB")
        #expect(ResamplingMemory.text(bytes: 4e10) == "40.0 GB")
    }
}
