// A country, territory, historical state, disputed area or statistical aggregate,
// identified by one canonical three-letter code.

/// What sort of entity a `Country` value stands for. Source files mix them freely
/// (WDI lists "Euro area" next to Estonia, Freedom House rates Crimea next to Russia),
/// so every analysis that counts "countries" must decide which kinds it means.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A UN member state, a UN observer state (Holy See, Palestine), or Kosovo and
    /// Taiwan, which every source used here treats as a country.
    case sovereign
    /// A non-sovereign territory with its own ISO 3166-1 code (Puerto Rico PRI,
    /// Hong Kong HKG, Greenland GRL, Western Sahara ESH, ...) or World Bank code
    /// (Channel Islands CHI).
    case territory
    /// A state that no longer exists: Soviet Union SUN, Yugoslavia YUG, Serbia and
    /// Montenegro SCG, Czechoslovakia CSK, East Germany DDR, South Yemen YMD,
    /// Netherlands Antilles ANT (ISO 3166-3 codes), and four Freedom House entities
    /// without one (West Germany, North Yemen, North/South Vietnam; pseudo-codes).
    case historical
    /// A region without an ISO code that Freedom House rates separately (Abkhazia,
    /// Crimea, Transnistria, Nagorno-Karabakh, Tibet, ...). These carry pseudo-codes.
    case subnationalOrDisputed
    /// A group of economies: WDI regions and income groups (World, Euro area,
    /// "Europe & Central Asia", IDA total, ...), TI's global average, TI's 1990s
    /// joint "Belgium/Luxembourg" entry.
    case aggregate
}

/// One entity of the registry: its canonical code, canonical English name and kind.
///
/// `iso3` is the ISO 3166-1 alpha-3 code where one exists, else the World Bank's
/// code (XKX Kosovo, CHI Channel Islands, WDI aggregate codes such as ECS), else the
/// ISO 3166-3 code of a former country (SUN, YUG, SCG, CSK, DDR, YMD, ANT), else a
/// pseudo-code of this package: `X` + two letters (ISO 3166-1 reserves XA-XZ for
/// user assignment), see `hasPseudoCode`.
public struct Country: Sendable, Hashable, Codable, CustomStringConvertible {
    public let iso3: String
    public let name: String
    public let kind: EntityKind

    public init(iso3: String, name: String, kind: EntityKind) {
        self.iso3 = iso3
        self.name = name
        self.kind = kind
    }

    /// True when `iso3` is one of this package's X-prefixed pseudo-codes rather than
    /// an ISO, ISO 3166-3 or World Bank code. XKX is the World Bank's own Kosovo code.
    public var hasPseudoCode: Bool { iso3.hasPrefix("X") && iso3 != "XKX" }

    public var description: String { "\(name) (\(iso3))" }
}

/// One line of the data table (CountryAliases.swift): an entity with every other
/// spelling and code the sources use for it.
struct CountryRecord: Sendable {
    let country: Country
    let aliases: [String]
    let codes: [String]

    init(_ iso3: String, _ name: String, _ kind: EntityKind, aliases: [String] = [], codes: [String] = []) {
        self.country = Country(iso3: iso3, name: name, kind: kind)
        self.aliases = aliases
        self.codes = codes
    }
}
