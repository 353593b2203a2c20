import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PanelData

/// `parseDecimal` (Clinger, Eisel–Lemire, slow path) against the C library's `strtod`, bit
/// for bit: every case must give strtod's Double, or `.overflow` where strtod overflows.
@Suite struct EiselLemireTests {
    /// strtod on the text (ASCII '-' for the sign), nil when it does not consume all of it.
    static func strtodValue(_ text: String) -> Double? {
        text.withCString { p -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(p, &end)
            guard let end, end.pointee == 0 else { return nil }
            return v
        }
    }

    static func agrees(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let expected = strtodValue(text) else {
            Issue.record("strtod rejects \(text)", sourceLocation: sourceLocation)
            return
        }
        let got = parseDecimal(text)
        if expected.isInfinite {
            #expect(got == .overflow, "\(text): strtod overflows, got \(got)", sourceLocation: sourceLocation)
        } else if case .finite(let v) = got {
            #expect(v.bitPattern == expected.bitPattern,
                    "\(text): \(v) (\(String(v.bitPattern, radix: 16))) vs strtod \(expected) (\(String(expected.bitPattern, radix: 16)))",
                    sourceLocation: sourceLocation)
        } else {
            Issue.record("\(text): \(got), strtod \(expected)", sourceLocation: sourceLocation)
        }
    }

    static func decimal(_ v: UInt128) -> String { String(v) }

    /// Exact decimal text of (2m + 1)·2^(k − 1), the midpoint between m·2^k and (m + 1)·2^k,
    /// for k in −40…0 via 5^(1−k): (2m + 1)·5^(1−k) · 10^(k−1). Needs (2m+1)·5^(1−k) < 2^128.
    static func midpointText(m: UInt64, k: Int) -> String? {
        let odd = UInt128(2 * m + 1)
        if k >= 1 {
            let shift = k - 1
            guard shift < 64 else { return nil }
            let (v, overflow) = odd.multipliedReportingOverflow(by: UInt128(1) << UInt128(shift))
            return overflow ? nil : decimal(v)
        }
        var five: UInt128 = 1
        for _ in 0..<(1 - k) {
            let (f, o) = five.multipliedReportingOverflow(by: 5)
            guard !o else { return nil }
            five = f
        }
        let (v, overflow) = odd.multipliedReportingOverflow(by: five)
        guard !overflow else { return nil }
        return decimal(v) + "e\(k - 1)"
    }

    /// Exact ties between two adjacent Doubles (round half to even), and the neighbours one
    /// unit in the last decimal digit away, and the ties with a 1 appended 30 digits later.
    @Test func halfwayCases() throws {
        for s in ["9007199254740993", "9007199254740995", "9007199254740993.0000000000000000000000001",
                  "9007199254740992.9999999999999999999999999", "18014398509481990", "18014398509481986",
                  "1.00000000000000011102230246251565404236316680908203125",   // 1 + 2^-53: tie, to even (1)
                  "1.00000000000000011102230246251565404236316680908203126",
                  "1.00000000000000011102230246251565404236316680908203124",
                  "1.00000000000000033306690738754696212708950042724609375",   // 1 + 3·2^-53: tie, to even (up)
                  "0.500000000000000055511151231257827021181583404541015625",
                  "4503599627370496.5", "4503599627370497.5", "2251799813685248.25", "2251799813685248.75"] {
            Self.agrees(s)
        }
        var g = ParseTestSplitMix(state: 0x5EED_0019)
        var count = 0
        for _ in 0..<4000 {
            let m = (g.next() >> 11) | (1 << 52)       // 53-bit significand
            let k = Int(g.next() % 80) - 40             // midpoint exponent range
            guard let t = Self.midpointText(m: m, k: k) else { continue }
            Self.agrees(t)
            Self.agrees("-" + t)
            // One unit more and less in the last digit, and a far trailing 1.
            let parts = t.split(separator: "e", omittingEmptySubsequences: false)
            let mantissa = String(parts[0]), rest = parts.count > 1 ? "e" + parts[1] : ""
            if let d = mantissa.last?.wholeNumberValue {
                let head = String(mantissa.dropLast())
                if d < 9 { Self.agrees(head + String(d + 1) + rest) }
                if d > 0 { Self.agrees(head + String(d - 1) + rest) }
                Self.agrees(mantissa + "000000000000000000000000000001" + rest)
            }
            count += 1
        }
        #expect(count > 3000)
    }

    /// 19 to 60 significant digits, exponents across the whole range.
    @Test func longMantissas() {
        var g = ParseTestSplitMix(state: 0x19D1_6175)
        for _ in 0..<20_000 {
            let digits = 19 + Int(g.next() % 42)
            var s = String(UInt8(1 + g.next() % 9))
            for _ in 1..<digits { s += String(g.next() % 10) }
            let e = Int(g.next() % 660) - 340
            let point = Int(g.next() % UInt64(digits))
            let text = String(s.prefix(point)) + "." + String(s.dropFirst(point)) + "e\(e)"
            Self.agrees(text)
        }
        for s in ["12345678901234567890", "123456789012345678901234567890", "9999999999999999999",
                  "18446744073709551615", "18446744073709551616", "0.1234567890123456789012345",
                  "99999999999999999999999999999999999999999999999999e-50", "1" + String(repeating: "0", count: 400) + "e-400"] {
            Self.agrees(s)
        }
    }

    /// Subnormals, the underflow threshold 2^-1075 (a tie: rounds to 0), the normal boundary.
    @Test func subnormalsAndUnderflow() {
        for s in ["4.9406564584124654e-324", "4.9406564584124654e-325", "2.4703282292062327e-324",
                  "2.4703282292062328e-324", "2.47032822920623272088e-324", "2.47032822920623272089e-324",
                  "7.4109846876186982e-324", "2.2250738585072009e-308", "2.2250738585072011e-308",
                  "2.2250738585072012e-308", "2.2250738585072014e-308", "2.225073858507201136057409796709131975934819546351645648e-308",
                  "1e-320", "1e-323", "1e-324", "3e-324", "1e-400", "1e-100000", "0.000001e-318", "123456789e-330"] {
            Self.agrees(s)
            Self.agrees("-" + s)
        }
        var g = ParseTestSplitMix(state: 0x50B0_4A11)
        for _ in 0..<5000 {
            let bits = g.next() & 0x000F_FFFF_FFFF_FFFF    // a random subnormal
            let d = Double(bitPattern: bits)
            for p in [17, 16, 15, 20, 25] { Self.agrees(String(format: "%.\(p)g", d)) }
        }
    }

    /// The largest finite Double and the overflow threshold (2^1024 − 2^970, halfway to 2^1024).
    @Test func overflowBoundaries() {
        for s in ["1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
                  "1.79769313486231570814527423731704356798070e308", "1.797693134862315807937289714053e308",
                  "1.797693134862315807937289714054e308", "1.797693134862315708145274237317043567981e308",
                  "179769313486231580793728971405301e276", "1e309", "1e-308", "1e-309", "8.98846567431158e307",
                  "1e22", "1e23", "9007199254740993e22", "1e347", "1e348", "1e-348", "1e-349"] {
            Self.agrees(s)
            Self.agrees("-" + s)
        }
    }

    /// Random finite Doubles written with %.17g (exact round trip) and with 15, 16, 18, 20 digits.
    @Test func randomPrintedDoubles() {
        var g = ParseTestSplitMix(state: 0x17_0017)
        for i in 0..<40_000 {
            var bits = g.next()
            if i % 2 == 0 {
                // Data-like magnitudes half of the time: exponents around 1e-10 … 1e10.
                bits = (bits & 0x800F_FFFF_FFFF_FFFF) | (UInt64(1023 - 34 + Int(g.next() % 68)) << 52)
            }
            let d = Double(bitPattern: bits)
            guard d.isFinite else { continue }
            let text = String(format: "%.17g", d)
            if case .finite(let v) = parseDecimal(text) {
                #expect(v.bitPattern == d.bitPattern, "\(text)")
            } else {
                Issue.record("\(text) not parsed")
            }
            if i % 8 == 0 { for p in [15, 16, 18, 20] { Self.agrees(String(format: "%.\(p)g", d)) } }
        }
    }

    /// The Eisel–Lemire path itself decides almost every %.17g input of normal magnitude
    /// (99.9% of random 17-digit inputs over the whole normal range; the rest go to the slow
    /// path), and what it decides is strtod's value.
    @Test func fastPathDecidesAndIsCorrect() {
        var g = ParseTestSplitMix(state: 0xE15E_1E41)
        var decided = 0, total = 0
        for _ in 0..<20_000 {
            let d = Double(bitPattern: (g.next() & 0x000F_FFFF_FFFF_FFFF) | (UInt64(1 + g.next() % 2046) << 52))
            let text = String(format: "%.16e", d)   // d.dddddddddddddddde±XX: 17 significant digits
            let parts = text.split(separator: "e")
            let digits = parts[0].replacingOccurrences(of: ".", with: "")
            guard let m = UInt64(digits), let e = Int(parts[1]), m != 0 else { continue }
            total += 1
            if let v = eiselLemire(mantissa: m, exponent: e - 16) {
                decided += 1
                #expect(v.bitPattern == d.bitPattern, "\(text)")
            }
        }
        #expect(total > 19_000)
        #expect(decided >= total - total / 200, "decided \(decided) of \(total)")   // 99.9% here
        #expect(eiselLemire(mantissa: 0, exponent: 0) == nil)
        #expect(eiselLemire(mantissa: 1, exponent: 400) == nil)
        #expect(eiselLemire(mantissa: 1, exponent: -400) == nil)
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a fixed-seed source of test inputs.
struct ParseTestSplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
