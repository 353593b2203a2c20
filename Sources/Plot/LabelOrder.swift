import Foundation

/// The order of legend entries and facet panels: by the text the reader
/// sees, not by a code behind it (Latvia before Lithuania, though LTU < LVA).
public enum LabelOrder {
    /// `labels` without duplicates, sorted case- and accent-insensitively with
    /// numbers compared by value ("Group 2" before "Group 10"); ties by the
    /// exact text. Locale-independent, so the order is the same everywhere.
    public static func sorted(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        let unique = labels.filter { seen.insert($0).inserted }
        return unique.sorted { a, b in
            switch a.compare(b, options: [.caseInsensitive, .diacriticInsensitive, .numeric]) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return a < b
            }
        }
    }
}
