import Testing
@testable import Paradox

@Suite struct JSONValueTests {
    @Test func numbersAreShortestRoundTrip() {
        #expect(JSONValue.format(0.1) == "0.1")
        #expect(JSONValue.format(-0.4922124445438385) == "-0.4922124445438385")
        #expect(JSONValue.format(2018) == "2018")
        #expect(JSONValue.format(1e-5) == "1e-5")
        #expect(JSONValue.format(1.5e300) == "1.5e300")
        #expect(JSONValue.format(.nan) == "null")
        #expect(JSONValue.format(-.infinity) == "null")
        // Every formatted value parses back to the same Double.
        for x in [1.0 / 3, 2.0 / 3 * 1e-200, 123456789.125, 9.007199254740993e15, 5e-324] {
            #expect(Double(JSONValue.format(x)) == x)
        }
    }

    @Test func objectsKeepKeyOrderAndEscape() {
        let v = JSONValue.object([("z", .integer(1)), ("a", .string("q\"\n\u{1}")), ("m", .array([.null, .bool(true)]))])
        #expect(v.serialized() == #"{"z": 1, "a": "q\"\n\u0001", "m": [null,true]}"#)
        #expect(v == v)
        #expect(v != .object([("a", .integer(1))]))
    }
}
