import Testing
@testable import NotebookKit

@Suite struct FormatTests {
    @Test func numbersUseATrueMinusAndNoNegativeZero() {
        #expect(Prose.number(-1.234, 2) == "\u{2212}1.23")
        #expect(Prose.number(1.235, 1) == "1.2")   // 1.235 is 1.2349999... in binary
        #expect(Prose.number(-0.0004, 3) == "0.000")
        #expect(Prose.number(nil) == "NA")
    }

    @Test func signedNumbersCarryTheirSign() {
        #expect(Prose.signed(29.2, 0) == "+29")
        #expect(Prose.signed(-6.2, 0) == "\u{2212}6")
        #expect(Prose.signed(0.001, 1) == "0.0")
    }

    @Test func pValuesAsJournalsPrintThem() {
        #expect(Prose.p(0.0004) == "p < 0.001")
        #expect(Prose.p(0.1584) == "p = 0.158")
        #expect(Prose.pValue(0.0004) == "< 0.001")
    }

    @Test func listsJoinWithAnd() {
        #expect(Prose.list([]) == "")
        #expect(Prose.list(["a"]) == "a")
        #expect(Prose.list(["a", "b"]) == "a and b")
        #expect(Prose.list(["a", "b", "c"]) == "a, b and c")
    }

    @Test func productNameOfANotebookFolder() {
        #expect("KazakhstanCaseStudy".notebookProductName == "kazakhstan-case-study")
        #expect("Replication".notebookProductName == "replication")
    }
}
