import Testing
import Paradox

@Suite struct MidranksTests {
    // R: rank(c(10, 20, 20, 5, 30)) = 2.0 3.5 3.5 1.0 5.0
    @Test func ties() {
        #expect(Midranks.of([10, 20, 20, 5, 30]) == [2, 3.5, 3.5, 1, 5])
        // R: rank(c(1, 1, 1)) = 2 2 2
        #expect(Midranks.of([1, 1, 1]) == [2, 2, 2])
        #expect(Midranks.of([]) == [])
    }
}
