import Testing
@testable import Modeling

@Suite struct NestingDepthTests {
    @Test func aFlatChainIsOneLevelAndParses() throws {
        let chain = (1...100).map { "year == \(1900 + $0)" }.joined(separator: " || ")
        let f = try RowFilter.parse(chain)
        #expect(f.description.contains("year == 2000"))
        let sum = "y ~ I(" + Array(repeating: "x", count: 150).joined(separator: " + ") + ")"
        #expect((try? Formula.parse(sum)) != nil)
        let and = (1...120).map { "x > \($0)" }.joined(separator: " && ")
        #expect((try? RowFilter.parse(and)) != nil)
    }

    @Test func realNestingIsStillBounded() {
        let nested = "year == " + String(repeating: "(", count: 120) + "2022" + String(repeating: ")", count: 120)
        #expect(throws: FilterError.self) { try RowFilter.parse(nested) }
        do { _ = try RowFilter.parse(nested) } catch { #expect(error.message.contains("nests more than 100 levels")) }
        // Alternating operators nest: a - (b - (c - ...)) written with parentheses.
        let right = "x == " + (1...120).map { _ in "(1 - " }.joined() + "1" + String(repeating: ")", count: 120)
        #expect(throws: FilterError.self) { try RowFilter.parse(right) }
    }

    @Test func anOverlongChainGetsItsOwnMessage() {
        let chain = (1...2_100).map { "x == \($0)" }.joined(separator: " || ")
        do { _ = try RowFilter.parse(chain); Issue.record("expected an error") } catch {
            #expect(error.message.contains("chains more than 2000 operators"))
            #expect(error.hint?.contains("%in%") == true)
        }
    }

    @Test func comparingWithNASuggestsIsNA() {
        for (text, hint) in [("egdi == NA", "is.na(egdi)"), ("NA != egdi", "!is.na(egdi)")] {
            do { _ = try RowFilter.parse(text); Issue.record("expected an error for \(text)") } catch {
                #expect(error.message.contains("a comparison with NA is never true"))
                #expect(error.hint == "to test for a missing value write \(hint)")
            }
        }
        #expect((try? RowFilter.parse("is.na(egdi)")) != nil)
    }
}
