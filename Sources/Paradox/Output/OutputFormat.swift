/// The formats every table-printing command accepts (`--format`, DESIGN.md §3).
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    case text, csv, json, markdown, latex
}
