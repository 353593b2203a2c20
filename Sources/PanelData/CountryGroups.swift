// The post-Soviet group: the 15 successor states of the USSR and their subregions,
// as used by the paradox analyses (../shared/DESIGN.md §4, variables `post_soviet`
// and `subregion`).

/// The four subregions of the post-Soviet space. Raw values are the labels the
/// embedded panel stores in its `subregion` column.
public enum PostSovietSubregion: String, Sendable, Hashable, Codable, CaseIterable {
    case baltic = "Baltic"
    case easternEurope = "Eastern Europe"
    case southCaucasus = "South Caucasus"
    case centralAsia = "Central Asia"

    /// ISO3 codes of the member states, sorted.
    public var members: [String] {
        switch self {
        case .baltic: ["EST", "LTU", "LVA"]
        case .easternEurope: ["BLR", "MDA", "RUS", "UKR"]
        case .southCaucasus: ["ARM", "AZE", "GEO"]
        case .centralAsia: ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
        }
    }

    /// The subregion of a post-Soviet state, nil for any other code.
    public init?(iso3: String) {
        guard let match = Self.allCases.first(where: { $0.members.contains(iso3) }) else { return nil }
        self = match
    }
}

public enum CountryGroups {
    /// The 15 former Soviet republics, sorted by ISO3 code. The Soviet Union itself
    /// (SUN) is a historical entity and not a member.
    public static let postSoviet: [String] = PostSovietSubregion.allCases.flatMap(\.members).sorted()
}

extension Country {
    /// One of the 15 successor states of the Soviet Union.
    public var isPostSoviet: Bool { postSovietSubregion != nil }

    /// Baltic, Eastern Europe, South Caucasus or Central Asia; nil outside the group.
    public var postSovietSubregion: PostSovietSubregion? { PostSovietSubregion(iso3: iso3) }
}

extension CountryRegistry {
    /// The 15 post-Soviet states as registry entries, sorted by code.
    public var postSovietCountries: [Country] { CountryGroups.postSoviet.compactMap { country(iso3: $0) } }
}
