import Testing
@testable import PanelData

@Suite struct NumberParsingTests {
    @Test func acceptsDecimalGrammar() {
        #expect(parseDecimal("1.5") == .finite(1.5))
        #expect(parseDecimal("+2") == .finite(2))
        #expect(parseDecimal("-2.25e3") == .finite(-2250))
        #expect(parseDecimal("1E-2") == .finite(0.01))
        #expect(parseDecimal(".5") == .finite(0.5))
        #expect(parseDecimal("5.") == .finite(5))
        #expect(parseDecimal("  42\t") == .finite(42))        // spaces/tabs around are trimmed
        #expect(parseDecimal("\u{2212}3.5") == .finite(-3.5))  // U+2212 MINUS SIGN
        #expect(parseDecimal("007") == .finite(7))
        #expect(parseDecimal("0e999999999999") == .finite(0))
        if case .finite(let z) = parseDecimal("-0") { #expect(z == 0 && z.sign == .minus) } else { Issue.record("-0") }
    }

    @Test func rejectsWhatIsNotADecimalNumber() {
        for s in ["", " ", "+", "-", ".", "1e", "1e+", "e5", "1.2.3", "1,5", "1 000", "0x1p3", "1_000",
                  "12%", "abc", "--1", "+-1", "1d5", "\u{2212}", "١"] {
            #expect(parseDecimal(s) == .notANumber, "\(s)")
        }
    }

    @Test func nonFiniteWordsAndOverflow() {
        for s in ["NaN", "nan", "inf", "-Inf", "+INF", "Infinity", "-infinity", "\u{2212}inf"] {
            #expect(parseDecimal(s) == .nonFinite, "\(s)")
        }
        #expect(parseDecimal("1e400") == .overflow)
        #expect(parseDecimal("-1.8e308") == .overflow)
        #expect(parseDecimal("1.7976931348623157e308") == .finite(.greatestFiniteMagnitude))
        #expect(parseDecimal("1e-400") == .finite(0))  // underflow rounds to zero, as strtod and R do
        #expect(parseDecimal("4.9406564584124654e-324") == .finite(.leastNonzeroMagnitude))
    }

    /// Hard cases for correct rounding. Expected values are Swift float literals, which the
    /// compiler converts with correct rounding (LLVM APFloat).
    @Test func correctlyRounded() {
        #expect(parseDecimal("0.1") == .finite(0.1))
        #expect(parseDecimal("9007199254740993") == .finite(9007199254740992))   // tie -> even
        #expect(parseDecimal("9007199254740995") == .finite(9007199254740996))   // tie -> even
        #expect(parseDecimal("2.2250738585072011e-308") == .finite(2.2250738585072011e-308))
        #expect(parseDecimal("1e23") == .finite(1e23))
        #expect(parseDecimal("123456789012345678901234567890") == .finite(123456789012345678901234567890.0))
        #expect(parseDecimal("0.30000000000000004") == .finite(0.30000000000000004))
        #expect(parseDecimal("3.141592653589793238462643383279") == .finite(3.141592653589793))
    }

    /// The fast path must agree with glibc/Darwin `strtod` (through `Double(String)`), which
    /// is correctly rounded, on random decimals of every length and exponent.
    @Test func agreesWithStrtodOnRandomDecimals() {
        var rng = SplitMix64(seed: 20240611)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...20, using: &rng)
            var s = Bool.random(using: &rng) ? "-" : ""
            for k in 0..<digits {
                s += String(Int.random(in: 0...9, using: &rng))
                if k == 0, Bool.random(using: &rng) { s += "." }
            }
            if Bool.random(using: &rng) { s += "e\(Int.random(in: -30...30, using: &rng))" }
            guard let expected = Double(s) else { Issue.record("bad generator \(s)"); continue }
            #expect(parseDecimal(s) == .finite(expected), "\(s)")
        }
    }

    @Test func hints() {
        #expect(notANumberHint("1,5") == "(decimal comma? write 1.5)")
        #expect(notANumberHint("1,234,567") == "(thousands separators? write 1234567)")
        #expect(notANumberHint("1,234") == "(thousands separator or decimal comma? write 1234 or 1.234)")
        #expect(notANumberHint("12.5%") == "(percent sign? write 12.5)")
        #expect(notANumberHint("Aruba") == nil)
    }
}

/// Fixed-seed generator for reproducible property tests (SplitMix64, Steele, Lea & Flood 2014).
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
