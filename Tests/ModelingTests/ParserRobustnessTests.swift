import Testing
@testable import Modeling

/// Issue 9, library level: the formula and filter parsers on hostile input give
/// typed errors (never a crash), and crashes or failed properties found by the
/// fuzzer (scripts/fuzz.sh) stay fixed.
@Suite struct ParserRobustnessTests {
    /// Found by the fuzzer (where target): the canonical text printed 15 significant
    /// digits, so `year == 20444444444444444444444444444418` read back as another number.
    @Test func filterDescriptionRoundTripsEveryNumber() throws {
        for text in ["year == 20444444444444444444444444444418 & iso3 %in% c('KAZ', 'EST')",
                     "x > 0.30000000000000004", "x %in% c(0.1, 0.30000000000000004, 1e-320)", "-x^2 < 1.0000000000000002"] {
            let f = try RowFilter.parse(text)
            let again = try RowFilter.parse(f.description)
            #expect(again.condition == f.condition, "\(text) -> \(f.description)")
        }
        // Found by the fuzzer: a backquoted name with a backslash lost it in the canonical text.
        for text in ["`a\\\\b` > 1", "`x\\`y` == 'K'", "log(`my var\\\\`) < 2"] {
            let f = try RowFilter.parse(text)
            #expect(try RowFilter.parse(f.description).condition == f.condition, "\(text) -> \(f.description)")
        }
        // Numbers R prints exactly keep R's spelling.
        #expect(try RowFilter.parse("year >= 2018 & x < 1e-04").description.contains("2018"))
    }

    /// Found by the fuzzer (where target): `x > -5e329999999` read the literal as -infinity.
    @Test func hugeLiteralsAreErrors() {
        for text in ["x > -5e329999999", "x %in% c(1, 1e400)", "year == 1e309"] {
            #expect(throws: FilterError.self) { try RowFilter.parse(text) }
        }
        #expect(throws: FormulaError.self) { try Formula.parse("y ~ I(x^1e400)") }
        #expect((try? RowFilter.parse("x < 1.7e308")) != nil)
    }

    /// Found by the fuzzer (formula target, a 12 s timeout): powers and crossings of
    /// large sums expand exponentially. Saturated powers stop early; beyond 10,000
    /// terms the formula is an error.
    @Test(.timeLimit(.minutes(1))) func termExplosionIsBounded() throws {
        let fuzzed = "y ~ 1 + ( a+ da+  h+ ( dh+ j:ba+ da+  h+ ( dh+ j:bsjjjjnj)^5:ba+ da+  h+ ( dh+ j:bsjjjnnj)^54* a:bj:bsjjsjjjjnj4* a:bj:bsjjsjjjjnj)^54* a:bj:bsjjjjjj)^27* a:b"
        _ = try? Formula.parse(fuzzed)  // must return (either way) well inside the time limit
        // (a + b)^54 is (a + b)^2: a, b, a:b.
        #expect(try Formula.parse("y ~ (a + b)^54").terms.map(\.description) == ["a", "b", "a:b"])
        let vars = (1...20).map { "x\($0)" }.joined(separator: " + ")
        #expect(throws: FormulaError.self) { try Formula.parse("y ~ (\(vars))^20") }
        #expect(throws: FormulaError.self) { try Formula.parse("y ~ " + (1...20).map { "x\($0)" }.joined(separator: " * ")) }
        #expect(try Formula.parse("y ~ (\(vars))^2").terms.count == 20 + 190)
    }

    /// Found by the fuzzer (where target, a 13 s timeout): a negation of a missing
    /// value evaluated its operand twice, so 60 minus signs on a row with a missing
    /// value took 2^60 steps.
    @Test(.timeLimit(.minutes(1))) func negationOfMissingIsLinear() throws {
        struct Data: ColumnSource {
            var columnNames: [String] { ["year"] }
            var rowCount: Int { 3 }
            func numericValues(_ name: String) -> [Double?]? { name == "year" ? [2018, nil, 2020] : nil }
            func textValues(_ name: String) -> [String?]? { nil }
        }
        let f = try RowFilter.parse("!is.na(" + String(repeating: "-", count: 60) + "year)")
        #expect(try f.evaluate(on: Data()) == [true, false, true])
        #expect(Expression.negate(.negate(.column("year"))).evaluate { _ in nil } == .missing)
    }

    @Test func deepNestingIsATypedError() {
        let deep = String(repeating: "(", count: 10_000) + "year == 1" + String(repeating: ")", count: 10_000)
        let chain = Array(repeating: "year == 1", count: 10_000).joined(separator: " | ")
        for text in [deep, chain, String(repeating: "!", count: 10_000) + "x", String(repeating: "-", count: 10_000) + "x > 0"] {
            #expect(throws: FilterError.self) { try RowFilter.parse(text) }
            do { _ = try RowFilter.parse(text) } catch {
                // A flat chain is not nesting (issue 18.7): 10,000 comparisons exceed the chain bound instead.
                #expect(error.description.contains("nests more than 100 levels") || error.description.contains("chains more than 2000 operators"),
                        "\(error.description.prefix(200))")
            }
        }
        for text in ["y ~ " + String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000),
                     "y ~ I(" + Array(repeating: "x", count: 10_000).joined(separator: " * ") + ")",
                     "y ~ " + String(repeating: "log(", count: 5_000) + "x" + String(repeating: ")", count: 5_000),
                     "y ~ I(" + String(repeating: "-", count: 10_000) + "x)"] {
            #expect(throws: FormulaError.self) { try Formula.parse(text) }
        }
        // 100 levels is the limit, not less: 40 nested parentheses and a 60-term chain parse.
        #expect((try? RowFilter.parse(String(repeating: "(", count: 40) + "year == 1" + String(repeating: ")", count: 40))) != nil)
        #expect((try? Formula.parse("y ~ I(" + Array(repeating: "x", count: 60).joined(separator: " + ") + ")")) != nil)
        // A long top-level sum of terms is not nesting (1,000 columns).
        #expect((try? Formula.parse("y ~ " + (1...1000).map { "v\($0)" }.joined(separator: " + ")))?.terms.count == 1000)
    }

    /// A numeric column that one cell turned into text is an error naming the cell, not a silent factor.
    @Test func numberLikeTextIsNotASilentFactor() throws {
        struct Data: ColumnSource {
            var columnNames: [String] { ["y", "x", "g"] }
            var rowCount: Int { 4 }
            func numericValues(_ name: String) -> [Double?]? { name == "y" ? [1, 2, 4, 3] : nil }
            func textValues(_ name: String) -> [String?]? {
                switch name {
                case "x": return ["1,5", "2", "3", nil]
                case "g": return ["a", "b", "a", "b"]
                default: return nil
                }
            }
        }
        let cell = NonNumericCell(rowIndex: 0, value: "1,5", numericCells: 2, nonMissingCells: 3)
        #expect(throws: ModelingError.numberLikeTextFactor(column: "x", example: cell)) {
            try DesignMatrix.build(formula: try Formula.parse("y ~ x"), data: Data())
        }
        #expect(ModelingError.numberLikeTextFactor(column: "x", example: cell).description
            .contains("data row 1 holds \"1,5\" (decimal comma? write 1.5)"))
        // Asked for explicitly, or a column of words: a factor, as in R.
        #expect((try? DesignMatrix.build(formula: try Formula.parse("y ~ factor(x)"), data: Data())) != nil)
        #expect((try? DesignMatrix.build(formula: try Formula.parse("y ~ g"), data: Data())) != nil)
        #expect(throws: ModelingError.textInArithmetic(column: "x", variable: "log(x)", example: cell)) {
            try DesignMatrix.build(formula: try Formula.parse("y ~ log(x)"), data: Data())
        }
    }
}
