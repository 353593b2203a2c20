// RFC 4180 CSV -> Table, on bytes, with type inference and precise errors.
import Foundation

/// Reads CSV (RFC 4180: quoted fields may contain delimiters, doubled quotes and line
/// breaks; CRLF, LF or CR line ends; a UTF-8 byte-order mark is skipped; the final line
/// end is optional) into a `Table`.
///
/// Types: with `.infer`, a column is numeric when every non-missing cell is a finite
/// decimal number (`parseDecimal`), and text otherwise; a text column remembers its first
/// non-number cell so that `Table.numeric(_:)` can say why. `NaN`/`Inf` or an overflowing
/// number such as `1e400` in a column that is otherwise numeric is an error, never text and
/// never ±Inf. Unquoted blank lines are skipped when the table has two or more columns (they
/// cannot be a record there); with one column a blank line is a missing value.
///
/// Cost: one validation pass and one tokenizing pass over the bytes; a column that turns out
/// to be text after k rows re-reads those k records once to recover their text.
public enum CSVReader {
    /// Reads a file; messages name it by its last path component.
    public static func read(contentsOf url: URL, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        // A regular file is mapped and its pages are given back as the reader passes them
        // (`MappedFile`); anything else (a pipe, an empty file) is read into memory.
        if url.isFileURL, let mapped = MappedFile(path: url.path) {
            return try parse(mapped.bytes, source: url.lastPathComponent, options: options, pages: mapped).get()
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "unreadable" : "no such file"
            throw CSVError(.cannotRead(reason: reason), source: url.path)
        }
        return try read(data: data, sourceName: url.lastPathComponent, options: options)
    }

    public static func read(data: Data, sourceName: String = "<input>",
                            options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        let result = data.withUnsafeBytes { raw in
            parse(raw.bindMemory(to: UInt8.self), source: sourceName, options: options)
        }
        return try result.get()
    }

    public static func read(bytes: [UInt8], sourceName: String = "<input>",
                            options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        let result = bytes.withUnsafeBufferPointer { parse($0, source: sourceName, options: options) }
        return try result.get()
    }

    public static func read(string: String, sourceName: String = "<input>",
                            options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        try read(bytes: Array(string.utf8), sourceName: sourceName, options: options)
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, source: String,
                      options: CSVReadOptions, pages: MappedFile? = nil) -> Result<Table, CSVError> {
        do {
            return .success(try parseOrThrow(bytes, source: source, options: options, pages: pages))
        } catch {
            return .failure(error)
        }
    }
}

/// Per-column state while reading.
private struct ColumnBuilder {
    var name: String
    var unnamed = false
    var isText: Bool
    var origin: TextOrigin
    var numbers: [Double] = []
    var missing: [Bool] = []
    var texts: [String?] = []
    /// First NaN/Inf/overflow cell while the column still looked numeric.
    var badNumber: (value: String, line: Int, overflow: Bool)?
}

private struct CellClassifier {
    let tokens: [[UInt8]]
    let maxTokenLength: Int
    let quotedCanBeMissing: Bool

    init(_ options: CSVReadOptions) {
        tokens = options.missingTokens.map { Array(trimSpacesAndTabs($0).utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        maxTokenLength = tokens.map(\.count).max() ?? -1
        quotedCanBeMissing = options.quotedFieldsCanBeMissing
    }

    @inline(__always)
    func isMissing(_ f: FieldSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A quoted empty cell ("") is missing like an empty one, as readr reads it (issue 18.7);
        // other quoted text is missing only with quotedFieldsCanBeMissing.
        if f.quoted && f.start == f.end { return true }
        if f.quoted && !quotedCanBeMissing { return false }
        var lo = f.start
        var hi = f.end
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        let len = hi - lo
        if len > maxTokenLength { return false }
        outer: for t in tokens where t.count == len {
            for k in 0..<len where bytes[lo + k] != t[k] { continue outer }
            return true
        }
        return false
    }
}

private func parseOrThrow(_ bytes: UnsafeBufferPointer<UInt8>, source: String,
                          options: CSVReadOptions, pages: MappedFile? = nil) throws(CSVError) -> Table {
    if let bad = validateUTF8(bytes, pages: pages) {
        if let bigEndian = CSVEncodingSniffer.utf16ByteOrder(bytes) { throw CSVError(.utf16(bigEndian: bigEndian), source: source) }
        throw CSVError(bad.kind, source: source, line: lineNumber(of: bad.offset, in: bytes))
    }
    pages?.rewind()
    var nextRelease = pages?.granularity ?? Int.max
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    var tok = CSVTokenizer(bytes: bytes, delimiter: options.delimiter.byte, source: source, position: start, line: 1)
    let skipped = tok.skipLines(max(0, options.skipLines))
    let classifier = CellClassifier(options)

    var fields: [FieldSpan] = []
    func isBlank(_ fields: [FieldSpan]) -> Bool {
        fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end
    }

    // Header (leading blank lines are skipped).
    var builders: [ColumnBuilder] = []
    var firstRecordIsData = false
    var firstRecordStart = tok.position
    var firstRecordLine = tok.line
    repeat {
        firstRecordStart = tok.position
        firstRecordLine = tok.line
        guard try tok.next(into: &fields) else {
            throw CSVError(.emptyFile(skippedLines: skipped), source: source)
        }
    } while isBlank(fields)
    let allText = options.columnTypes == .allText
    if options.hasHeader {
        // A quoted name is what the writer produces for a name holding ';', a tab or '|'.
        if fields.count == 1, !fields[0].quoted,
           let other = CSVEncodingSniffer.otherSeparator(in: tok.text(of: fields[0]), delimiter: options.delimiter) {
            throw CSVError(.otherSeparator(other), source: source, line: fields[0].line)
        }
        var seen: [String: Int] = [:]
        for (j, f) in fields.enumerated() {
            let name = tok.text(of: f)
            var b = ColumnBuilder(name: name, isText: allText, origin: allText ? .allTextOption : .constructed)
            if name.isEmpty {
                guard options.dropEmptyUnnamedColumns else {
                    throw CSVError(.emptyColumnName, source: source, line: f.line, column: j + 1)
                }
                b.unnamed = true
            } else {
                if let first = seen[name] {
                    throw CSVError(.duplicateColumnName(name, firstColumn: first), source: source, line: f.line, column: j + 1)
                }
                seen[name] = j + 1
            }
            builders.append(b)
        }
    } else {
        for j in fields.indices {
            builders.append(ColumnBuilder(name: "V\(j + 1)", isText: allText, origin: allText ? .allTextOption : .constructed))
        }
        firstRecordIsData = true
    }
    let names = builders.map(\.name)
    for name in options.textColumns.union(options.textColumnsIfPresent).sorted() {
        guard let j = names.firstIndex(of: name) else {
            if options.textColumnsIfPresent.contains(name) && !options.textColumns.contains(name) { continue }
            throw CSVError(.unknownTextColumn(name, suggestions: nearestNames(to: name, in: names)), source: source)
        }
        if !allText {
            builders[j].isText = true
            builders[j].origin = .forcedByOption
        }
    }

    let ncol = builders.count
    let skipBlankLines = ncol >= 2
    var recordStarts: [Int] = []
    var recordLines: [Int] = []
    var rows = 0
    var rescanFields: [FieldSpan] = []

    func textCell(_ f: FieldSpan) -> String? {
        classifier.isMissing(f, bytes) ? nil : tok.text(of: f)
    }

    while true {
        var recordStart = tok.position
        var recordLine = tok.line
        if firstRecordIsData {
            // Without a header the first record was already read; its start is known.
            firstRecordIsData = false
            recordStart = firstRecordStart
            recordLine = firstRecordLine
        } else {
            guard try tok.next(into: &fields) else { break }
        }
        if tok.position >= nextRelease {
            pages?.release(upTo: recordStart)
            let (next, overflow) = tok.position.addingReportingOverflow(pages?.granularity ?? Int.max)
            nextRelease = overflow ? Int.max : next
        }
        if skipBlankLines && isBlank(fields) { continue }
        if fields.count != ncol {
            throw CSVError(.raggedRow(expected: ncol, found: fields.count), source: source, line: recordLine)
        }
        recordStarts.append(recordStart)
        recordLines.append(recordLine)
        for j in 0..<ncol {
            let f = fields[j]
            if builders[j].isText {
                builders[j].texts.append(textCell(f))
                continue
            }
            if classifier.isMissing(f, bytes) {
                builders[j].numbers.append(0)
                builders[j].missing.append(true)
                continue
            }
            let parsed: ParsedNumber = f.hasEscapedQuotes
                ? .notANumber
                : parseDecimal(bytes: UnsafeBufferPointer(rebasing: bytes[f.start..<f.end]))
            switch parsed {
            case .finite(let x):
                builders[j].numbers.append(x)
                builders[j].missing.append(false)
            case .nonFinite, .overflow:
                if builders[j].badNumber == nil {
                    builders[j].badNumber = (tok.text(of: f), f.line, parsed == .overflow)
                }
                builders[j].numbers.append(0)
                builders[j].missing.append(true)
            case .notANumber:
                // The column is text: recover the text of the earlier rows by re-reading them.
                var texts: [String?] = []
                texts.reserveCapacity(max(rows + 1, 16))
                var re = CSVTokenizer(bytes: bytes, delimiter: tok.delimiter, source: source, position: 0, line: 1)
                for r in 0..<rows {
                    re.position = recordStarts[r]
                    re.line = recordLines[r]
                    _ = try re.next(into: &rescanFields)
                    texts.append(textCell(rescanFields[j]))
                }
                let value = tok.text(of: f)
                texts.append(value)
                builders[j].texts = texts
                builders[j].numbers = []
                builders[j].missing = []
                builders[j].badNumber = nil
                builders[j].isText = true
                builders[j].origin = .inferred(value: value, line: f.line, field: j + 1)
            }
        }
        rows += 1
    }

    var columns: [Column] = []
    for (j, b) in builders.enumerated() {
        if b.unnamed {
            let allMissing = b.isText ? b.texts.allSatisfy { $0 == nil } : b.missing.allSatisfy { $0 } && b.badNumber == nil
            if allMissing { continue }
            throw CSVError(.emptyColumnName, source: source, line: skipped + 1, column: j + 1)
        }
        if b.isText {
            columns.append(.text(TextColumn(name: b.name, b.texts, origin: b.origin)))
        } else {
            if let bad = b.badNumber {
                let kind: CSVError.Kind = bad.overflow
                    ? .numberOverflow(value: bad.value, columnName: b.name)
                    : .nonFiniteNumber(value: bad.value, columnName: b.name)
                throw CSVError(kind, source: source, line: bad.line, column: j + 1)
            }
            columns.append(.numeric(NumericColumn(unchecked: b.name, values: b.numbers, isMissing: b.missing)))
        }
    }
    do {
        return try Table(columns, sourceName: source)
    } catch {
        // Unreachable: names were checked unique and every column got one cell per row.
        throw CSVError(.cannotRead(reason: "\(error)"), source: source)
    }
}
