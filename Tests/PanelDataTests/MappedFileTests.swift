import Foundation
import Testing
@testable import PanelData

/// The mapped-file path of `CSVReader.read(contentsOf:)` (pages given back while reading)
/// against the in-memory path: the same table, bit for bit, and the same error (kind, line,
/// column, message) on every input; and the word-at-a-time UTF-8 check against a byte-wise
/// reference.
@Suite struct MappedFileTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("egov-mapped-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return url
    }

    /// Reads `bytes` in memory and from a mapped file whose pages are released every
    /// `granularity` bytes; both must agree on the table or on the error.
    func expectSameOutcome(_ bytes: [UInt8], options: CSVReadOptions = CSVReadOptions(), granularity: Int = 4096,
                           _ what: String) throws {
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let name = url.lastPathComponent
        let inMemory = bytes.withUnsafeBufferPointer { CSVReader.parse($0, source: name, options: options) }
        let mapped = try #require(MappedFile(path: url.path, granularity: granularity), "\(what): cannot map")
        let fromFile = CSVReader.parse(mapped.bytes, source: name, options: options, pages: mapped)
        let viaURL: Result<Table, CSVError>
        do { viaURL = .success(try CSVReader.read(contentsOf: url, options: options)) } catch { viaURL = .failure(error) }
        for (label, other) in [("mapped", fromFile), ("read(contentsOf:)", viaURL)] {
            switch (inMemory, other) {
            case let (.success(a), .success(b)):
                #expect(a == b, "\(what): \(label) table differs")
                for (ca, cb) in zip(a.columns, b.columns) {
                    if case .numeric(let x) = ca, case .numeric(let y) = cb {
                        #expect(x.values.map(\.bitPattern) == y.values.map(\.bitPattern), "\(what): \(label) bits of \(x.name)")
                        #expect(x.isMissing == y.isMissing, "\(what): \(label) mask of \(x.name)")
                    }
                }
            case let (.failure(a), .failure(b)):
                #expect(a == b, "\(what): \(label) error differs")
                #expect(a.description == b.description, "\(what): \(label) message differs")
            default:
                Issue.record("\(what): \(label) gave \(other), in memory \(inMemory)")
            }
        }
    }

    /// A numeric CSV of `rows` rows of %.17g-like numbers, a few missing cells.
    func numericCSV(rows: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var text = "y,x1,x2,label\n"
        for i in 0..<rows {
            var cells: [String] = []
            for _ in 0..<3 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let u = Double(state >> 11) / Double(1 << 53)
                cells.append(u < 0.03 ? "" : String(format: "%.17g", (u - 0.5) * 1e3))
            }
            cells.append(i % 7 == 0 ? "NA" : "\(i % 5)")
            text += cells.joined(separator: ",") + (i % 3 == 0 ? "\r\n" : "\n")
        }
        return Array(text.utf8)
    }

    @Test func sameTableAsInMemory() throws {
        // ~50 KB: pages are released a dozen times during each pass.
        let csv = numericCSV(rows: 600, seed: 11)
        try expectSameOutcome(csv, "numeric")
        try expectSameOutcome(csv, granularity: 1, "numeric, release at every record")
        var withBOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        withBOM += csv
        try expectSameOutcome(withBOM, "BOM")
        var options = CSVReadOptions()
        options.textColumns = ["x2"]
        try expectSameOutcome(csv, options: options, "forced text")
        // A column that turns text near the end: the earlier rows are read again after their pages were released.
        var late = csv
        late.removeLast()
        late += Array(",abc,1,2\n".utf8)
        try expectSameOutcome(late, "text after many numbers")
    }

    @Test func sameErrorsAsInMemory() throws {
        let csv = numericCSV(rows: 400, seed: 5)
        var cases: [(String, [UInt8])] = []
        var ragged = csv; ragged += Array("1,2\n".utf8); cases.append(("ragged last row", ragged))
        var invalid = csv; invalid.insert(0xFF, at: csv.count - 10); cases.append(("invalid UTF-8 near the end", invalid))
        var nul = csv; nul.insert(0, at: csv.count / 2); cases.append(("NUL in the middle", nul))
        var quote = csv; quote += Array("\"1,2,3,4\n".utf8); cases.append(("unterminated quote", quote))
        var nonFinite = csv; nonFinite += Array("Inf,1,2,3\n".utf8); cases.append(("Inf", nonFinite))
        var overflow = csv; overflow += Array("1,1e400,2,3\n".utf8); cases.append(("overflow", overflow))
        var both = ragged; both.insert(0xC0, at: csv.count - 3); cases.append(("UTF-8 error after a ragged row is still the UTF-8 error", both))
        cases.append(("header only", Array("a,b\n".utf8)))
        for (what, bytes) in cases { try expectSameOutcome(bytes, what) }
    }

    @Test func notARegularFileFallsBack() throws {
        #expect(MappedFile(path: "/nonexistent/egov.csv") == nil)
        #expect(MappedFile(path: FileManager.default.temporaryDirectory.path) == nil)
        let empty = try temporaryFile([])
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(MappedFile(path: empty.path) == nil)
        #expect(throws: CSVError.self) { try CSVReader.read(contentsOf: empty) }
    }

    /// The byte-wise rule (the previous implementation): first offending byte and kind.
    func referenceValidate(_ b: [UInt8]) -> (CSVError.Kind, Int)? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0 { return (.nulByte(byteOffset: i), i) }
            if c < 0x80 { i += 1; continue }
            var need = 0, lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return (.invalidUTF8(byteOffset: i), i)
            }
            if i + need >= b.count { return (.invalidUTF8(byteOffset: i), i) }
            if b[i + 1] < lo || b[i + 1] > hi { return (.invalidUTF8(byteOffset: i), i) }
            for k in stride(from: 2, through: need, by: 1) where b[i + k] < 0x80 || b[i + k] > 0xBF {
                return (.invalidUTF8(byteOffset: i), i)
            }
            i += need + 1
        }
        return nil
    }

    @Test func wordAtATimeUTF8CheckMatchesByteWise() {
        var state: UInt64 = 99
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let pieces: [[UInt8]] = [Array("abc,1.5\n".utf8), Array("é".utf8), Array("€".utf8), Array("𝔼".utf8), [0], [0x80], [0xC0, 0x80],
                                 [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x88], [0xFF], [0x7F], [0x01]]
        for trial in 0..<3000 {
            var bytes: [UInt8] = []
            let length = Int(next() % 40)
            for _ in 0..<length {
                // Mostly ASCII runs (the word path), sometimes a special piece.
                if next() % 6 == 0 { bytes += pieces[Int(next() % UInt64(pieces.count))] } else { bytes.append(UInt8(0x20 + next() % 90)) }
            }
            let got = bytes.withUnsafeBufferPointer { validateUTF8($0) }
            let want = referenceValidate(bytes)
            #expect(got?.kind == want?.0 && got?.offset == want?.1, "trial \(trial): \(bytes)")
        }
    }
}
