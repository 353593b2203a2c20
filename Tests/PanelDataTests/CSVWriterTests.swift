import Foundation
import Testing
@testable import PanelData

@Suite struct CSVWriterTests {
    /// Strings that break naive CSV writers or readers.
    static let nastyStrings: [String] = [
        "", " ", "  lead", "trail ", "\tTab", "a,b", "\"", "\"\"", "say \"hi\"", "line\nbreak", "cr\rhere",
        "crlf\r\nhere", "NA", "N/A", "n/a", "#N/A", "NULL", ".", "..", "-", " NA ", "NaN", "Inf", "1,5",
        "\u{FEFF}bom", "Türkiye", "Côte d’Ivoire", "日本", "emoji 🇪🇪", "\u{2212}", "a;b", "x|y", "=1+1",
    ]

    @Test func formatsAndQuotesOnlyWhenNeeded() throws {
        let t = try Table([
            .text(TextColumn(name: "name", ["Estonia", "Korea, Rep.", nil, "NA", ""])),
            .numeric(try NumericColumn(name: "year", [2018, 2019.5, nil, 1e-5, -0.0])),
        ])
        #expect(CSVWriter.string(t) == "name,year\nEstonia,2018\n\"Korea, Rep.\",2019.5\n,\n\"NA\",1e-05\n\"\",-0\n")
        #expect(CSVWriter.string(t, options: CSVWriteOptions(missing: .na)).contains("\nNA,NA\n"))
        #expect(CSVWriter.string(t, options: CSVWriteOptions(delimiter: .semicolon, includeHeader: false))
                == "Estonia;2018\nKorea, Rep.;2019.5\n;\n\"NA\";1e-05\n\"\";-0\n")
        #expect(CSVWriter.string(try Table([])) == "")
    }

    @Test func everyNastyStringRoundTrips() throws {
        let values: [String?] = Self.nastyStrings + [nil]
        let t = try Table([
            .text(TextColumn(name: "s", values)),
            .text(TextColumn(name: "a \"quoted\", name\n", values.reversed())),
        ])
        // An empty string is written as "" and read back as missing (issue 18.7, as readr):
        // in CSV an empty text cell and a missing one are the same thing.
        let expected = try Table([
            .text(TextColumn(name: "s", values.map(Self.emptyAsMissing))),
            .text(TextColumn(name: "a \"quoted\", name\n", values.reversed().map(Self.emptyAsMissing))),
        ])
        for missing in [CSVMissingStyle.empty, .na] {
            let back = try CSVReader.read(string: CSVWriter.string(t, options: CSVWriteOptions(missing: missing)))
            #expect(back == expected)
        }
        // One column: missing values become blank lines, which read back as missing.
        let one = try Table([.text(TextColumn(name: "s", values))])
        #expect(try CSVReader.read(string: CSVWriter.string(one)) == (try Table([.text(TextColumn(name: "s", values.map(Self.emptyAsMissing)))])))
    }

    static func emptyAsMissing(_ s: String?) -> String? { s == "" ? nil : s }

    @Test func numbersRoundTripExactly() throws {
        let xs: [Double?] = [0, -0.0, 1, -1, 0.1, 1.0 / 3, 2018, 1e-300, 5e-324, .greatestFiniteMagnitude,
                             -.greatestFiniteMagnitude, 123456789012345678, 1e22, 1e23, nil, .pi]
        let t = try Table([.numeric(try NumericColumn(name: "x", xs))])
        let back = try CSVReader.read(string: CSVWriter.string(t))
        #expect(back == t)
        let bits = try back.numeric("x").values.map(\.bitPattern)
        #expect(bits == (try t.numeric("x").values.map(\.bitPattern)))  // even -0.0 keeps its sign
    }

    /// Property: read(write(t)) == t for random tables (fixed seed, so failures reproduce).
    @Test func randomTablesRoundTrip() throws {
        var rng = SplitMix64(seed: 4180)
        for trial in 0..<300 {
            let rows = Int.random(in: 0...12, using: &rng)
            let ncol = Int.random(in: 1...5, using: &rng)
            var columns: [Column] = []
            var textNames: Set<String> = []
            for j in 0..<ncol {
                let name = "c\(j)" + (Bool.random(using: &rng) ? (Self.nastyStrings.randomElement(using: &rng) ?? "") : "")
                if Bool.random(using: &rng) {
                    let v: [Double?] = (0..<rows).map { _ in
                        if Int.random(in: 0..<5, using: &rng) == 0 { return nil }
                        switch Int.random(in: 0..<3, using: &rng) {
                        case 0: return Double(Int.random(in: -3000...3000, using: &rng))
                        case 1: return Double.random(in: -1e6...1e6, using: &rng)
                        default: return Double(bitPattern: rng.next() & ~(0x7FF << 52) | (UInt64.random(in: 1...2046, using: &rng) << 52))
                        }
                    }
                    columns.append(.numeric(try NumericColumn(name: name, v)))
                } else {
                    let v: [String?] = (0..<rows).map { _ in
                        Int.random(in: 0..<5, using: &rng) == 0 ? nil : randomString(&rng)
                    }
                    columns.append(.text(TextColumn(name: name, v)))
                    textNames.insert(name)
                }
            }
            let t = try Table(columns)
            let csv = CSVWriter.string(t, options: CSVWriteOptions(missing: trial % 2 == 0 ? .empty : .na))
            // A text column whose cells all look like numbers reads back numeric unless named;
            // an empty string reads back missing.
            let back = try CSVReader.read(string: csv, options: CSVReadOptions(textColumns: textNames))
            let expected = try Table(columns.map { column -> Column in
                guard case .text(let c) = column else { return column }
                return .text(TextColumn(name: c.name, c.values.map(Self.emptyAsMissing)))
            })
            #expect(back == expected, "trial \(trial):\n\(csv)")
        }
    }

    @Test func writesFilesAtomically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csvwriter-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try Table([.numeric(try NumericColumn(name: "x", [1, nil]))])
        let url = dir.appendingPathComponent("sub/out.csv")
        try CSVWriter.write(t, to: url, directories: .createIntermediate)
        #expect(try CSVReader.read(contentsOf: url) == t)
        #expect(throws: AtomicFileError.fileExists(path: url.path)) {
            try CSVWriter.write(t, to: url, overwrite: .refuseExisting)
        }
    }
}

/// A random string mixing nasty pieces, ASCII letters and digits.
private func randomString(_ rng: inout SplitMix64) -> String {
    let pieces = CSVWriterTests.nastyStrings + ["a", "Z", "0", "1.5", "e", " ", ",", "\"", "\n", "é"]
    var s = ""
    for _ in 0..<Int.random(in: 0...4, using: &rng) { s += pieces.randomElement(using: &rng) ?? "" }
    return s
}
