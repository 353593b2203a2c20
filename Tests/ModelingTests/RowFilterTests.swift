import Testing
@testable import Modeling

@Suite struct RowFilterTests {
    let data = TestTable(
        numeric: [
            ("year", [2018, 2018, 2020, 2020, nil]),
            ("egdi_rank", [20, 12, nil, 3, 30]),
            ("a", [1, 0, 1, 0, nil]),
            ("b", [0, 1, 1, nil, 1]),
            ("c", [0, 1, 0, 1, 1]),
        ],
        text: [
            ("iso3", ["KAZ", "EST", "RUS", nil, "UZB"]),
            ("subregion", ["Central Asia", "Baltic", "Eastern Europe", "Baltic", "Central Asia"]),
        ]
    )

    func rows(_ text: String) throws -> [Bool] { try RowFilter.parse(text).evaluate(on: data) }

    func parseMessage(_ text: String) -> String? {
        errorText(FilterError.self) { () throws(FilterError) in try RowFilter.parse(text) }
    }

    func evalMessage(_ text: String) throws -> String? {
        let f = try RowFilter.parse(text)
        return errorText(FilterError.self) { () throws(FilterError) in try f.evaluate(on: data) }
    }

    @Test func comparisons() throws {
        #expect(try rows("year == 2018") == [true, true, false, false, false])
        #expect(try rows("subregion == \"Central Asia\"") == [true, false, false, false, true])
        #expect(try rows("iso3 != 'RUS'") == [true, true, false, false, true])
        #expect(try rows("egdi_rank - 10 > 5") == [true, false, false, false, true])
        #expect(try rows("iso3 < \"M\"") == [true, true, false, false, false])
        #expect(try rows("log(egdi_rank) >= log(20)") == [true, false, false, false, true])
    }

    @Test func membership() throws {
        #expect(try rows("iso3 in (\"KAZ\", \"EST\")") == [true, true, false, false, false])
        #expect(try rows("iso3 %in% c('KAZ','EST')") == [true, true, false, false, false])
        #expect(try rows("iso3 not in (\"KAZ\", \"EST\")") == [false, false, true, false, true])
        #expect(try rows("year in (2020, -1)") == [false, false, true, true, false])
    }

    /// R's three-valued logic; each expectation is what `subset(d, cond)` keeps.
    @Test func missingValuesFollowR() throws {
        #expect(try rows("egdi_rank > 5") == [true, true, false, false, true])
        #expect(try rows("!(egdi_rank > 5)") == [false, false, false, true, false])
        #expect(try rows("egdi_rank > 5 || year == 2020") == [true, true, true, true, true])
        #expect(try rows("egdi_rank > 5 && year == 2018") == [true, true, false, false, false])
        #expect(try rows("is.na(egdi_rank)") == [false, false, true, false, false])
        #expect(try rows("!is.na(iso3)") == [true, true, true, false, true])
        #expect(try rows("log(egdi_rank - 12) > 0") == [true, false, false, false, true])
    }

    @Test func precedence() throws {
        // a || b && c is a || (b && c): row 0 has a = 1, b = 0 -> true (it would be false as (a || b) && c).
        #expect(try rows("a == 1 || b == 1 && c == 1") == [true, true, true, false, true])
        #expect(try rows("(a == 1 || b == 1) && c == 1") == [false, true, false, false, true])
        #expect(try rows("a == 1 or b == 1 and c == 1") == rows("a == 1 || b == 1 && c == 1"))
        #expect(try rows("!a == 1") == [false, true, false, true, false])
        #expect(try rows("not a == 1 & c == 1") == [false, true, false, true, false])
        #expect(try RowFilter.parse("a == 1 || b == 1 && c == 1").condition ==
            .or(.comparison(.equal, .expression(.column("a")), .expression(.number(1))),
                .and(.comparison(.equal, .expression(.column("b")), .expression(.number(1))),
                     .comparison(.equal, .expression(.column("c")), .expression(.number(1))))))
        #expect(try RowFilter.parse("egdi_rank - 10 * 2 > -2^2").description == "egdi_rank - 10 * 2 > -2^2")
    }

    @Test func canonicalFormRoundTrips() throws {
        for text in ["(a == 1 || b == 1) && !(c == 1)", "iso3 in (\"KAZ\", \"EST\") || year >= 2018 && !is.na(a)",
                     "iso3 not in ('RUS') and not (year == 2020 or a == 1)", "x == \"a \\\"q\\\" b\""] {
            let f = try RowFilter.parse(text)
            #expect(try RowFilter.parse(f.description).condition == f.condition, "\(text) -> \(f.description)")
        }
    }

    @Test func parseErrorsWordForWord() {
        let cases: [(String, String)] = [
            ("year == ", "filter error at column 8: expected a value after '==' in \"year == \""),
            ("year = 2018", "filter error at column 6: '=' is not a comparison in \"year = 2018\"; use '==' to test equality"),
            ("(year == 2018", "filter error at column 1: '(' is never closed in \"(year == 2018\"; add the missing ')'"),
            ("year == 2018)", "filter error at column 13: ')' has no matching '(' in \"year == 2018)\"; remove it or add the missing '('"),
            ("year", "filter error at column 1: expected a condition such as year == 2018, found 'year' in \"year\""),
            ("1 < year < 3", "filter error at column 10: comparisons cannot be chained in \"1 < year < 3\"; join them with &&, as in a < x && x < b"),
            ("lgo(x) > 1", "filter error at column 1: unknown function 'lgo' in \"lgo(x) > 1\"; did you mean 'log'?"),
            ("iso3 in \"KAZ\"", "filter error at column 9: expected a list in parentheses after 'in' in \"iso3 in \\\"KAZ\\\"\"; write x in (\"KAZ\", \"EST\")"),
            ("iso3 in (\"KAZ\", 2)", "filter error at column 6: the list after 'in' mixes numbers and text in \"iso3 in (\\\"KAZ\\\", 2)\"; use only numbers or only quoted text"),
            ("", "filter is empty in filter \"\"; write a condition such as year == 2018"),
            ("iso3 == 'RUS", "filter error at column 9: the quote ' is never closed in \"iso3 == 'RUS\"; add a closing '"),
            ("(a == 1) + 2 > 0", "filter error at column 4: expected a value, found a condition in \"(a == 1) + 2 > 0\"; compare values, then combine the comparisons with && or ||"),
            ("a == 1 && ; rm -rf", "filter error at column 11: expected a value after '&&' in \"a == 1 && ; rm -rf\""),
        ]
        for (input, expected) in cases {
            #expect(parseMessage(input) == expected.replacingOccurrences(of: "\\\"", with: "\""), "\(input)")
        }
    }

    @Test func evaluationErrorsWordForWord() throws {
        #expect(try evalMessage("iso3 == 2018") == "cannot compare the text column 'iso3' with a number in filter \"iso3 == 2018\"; write the value in quotes, as in iso3 == \"2018\"")
        #expect(try evalMessage("year == \"2018\"") == "cannot compare the numeric column 'year' with the text \"2018\" in filter \"year == \"2018\"\"; remove the quotes, as in year == 2018")
        #expect(try evalMessage("iso3 in (1, 2)") == "cannot compare the text column 'iso3' with a number in filter \"iso3 in (1, 2)\"; write the value in quotes, as in iso3 == \"1\"")
        #expect(try evalMessage("iso == 'RUS'") == "unknown variable 'iso' in filter \"iso == 'RUS'\"; did you mean 'iso3'?")
        #expect(try evalMessage("iso3 + 1 > 2") == "'iso3' is a text column and cannot be used in arithmetic in iso3 + 1 in filter \"iso3 + 1 > 2\"")
    }

    /// Same robustness contract as the formula parser (fixed seed; seed corpus for fuzzing).
    @Test func fuzzNeverTraps() throws {
        var rng = SplitMix64(seed: 0xF1_17E7)
        let pieces = ["year", "==", "2018", "&&", "||", "!", "(", ")", "in", "c(", "\"KAZ\"", ",", "'EST'", "is.na(", "-", "+", "*", "^",
                      "<", ">=", "not", "and", "or", "%in%", "iso3", "a", "1e3", " ", "=", "log(", ";", "`", "\""]
        var parsed = 0
        let atoms = ["year == 2018", "iso3 in (\"KAZ\", 'EST')", "!is.na(a)", "egdi_rank - 10 > -5", "(a == 1 || b == 1)", "not c < 2^2", "iso3 %in% c('RUS')"]
        let joins = [" && ", " || ", " and ", " or ", " & ", " | "]
        for i in 0..<4000 {
            var s = ""
            if i % 2 == 0 {
                s = atoms[Int(rng.next() % UInt64(atoms.count))]
                for _ in 0..<Int(rng.next() % 4) { s += joins[Int(rng.next() % 6)] + atoms[Int(rng.next() % UInt64(atoms.count))] }
            }
            for _ in 0..<(i % 2 == 0 ? 0 : Int(rng.next() % 12)) { s += pieces[Int(rng.next() % UInt64(pieces.count))] + (rng.next() % 2 == 0 ? " " : "") }
            do {
                let f = try RowFilter.parse(s)
                parsed += 1
                #expect(try RowFilter.parse(f.description).condition == f.condition, "\(s)")
                _ = try? f.evaluate(on: data)
            } catch {
                if let c = error.column { #expect(c >= 1 && c <= s.count + 1, "\(s)") }
            }
        }
        #expect(parsed > 1000)
    }
}
