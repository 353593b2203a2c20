import Testing
@testable import Modeling

@Suite struct FormulaParserTests {
    func message(_ text: String) -> String? {
        errorText(FormulaError.self) { () throws(FormulaError) in try Formula.parse(text) }
    }

    @Test func errorsWordForWord() {
        let cases: [(String, String)] = [
            ("y ~ x1 + ", "formula error at column 9: expected a variable name after '+' in \"y ~ x1 + \""),
            ("y x1 + x2", "formula has no '~': write it as \"y ~ x1 + x2\""),
            ("", "formula is empty: write it as \"y ~ x1 + x2\""),
            ("y ~ lgo(x)", "formula error at column 5: unknown function 'lgo' in \"y ~ lgo(x)\"; did you mean 'log'?"),
            ("y ~ log(x + 1", "formula error at column 8: '(' is never closed in \"y ~ log(x + 1\"; add the missing ')'"),
            ("y ~ (a + b:c", "formula error at column 5: '(' is never closed in \"y ~ (a + b:c\"; add the missing ')'"),
            ("y ~ a + b)", "formula error at column 10: ')' has no matching '(' in \"y ~ a + b)\"; remove it or add the missing '('"),
            ("~ x", "formula error at column 1: the response (left of '~') is empty in \"~ x\"; write it as \"y ~ x1 + x2\""),
            ("y ~ ", "formula error at column 4: expected a variable name after '~' in \"y ~ \""),
            ("y ~ x + * z", "formula error at column 9: expected a variable name after '+' in \"y ~ x + * z\""),
            ("y + z ~ x", "formula error at column 3: the response must be a single variable in \"y + z ~ x\"; use I(...) for arithmetic, as in I(a + b) ~ x"),
            ("y ~ x ~ z", "formula error at column 7: a formula has only one '~' in \"y ~ x ~ z\""),
            ("y ~ x^2", "formula error at column 6: in a formula 'x^2' means crossing, not squaring in \"y ~ x^2\"; write I(x^2) for the power"),
            ("y ~ (a + b)^1.5", "formula error at column 13: the power of a term must be a whole number from 1 up, as in (a + b)^2 in \"y ~ (a + b)^1.5\""),
            ("y ~ x + 2", "formula error at column 9: the number 2 cannot be a term in \"y ~ x + 2\"; use 1 or 0 to keep or remove the intercept, or I(...) for arithmetic"),
            ("y ~ a/b", "formula error at column 6: nesting with '/' is not supported in \"y ~ a/b\"; write a + a:b instead of a/b"),
            ("y ~ x + y", "formula error at column 9: the response 'y' also appears on the right of '~' in \"y ~ x + y\"; remove it from the right-hand side"),
            ("y ~ log(x, 2)", "formula error at column 10: log() takes one argument in \"y ~ log(x, 2)\"; for another base use log2(x) or log10(x)"),
            ("y ~ x | fe1^fe2", "formula error at column 12: combined fixed effects ('fe1^…') are not supported in \"y ~ x | fe1^fe2\"; create a column that combines them and absorb that"),
            ("y ~ x | a | b", "formula error at column 11: after the fixed effects, a second '|' must start an instrumental-variables part in \"y ~ x | a | b\"; write \"y ~ w | fe | endo ~ z1 + z2\" (fixest syntax), or join the fixed effects with '+'"),
            ("y ~ x | ", "formula error at column 8: expected a fixed-effect variable after '|' in \"y ~ x | \""),
            ("y ~ x | log(g)", "formula error at column 9: fixed effects must be plain column names in \"y ~ x | log(g)\"; write '| log' and let the column be categorical"),
            ("y ~ x $ z", "formula error at column 7: unexpected '$' in \"y ~ x $ z\""),
            ("y ~ x # z", "formula error at column 7: unexpected character '#' in \"y ~ x # z\""),
            ("y ~ \"x\"", "formula error at column 5: quoted text \"x\" cannot appear in a formula in \"y ~ \"x\"\"; column names are written without quotes (use backticks for unusual names)"),
            ("y ~ I(x + )", "formula error at column 11: expected a number or a variable name after '+' in \"y ~ I(x + )\""),
            ("y ~ a:1", "formula error at column 7: 0 or 1 (the intercept) cannot be part of an interaction in \"y ~ a:1\"; add or remove the intercept on its own: '+ 1' or '- 1'"),
            ("y ~ (x - 1)", "formula error at column 10: 0 or 1 (the intercept) can only be added or removed at the top level in \"y ~ (x - 1)\"; move it out of the parentheses"),
            ("factor(g) ~ x", "formula error at column 1: the response cannot be a factor in \"factor(g) ~ x\"; regress a numeric variable"),
            ("y ~ I(factor(g))", "formula error at column 7: factor() cannot be used inside arithmetic in \"y ~ I(factor(g))\""),
            ("y ~ x + `unclosed", "formula error at column 9: the quote ` is never closed in \"y ~ x + `unclosed\"; add a closing `"),
        ]
        for (input, expected) in cases {
            #expect(message(input) == expected, "\(input)")
        }
    }

    @Test func errorCarriesColumnAndHint() {
        do {
            _ = try Formula.parse("y ~ lgo(x)")
            Issue.record("expected an error")
        } catch {
            #expect(error.column == 5)
            #expect(error.message == "unknown function 'lgo'")
            #expect(error.hint == "did you mean 'log'?")
            #expect(error.formula == "y ~ lgo(x)")
        }
    }

    /// Robustness: random strings over the formula alphabet and random splices of
    /// valid formulas never trap; each gives a formula or a `FormulaError` with a
    /// column inside the text (or none). Fixed seed, so failures reproduce; the
    /// inputs double as a fuzzing seed corpus.
    @Test func fuzzNeverTraps() {
        var rng = SplitMix64(seed: 0x5EED_F00D)
        let alphabet = Array("yxab01 ~+-*/^:()|,.`\"'I(log)factor(e^2)%in%!=<>&#$\t2.5e10")
        let pieces = ["y", "~", "x", "+", "-", "*", ":", "(", ")", "^", "2", "0", "1", "|", "log(", "I(", "factor(", "a", "b", " ", "exp(", "sqrt(", "`q r`", "1e5", "-1", ","]
        var parsed = 0
        for i in 0..<4000 {
            var s = ""
            let length = Int(rng.next() % 24)
            if i % 3 == 2 {
                // Near-valid formulas: atoms joined by formula operators.
                let atoms = ["a", "b", "c", "log(x)", "I(x^2)", "factor(g)", "(a + b)", "0", "1", "exp(-z)", "`q r`", "I(2 * x - 1e5)"]
                let ops = [" + ", " - ", "*", ":", " + ", ")^2 + (", " | g + "]
                s = "y ~ " + atoms[Int(rng.next() % UInt64(atoms.count))]
                for _ in 0..<(length % 6) {
                    s += ops[Int(rng.next() % UInt64(ops.count))] + atoms[Int(rng.next() % UInt64(atoms.count))]
                }
            }
            for _ in 0..<(i % 3 == 2 ? 0 : length) {
                if i % 3 == 0 {
                    s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))])
                } else {
                    s += pieces[Int(rng.next() % UInt64(pieces.count))]
                }
            }
            do {
                let f = try Formula.parse(s)
                parsed += 1
                // A successful parse prints something that parses again.
                #expect((try? Formula.parse(f.description)) != nil, "\(s) -> \(f.description)")
            } catch {
                if let c = error.column { #expect(c >= 1 && c <= s.count + 1, "\(s)") }
                #expect(!error.description.isEmpty)
            }
        }
        #expect(parsed > 300)
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny fixed-seed generator for tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
