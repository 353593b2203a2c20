// libFuzzer entry point for the three parsers of user input (issue 9.4):
// the CSV reader, the formula parser and the --where expression parser.
// scripts/fuzz.sh compiles this file together with the PanelData, Modeling and
// needed Stats sources into one module (imports stripped), so it can check
// internal invariants too. EGOV_FUZZ_TARGET chooses the target: csv|formula|where.
//
// A target traps (and libFuzzer saves the input) when a property fails:
//   csv      no crash; a table has one value per row in every column; every
//            numeric cell is finite; parseDecimal agrees with Swift's Double
//            on every cell it accepts (U+2212 read as '-'); validateUTF8 agrees
//            with Swift's UTF-8 validation (plus the NUL rule).
//   formula  no crash; a parsed formula's description parses again.
//   where    no crash; the canonical text of a parsed filter parses back to
//            the same condition; evaluation on a small table either throws
//            a FilterError or gives one Bool per row.
//   number   parseDecimal(bytes:) (Clinger, Eisel-Lemire, slow path) gives
//            strtod's Double bit for bit on every input it accepts, and
//            .overflow exactly where strtod overflows; every input strtod
//            reads completely and that is in the grammar is accepted. The
//            first byte, if below 0x20, makes the rest a digit string with
//            that many leading digits before an exponent (long mantissas).
//   extremes years, ranks and codes from the extremes (1e20, ±1.7e308, 1e9, 12.5...)
//            through PanelInputCheck, the validator and the panel structure
//            (Fuzz/FuzzExtremes.swift).
import Foundation

enum FuzzTarget: String { case csv, formula, `where`, number, extremes }

let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["EGOV_FUZZ_TARGET"] ?? "csv"
    guard let t = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("EGOV_FUZZ_TARGET must be csv, formula, where, number or extremes\n".utf8))
        exit(2)
    }
    return t
}()

/// A small table for evaluating filters: numbers with a missing value, text with a missing value.
let fuzzTable: Table = {
    let year = NumericColumn(unchecked: "year", values: [2018, 2020, 0, 2022], isMissing: [false, false, true, false])
    let x = NumericColumn(unchecked: "x", values: [-1.5, 0, 3, 1e300], isMissing: [false, false, false, false])
    let iso = TextColumn(name: "iso3", ["KAZ", nil, "EST", "RUS"])
    let region = TextColumn(name: "subregion", ["Central Asia", "Baltic", nil, "Eastern Europe"])
    do { return try Table([.numeric(year), .numeric(x), .text(iso), .text(region)], sourceName: "fuzz") } catch {
        FileHandle.standardError.write(Data("cannot build the fuzz table: \(error)\n".utf8))
        exit(2)
    }
}()

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data(("property failed: " + message() + "\n").utf8))
        abort()
    }
}

func fuzzCSV(_ bytes: [UInt8]) {
    // The first byte chooses options, so that every reader path gets input.
    let flags = bytes.first ?? 0
    var options = CSVReadOptions()
    options.delimiter = CSVDelimiter.allCases[Int(flags & 3)]
    options.hasHeader = flags & 4 == 0
    options.quotedFieldsCanBeMissing = flags & 8 != 0
    options.dropEmptyUnnamedColumns = flags & 16 != 0
    options.skipLines = Int((flags >> 5) & 1)
    if flags & 64 != 0 { options.columnTypes = .allText }
    let body = Array(bytes.dropFirst())
    // validateUTF8 (eight ASCII bytes at a time) agrees with Swift's own UTF-8 validation
    // plus the NUL rule, and the bytes before a reported offset are valid.
    let verdict = body.withUnsafeBufferPointer { validateUTF8($0) }
    let valid = !body.contains(0) && String(validating: body, as: UTF8.self) != nil
    check((verdict == nil) == valid, "validateUTF8 says \(String(describing: verdict)), Swift says valid = \(valid)")
    if let v = verdict {
        check(v.offset >= 0 && v.offset < body.count, "validateUTF8 offset \(v.offset) outside \(body.count) bytes")
        let prefix = Array(body[..<v.offset])
        check(!prefix.contains(0) && String(validating: prefix, as: UTF8.self) != nil, "bytes before offset \(v.offset) are not valid")
        check((body[v.offset] == 0) == (v.kind == .nulByte(byteOffset: v.offset)), "NUL at \(v.offset) reported as \(v.kind)")
    }
    guard let table = try? CSVReader.read(bytes: body, options: options) else { return }
    for column in table.columns {
        switch column {
        case .numeric(let c):
            check(c.optionalValues.count == table.rowCount, "numeric column \(c.name) length")
            for v in c.optionalValues { if let v { check(v.isFinite, "non-finite number \(v) in \(c.name)") } }
        case .text(let c):
            check(c.values.count == table.rowCount, "text column \(c.name) length")
            for v in c.values {
                guard let v else { continue }
                if case .finite(let x) = parseDecimal(v) {
                    let plain = trimSpacesAndTabs(v).replacingOccurrences(of: "\u{2212}", with: "-")
                    if let d = Double(plain), d.isFinite { check(d == x || (d == 0 && x == 0), "parseDecimal(\(v)) = \(x), Double = \(d)") }
                }
            }
        }
    }
}

func fuzzFormula(_ text: String) {
    guard let f = try? Formula.parse(text) else { return }
    check((try? Formula.parse(f.description)) != nil, "the description of \(text) does not parse: \(f.description)")
}

func fuzzWhere(_ text: String) {
    guard let f = try? RowFilter.parse(text) else { return }
    let again = try? RowFilter.parse(f.description)
    check(again?.condition == f.condition, "filter \(text) -> \(f.description) does not parse back to the same condition")
    if let mask = try? f.evaluate(on: fuzzTable) { check(mask.count == fuzzTable.rowCount, "mask length") }
}

func fuzzNumber(_ raw: [UInt8]) {
    var bytes = raw
    if let first = bytes.first, first < 0x20 {
        // Structured mode: digits from the bytes, a point, an exponent from the last byte.
        let body = bytes.dropFirst()
        var text = body.dropLast().map { UInt8(0x30) + $0 % 10 }
        let point = Int(first) % (text.count + 1)
        text.insert(0x2E, at: point)
        let e = Int(Int8(bitPattern: body.last ?? 0)) * 3
        bytes = text + Array("e\(e)".utf8)
    }
    let parsed = bytes.withUnsafeBufferPointer { parseDecimal(bytes: $0) }
    // strtod on the same text with U+2212 as '-' and the spaces/tabs trimmed.
    var text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{2212}", with: "-")
    text = trimSpacesAndTabs(text)
    guard !text.contains("\0") else { return }
    var consumedAll = false
    let reference = text.withCString { p -> Double in
        var end: UnsafeMutablePointer<CChar>?
        let v = strtod(p, &end)
        consumedAll = end.map { $0.pointee == 0 } ?? false
        return v
    }
    switch parsed {
    case .finite(let v):
        check(consumedAll, "parseDecimal accepts \(text) = \(v), strtod does not read it all")
        check(v.bitPattern == reference.bitPattern, "parseDecimal(\(text)) = \(v), strtod = \(reference)")
    case .overflow:
        check(consumedAll && reference.isInfinite, "parseDecimal(\(text)) overflows, strtod = \(reference)")
    case .notANumber, .nonFinite:
        // strtod reads more (hex floats, inf/nan, "1e" prefixes): only plain decimals must agree.
        let plain = text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }
        let wellFormed = plain && text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } && text.utf8.last.map { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2E } == true
            && text.utf8.dropFirst().allSatisfy { $0 != 0x2D && $0 != 0x2B } && text.utf8.filter { $0 == 0x2E }.count <= 1
            && !text.utf8.contains(0x65) && !text.utf8.contains(0x45)
        check(!(wellFormed && consumedAll && reference.isFinite), "parseDecimal rejects \(text), strtod reads \(reference)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func egovFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch fuzzTarget {
    case .csv: fuzzCSV(bytes)
    case .formula: fuzzFormula(String(decoding: bytes, as: UTF8.self))
    case .where: fuzzWhere(String(decoding: bytes, as: UTF8.self))
    case .number: fuzzNumber(bytes)
    case .extremes: fuzzExtremes(bytes)
    }
    return 0
}
