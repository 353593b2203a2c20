// libFuzzer entry point for the three parsers of user input (issue 9.4):
// the CSV reader, the formula parser and the --where expression parser.
// scripts/fuzz.sh compiles this file together with the PanelData, Modeling and
// needed Stats sources into one module (imports stripped), so it can check
// internal invariants too. EGOV_FUZZ_TARGET chooses the target: csv|formula|where.
//
// A target traps (and libFuzzer saves the input) when a property fails:
//   csv      no crash; a table has one value per row in every column; every
//            numeric cell is finite; parseDecimal agrees with Swift's Double
//            on every cell it accepts (U+2212 read as '-').
//   formula  no crash; a parsed formula's description parses again.
//   where    no crash; the canonical text of a parsed filter parses back to
//            the same condition; evaluation on a small table either throws
//            a FilterError or gives one Bool per row.
import Foundation

enum FuzzTarget: String { case csv, formula, `where` }

let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["EGOV_FUZZ_TARGET"] ?? "csv"
    guard let t = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("EGOV_FUZZ_TARGET must be csv, formula or where\n".utf8))
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

@_cdecl("LLVMFuzzerTestOneInput")
public func egovFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch fuzzTarget {
    case .csv: fuzzCSV(bytes)
    case .formula: fuzzFormula(String(decoding: bytes, as: UTF8.self))
    case .where: fuzzWhere(String(decoding: bytes, as: UTF8.self))
    }
    return 0
}
