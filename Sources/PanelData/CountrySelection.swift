// A list of countries as a user writes it: codes, names, and group names.

/// Resolves `--country` lists such as `KAZ,Estonia`, `Central Asia` or `Europe & Central Asia`
/// to ISO3 codes. Items are comma-separated; a group name may itself contain commas (the World
/// Bank's "Middle East, North Africa, Afghanistan & Pakistan"), so the longest run of items that
/// names a group or a country is taken first.
///
/// Groups: `post-Soviet` (the 15 successor states), the four post-Soviet subregions (Baltic,
/// Eastern Europe, South Caucasus, Central Asia), and — when the data has the columns — every
/// World Bank region (`wb_region`) and income group (`wb_income`) present in it. Names match
/// ignoring case.
public struct CountrySelection: Sendable, Equatable {
    /// One resolved item: what the user wrote and the codes it stands for.
    public struct Item: Sendable, Equatable {
        /// The text as written (trimmed).
        public let text: String
        /// The ISO3 codes, sorted (one for a country).
        public let codes: [String]
        /// Whether the item named a group rather than one country.
        public let isGroup: Bool
    }

    /// The items, in the order written.
    public let items: [Item]

    /// Every code, in the order written, without repeats.
    public var codes: [String] {
        var seen = Set<String>()
        return items.flatMap(\.codes).filter { seen.insert($0).inserted }
    }

    /// Why a `--country` list could not be resolved.
    public enum SelectionError: Error, Sendable, Equatable, CustomStringConvertible {
        /// No item at all.
        case empty
        /// An item that is neither a country nor a group, with suggestions.
        case unknown(String, suggestions: [String])

        public var description: String {
            switch self {
            case .empty:
                return "give at least one ISO3 code, country name or group, e.g. KAZ,EST or \"Central Asia\"."
            case let .unknown(text, suggestions):
                return "'\(text)' is not a country code, a country name or a group" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
                    + " (groups: post-Soviet, Baltic, Eastern Europe, South Caucasus, Central Asia, and the World Bank regions and income groups of `egov data show --vars wb_region,wb_income`)."
            }
        }
    }

    /// Resolves `text` against the registry and, for World Bank groups, the data's `wb_region`/`wb_income` columns.
    /// - Parameters:
    ///   - text: the comma-separated list.
    ///   - table: the data (for World Bank regions and income groups); nil to resolve countries and post-Soviet groups only.
    ///   - registry: the country registry.
    public init(_ text: String, table: Table? = nil, registry: CountryRegistry = .standard) throws(SelectionError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { CountryRegistry.trimmed(String($0)) }
        guard parts.contains(where: { !$0.isEmpty }) else { throw .empty }
        let groups = Self.groups(table: table)
        var items: [Item] = []
        var i = 0
        while i < parts.count {
            if parts[i].isEmpty { i += 1; continue }
            var matched: Item? = nil
            var next = i + 1
            // Longest run first, so "Middle East, North Africa, ..." is one group.
            for j in stride(from: parts.count - 1, through: i, by: -1) {
                let candidate = parts[i...j].joined(separator: ", ")
                if let group = groups[candidate.lowercased()] {
                    matched = Item(text: candidate, codes: group.codes, isGroup: true)
                } else if i == j, let c = Self.country(candidate, registry: registry) {
                    matched = Item(text: candidate, codes: [c], isGroup: false)
                }
                if matched != nil { next = j + 1; break }
            }
            guard let item = matched else {
                let word = parts[i]
                let pool = word.count == 3 && word.allSatisfy({ $0.isASCII && $0.isLetter })
                    ? registry.all.map(\.iso3) : Array(Set(groups.values.map(\.name))) + registry.all.map(\.name)
                throw .unknown(word, suggestions: nearestNames(to: word.count == 3 ? word.uppercased() : word, in: pool.sorted()))
            }
            items.append(item)
            i = next
        }
        self.items = items
    }

    /// The code of a country written as a code or a name, or nil.
    static func country(_ text: String, registry: CountryRegistry) -> String? {
        if let c = registry.country(iso3: text.uppercased()) { return c.iso3 }
        if let c = try? registry.resolve(code: text) { return c.iso3 }
        return (try? registry.resolve(name: text))?.iso3
    }

    /// Groups by lower-cased name: the name as shown and the members.
    static func groups(table: Table?) -> [String: (name: String, codes: [String])] {
        var g: [String: (name: String, codes: [String])] = [:]
        for alias in ["post-soviet", "post soviet", "post_soviet"] { g[alias] = ("post-Soviet", CountryGroups.postSoviet) }
        for s in PostSovietSubregion.allCases { g[s.rawValue.lowercased()] = (s.rawValue, s.members) }
        guard let table, let iso = try? table.column(named: "iso3").textValues else { return g }
        for name in ["wb_region", "wb_income"] where table.hasColumn(name) {
            guard let values = try? table.column(named: name).textValues else { continue }
            var members: [String: (name: String, codes: Set<String>)] = [:]
            for (code, value) in zip(iso, values) {
                guard let code, let value, !value.isEmpty else { continue }
                members[value.lowercased(), default: (value, [])].codes.insert(code)
            }
            for (k, v) in members where g[k] == nil { g[k] = (v.name, v.codes.sorted()) }
        }
        return g
    }
}
