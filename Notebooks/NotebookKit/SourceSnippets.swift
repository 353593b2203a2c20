// The code a notebook page shows is the code that ran: snippets are cut out of the
// notebook's own source file between marker comments, never retyped into the prose.

/// Named regions of a Swift source file, marked by line comments:
///
///     // snippet: fit
///     let fit = try panel.groupSlopeTest(outcome: .wgiCC)
///     // end snippet
///
/// Markers are matched on the trimmed line, so they may be indented. The snippet's lines
/// are returned without the markers and with their common indentation removed. A name may
/// be used once; regions may not nest.
public struct SourceSnippets: Sendable, Equatable {
    /// The snippets by name, in source order.
    public private(set) var names: [String] = []
    private var bodies: [String: String] = [:]

    static let openPrefix = "// snippet:"
    static let closeMarker = "// end snippet"

    /// Parses `source` (the text of a Swift file); `file` names it in errors.
    public init(parsing source: String, file: String) throws(NotebookError) {
        var open: (name: String, line: Int, lines: [Substring])?
        for (offset, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let trimmed = raw.trimmingSpaces()
            if trimmed.hasPrefix(Self.openPrefix) {
                let name = String(trimmed.dropFirst(Self.openPrefix.count)).trimmingSpacesString()
                if let o = open {
                    throw .snippet(file: file, line: lineNumber, problem: "snippet '\(name)' starts inside snippet '\(o.name)' (opened on line \(o.line)); close it with '\(Self.closeMarker)' first")
                }
                guard !name.isEmpty else {
                    throw .snippet(file: file, line: lineNumber, problem: "a snippet marker needs a name, e.g. '\(Self.openPrefix) fit'")
                }
                guard bodies[name] == nil else {
                    throw .snippet(file: file, line: lineNumber, problem: "snippet '\(name)' is defined twice; give each snippet its own name")
                }
                open = (name, lineNumber, [])
            } else if trimmed == Self.closeMarker {
                guard let o = open else {
                    throw .snippet(file: file, line: lineNumber, problem: "'\(Self.closeMarker)' without an open snippet")
                }
                bodies[o.name] = Self.dedent(o.lines)
                names.append(o.name)
                open = nil
            } else if open != nil {
                open?.lines.append(raw)
            }
        }
        if let o = open {
            throw .snippet(file: file, line: o.line, problem: "snippet '\(o.name)' is never closed; end it with '\(Self.closeMarker)'")
        }
    }

    /// The code of snippet `name`, or nil.
    public subscript(name: String) -> String? { bodies[name] }

    /// Removes the indentation common to all non-blank lines, and blank lines at both ends.
    static func dedent(_ lines: [Substring]) -> String {
        var ls = lines
        while let f = ls.first, f.allSatisfy({ $0 == " " || $0 == "\t" }) { ls.removeFirst() }
        while let l = ls.last, l.allSatisfy({ $0 == " " || $0 == "\t" }) { ls.removeLast() }
        let indents = ls.filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let cut = indents.min() ?? 0
        return ls.map { $0.allSatisfy { $0 == " " || $0 == "\t" } ? "" : String($0.dropFirst(cut)) }.joined(separator: "\n")
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}

extension String {
    func trimmingSpacesString() -> String { String(Substring(self).trimmingSpaces()) }
}
