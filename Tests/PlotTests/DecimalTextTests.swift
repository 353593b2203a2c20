import Testing
@testable import Plot

struct DecimalTextTests {
    @Test func fixedAndTrimmed() {
        #expect(DecimalText.fixed(-1.23456, decimals: 3) == "-1.235")
        #expect(DecimalText.fixed(0.0004, decimals: 3) == "0.000")
        #expect(DecimalText.fixed(2.5, decimals: 0) == "3")
        #expect(DecimalText.fixed(0.05, decimals: 2) == "0.05")
        #expect(DecimalText.trimmed(-0.0001, decimals: 3) == "0")
        #expect(DecimalText.trimmed(12.500, decimals: 3) == "12.5")
    }
    @Test func grouping() {
        #expect(DecimalText.grouped("1234567.5", separator: ",") == "1,234,567.5")
        #expect(DecimalText.grouped("1234", separator: ",") == "1,234")
        #expect(DecimalText.grouped("1234", separator: "\u{2009}") == "1234")
        #expect(DecimalText.grouped("-12345", separator: "\u{2009}") == "-12\u{2009}345")
    }
}
