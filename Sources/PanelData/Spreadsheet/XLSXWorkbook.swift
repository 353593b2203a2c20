// The cell values of an Office Open XML workbook (.xlsx, ECMA-376 Part 1 §18): enough of
// SpreadsheetML to read the publishers' raw workbooks — shared strings, inline strings and
// numbers as the text Excel stored, by sheet name. Styles, formulas and dates are not
// interpreted (a formula cell yields its cached value).

import Foundation

/// Why a workbook could not be read.
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The zip container could not be read.
    case zip(ZipError)
    /// No sheet of that name; the workbook's sheet names are listed.
    case missingSheet(file: String, sheet: String, found: [String])
    /// A part of the workbook is not what SpreadsheetML says it should be.
    case malformed(file: String, message: String)

    public var description: String {
        switch self {
        case .zip(let e): return e.description
        case let .missingSheet(file, sheet, found):
            return "\(file): no sheet named '\(sheet)'; the workbook has \(found.map { "'\($0)'" }.joined(separator: ", "))."
        case let .malformed(file, message): return "\(file): \(message)"
        }
    }
}

/// A workbook's sheets, read on demand.
public struct XLSXWorkbook: Sendable {
    /// A sheet as a grid of cell texts: `cells[row][column]`, 0-based (row 0 is Excel's row 1,
    /// column 0 is column A), nil for an empty cell. Rows are padded to the longest row.
    public struct Sheet: Sendable, Equatable {
        /// The cell texts.
        public let cells: [[String?]]

        /// The text at 0-based `row`, `column`, or nil when empty or outside the sheet.
        /// - Parameters:
        ///   - row: 0-based row (Excel row − 1).
        ///   - column: 0-based column (A = 0).
        public func text(_ row: Int, _ column: Int) -> String? {
            guard row >= 0, row < cells.count, column >= 0, column < cells[row].count else { return nil }
            return cells[row][column]
        }
    }

    let archive: ZipArchive
    /// Sheet names in workbook order, with the archive path of each sheet part.
    public let sheetNames: [String]
    let sheetPaths: [String: String]
    let sharedStrings: [String]

    /// Opens the workbook at `url`.
    /// - Parameter url: a file URL of an .xlsx file.
    public init(contentsOf url: URL) throws(XLSXError) {
        do { archive = try ZipArchive(contentsOf: url) } catch { throw .zip(error) }
        let file = archive.source
        let workbook = try Self.text(archive, "xl/workbook.xml")
        let rels = try Self.text(archive, "xl/_rels/workbook.xml.rels")
        var targets: [String: String] = [:]
        for tag in XMLScan.tags(named: "Relationship", in: rels) {
            if let id = tag.attributes["Id"], let target = tag.attributes["Target"] {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var names: [String] = []
        var paths: [String: String] = [:]
        for tag in XMLScan.tags(named: "sheet", in: workbook) {
            guard let name = tag.attributes["name"], let id = tag.attributes["r:id"], let path = targets[id] else {
                throw .malformed(file: file, message: "a <sheet> in xl/workbook.xml has no name or relationship")
            }
            names.append(name)
            paths[name] = path
        }
        sheetNames = names
        sheetPaths = paths
        if archive.entries.contains(where: { $0.name == "xl/sharedStrings.xml" }) {
            let sst = try Self.text(archive, "xl/sharedStrings.xml")
            sharedStrings = XMLScan.elements(named: "si", in: sst).map { item in
                // Rich text splits a string into runs, each with its own <t>; phonetic runs (<rPh>) are not text.
                XMLScan.elements(named: "t", in: XMLScan.removingElements(named: "rPh", in: item))
                    .map(XMLScan.unescape).joined()
            }
        } else {
            sharedStrings = []
        }
    }

    /// The sheet called `name`.
    /// - Parameter name: the sheet's name as Excel shows it on its tab (exact, spaces included).
    public func sheet(named name: String) throws(XLSXError) -> Sheet {
        let file = archive.source
        guard let path = sheetPaths[name] else { throw .missingSheet(file: file, sheet: name, found: sheetNames) }
        let xml = try Self.text(archive, path)
        var grid: [[String?]] = []
        var width = 0
        for row in XMLScan.elementsWithAttributes(named: "row", in: xml) {
            guard let rText = row.attributes["r"], let r = Int(rText), r >= 1, r <= 1_048_576 else {
                throw .malformed(file: file, message: "\(path): a <row> without a valid r attribute")
            }
            while grid.count < r { grid.append([]) }
            var cells: [String?] = []
            for cell in XMLScan.elementsWithAttributes(named: "c", in: row.body) {
                guard let ref = cell.attributes["r"], let column = Self.columnIndex(ref) else {
                    throw .malformed(file: file, message: "\(path), row \(r): a cell without a valid reference")
                }
                let value: String?
                switch cell.attributes["t"] ?? "n" {
                case "s":
                    guard let v = XMLScan.elements(named: "v", in: cell.body).first, let index = Int(v),
                          index >= 0, index < sharedStrings.count else {
                        throw .malformed(file: file, message: "\(path), cell \(ref): shared string index out of range")
                    }
                    value = sharedStrings[index]
                case "inlineStr":
                    value = XMLScan.elements(named: "t", in: cell.body).map(XMLScan.unescape).joined()
                default:
                    value = XMLScan.elements(named: "v", in: cell.body).first.map(XMLScan.unescape)
                }
                guard let value else { continue }
                while cells.count <= column { cells.append(nil) }
                cells[column] = value
            }
            grid[r - 1] = cells
            width = Swift.max(width, cells.count)
        }
        return Sheet(cells: grid.map { $0 + [String?](repeating: nil, count: width - $0.count) })
    }

    /// 0-based column of a reference such as `AB12` (A = 0), or nil.
    static func columnIndex(_ reference: String) -> Int? {
        var n = 0
        var letters = 0
        for u in reference.unicodeScalars {
            guard u.value >= 65 && u.value <= 90 else { break }
            n = n * 26 + Int(u.value - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : n - 1
    }

    static func text(_ archive: ZipArchive, _ path: String) throws(XLSXError) -> String {
        do { return String(decoding: try archive.data(path), as: UTF8.self) } catch { throw .zip(error) }
    }
}

/// A small scanner for the regular XML that spreadsheet applications write: elements found by
/// name, attributes read from the start tag, character entities decoded. Not a general XML
/// parser (no DTDs, no CDATA): the parts read here never use those.
enum XMLScan {
    struct Tag {
        var attributes: [String: String]
    }

    struct Element {
        var attributes: [String: String]
        var body: Substring
    }

    /// Start (or empty-element) tags called `name`, with their attributes.
    static func tags(named name: String, in xml: String) -> [Tag] {
        elementsWithAttributes(named: name, in: xml).map { Tag(attributes: $0.attributes) }
    }

    /// The bodies of the elements called `name` (empty for `<name/>`).
    static func elements<S: StringProtocol>(named name: String, in xml: S) -> [Substring] {
        elementsWithAttributes(named: name, in: xml).map(\.body)
    }

    /// Elements called `name` (not nested in one another), with attributes and body.
    static func elementsWithAttributes<S: StringProtocol>(named name: String, in xml: S) -> [Element] {
        let s = Substring(xml)
        var out: [Element] = []
        let open = "<" + name
        let close = "</" + name + ">"
        var cursor = s.startIndex
        while let r = s[cursor...].range(of: open) {
            // The name must end here: `<c ` or `<c>` or `<c/>`, not `<cols`.
            guard r.upperBound < s.endIndex else { break }
            let next = s[r.upperBound]
            guard next == " " || next == ">" || next == "/" || next == "\n" || next == "\t" || next == "\r" else {
                cursor = r.upperBound
                continue
            }
            guard let end = s[r.upperBound...].firstIndex(of: ">") else { break }
            let head = s[r.upperBound..<end]
            let selfClosing = head.hasSuffix("/")
            let attributes = parseAttributes(selfClosing ? head.dropLast() : head)
            if selfClosing {
                out.append(Element(attributes: attributes, body: ""))
                cursor = s.index(after: end)
                continue
            }
            let bodyStart = s.index(after: end)
            guard let closing = s[bodyStart...].range(of: close) else { break }
            out.append(Element(attributes: attributes, body: s[bodyStart..<closing.lowerBound]))
            cursor = closing.upperBound
        }
        return out
    }

    /// `xml` without the elements called `name`.
    static func removingElements(named name: String, in xml: Substring) -> String {
        var out = ""
        var cursor = xml.startIndex
        while let r = xml[cursor...].range(of: "<" + name), let closing = xml[r.upperBound...].range(of: "</" + name + ">") {
            out += xml[cursor..<r.lowerBound]
            cursor = closing.upperBound
        }
        out += xml[cursor...]
        return out
    }

    static func parseAttributes(_ head: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = head[...]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespacesAndNewlines)
            var after = rest[rest.index(after: eq)...].drop { $0 == " " }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let endQuote = after.firstIndex(of: quote) else { break }
            result[key] = unescape(after[..<endQuote])
            rest = after[after.index(after: endQuote)...]
        }
        return result
    }

    /// Decodes the five predefined entities and numeric character references.
    static func unescape<S: StringProtocol>(_ s: S) -> String {
        guard s.contains("&") else { return String(s) }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                var scalar: Unicode.Scalar? = nil
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                }
                if let scalar { out.unicodeScalars.append(scalar) } else { out += "&" + entity + ";" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        out += rest
        return out
    }
}
