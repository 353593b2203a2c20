// Resolving the country names and codes of the source files to one entity each.

import Foundation

/// What went wrong while resolving or extending the registry. Every description says
/// what was not understood, where it came from, and how to fix it.
public enum RegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A name that matches no known spelling after normalisation; `suggestions` are
    /// the nearest known spellings (possibly none).
    case unknownName(String, source: String?, suggestions: [String])
    /// A blank (or quotes-only) name.
    case emptyName(source: String?)
    /// A code that is no ISO3, World Bank, V-Dem or TI code known to the registry.
    case unknownCode(String, source: String?)
    /// `addingAlias`/`addingCode`/`adding` was asked to attach a spelling or code to
    /// an entity the registry does not have.
    case unknownEntity(iso3: String)
    /// A spelling (compared after normalisation) already belongs to another entity.
    case conflictingAlias(String, existing: String, requested: String)
    /// A code already belongs to another entity.
    case conflictingCode(String, existing: String, requested: String)

    public var description: String {
        switch self {
        case let .unknownName(name, source, suggestions):
            let guess: String
            switch suggestions.count {
            case 0: guess = "no similar name is known."
            case 1: guess = "did you mean '\(suggestions[0])'?"
            default:
                let quoted = suggestions.map { "'\($0)'" }
                guess = "did you mean \(quoted.dropLast().joined(separator: ", ")) or \(quoted[quoted.count - 1])?"
            }
            return "unknown country name '\(name)'\(Self.from(source)); \(guess) "
                + "Correct the spelling, or identify the country by its ISO 3166 alpha-3 code in an iso3 column "
                + "(egov data merge and every --data file match a country by its code, or by any spelling "
                + "that the official sources use)."
        case let .emptyName(source):
            return "empty country name\(Self.from(source)); fix the row or drop it before resolving."
        case let .unknownCode(code, source):
            return "unknown country code '\(code)'\(Self.from(source)): not an ISO 3166-1 alpha-3, "
                + "World Bank, V-Dem or TI code known to the registry. Use the country's ISO 3166 alpha-3 code "
                + "(e.g. KAZ), or give its name in a country column instead."
        case let .unknownEntity(iso3):
            return "no entity with code '\(iso3)' in the registry; add it first with CountryRegistry.adding(_:aliases:)."
        case let .conflictingAlias(alias, existing, requested):
            return "the spelling '\(alias)' already means \(existing), so it cannot also mean \(requested); "
                + "use the code, or a spelling that is not ambiguous."
        case let .conflictingCode(code, existing, requested):
            return "the code '\(code)' already means \(existing), so it cannot also mean \(requested)."
        }
    }

    private static func from(_ source: String?) -> String {
        source.map { " (source: \($0))" } ?? ""
    }
}

/// The entities of the panel (countries, territories, historical states, disputed
/// areas, aggregates) with every spelling and code the official source files use.
///
/// Names are matched exactly after normalisation (`normalize(_:)`): surrounding blanks
/// and stray quotes are trimmed, apostrophe variants (’ ‘ ` ´ ʼ ′) become ', diacritics
/// are dropped (canonical decomposition, combining marks removed), case is folded,
/// '&' reads as 'and', and runs of whitespace collapse to one blank. There is no fuzzy
/// matching: "Kazakstan" is an error that suggests "Kazakhstan", never a silent guess,
/// because a wrong merge (Congo vs DR Congo, Niger vs Nigeria) corrupts a panel silently.
public struct CountryRegistry: Sendable {
    /// Every entity, sorted by code.
    public let all: [Country]
    private var spellingsByIndex: [[String]]
    private var codesByIndex: [[String]]
    private var byName: [String: Int]
    private var byCode: [String: Int]
    private var byISO3: [String: Int]
    /// Conflicts met while building from a table (spellings or codes claimed twice);
    /// the first claim wins. Empty for `standard` (checked by the tests).
    let tableConflicts: [RegistryError]

    /// The registry of every entity in the project's raw sources (see CountryAliases.swift).
    public static let standard = CountryRegistry(records: CountryRecord.table)

    init(records: [CountryRecord]) {
        let sorted = records.sorted { $0.country.iso3 < $1.country.iso3 }
        all = sorted.map(\.country)
        spellingsByIndex = sorted.map { [$0.country.name] + $0.aliases }
        codesByIndex = sorted.map { [$0.country.iso3] + $0.codes }
        byName = [:]
        byCode = [:]
        byISO3 = [:]
        var conflicts: [RegistryError] = []
        for (index, record) in sorted.enumerated() {
            let iso3 = record.country.iso3
            if let other = byISO3[iso3] {
                conflicts.append(.conflictingCode(iso3, existing: all[other].iso3, requested: iso3))
                continue
            }
            byISO3[iso3] = index
            for spelling in spellingsByIndex[index] {
                let key = Self.normalize(spelling)
                if let other = byName[key], other != index {
                    conflicts.append(.conflictingAlias(spelling, existing: all[other].iso3, requested: iso3))
                } else {
                    byName[key] = index
                }
            }
            for code in codesByIndex[index] {
                if let other = byCode[code], other != index {
                    conflicts.append(.conflictingCode(code, existing: all[other].iso3, requested: iso3))
                } else {
                    byCode[code] = index
                }
            }
        }
        tableConflicts = conflicts
    }

    /// The sovereign entities (UN members and observers, Kosovo, Taiwan), sorted by code.
    public var sovereignCountries: [Country] { all.filter { $0.kind == .sovereign } }

    /// The entity whose canonical code is `iso3` (exact, upper case); nil otherwise.
    /// Use `resolve(code:)` to also accept World Bank/TI codes such as KSV or ROM.
    public func country(iso3: String) -> Country? {
        byISO3[iso3].map { all[$0] }
    }

    /// The canonical name followed by every other known spelling of an entity.
    public func spellings(of iso3: String) -> [String] {
        byISO3[iso3].map { spellingsByIndex[$0] } ?? []
    }

    /// The canonical code followed by every other code that resolves to the entity.
    public func codes(of iso3: String) -> [String] {
        byISO3[iso3].map { codesByIndex[$0] } ?? []
    }

    /// The entity a source's country name stands for.
    ///
    /// - Parameters:
    ///   - name: the name as written (compared after `normalize`: case, accents, punctuation).
    ///   - source: where the name was read (a file, a row), quoted in errors.
    /// - Throws: `RegistryError.unknownName` with the nearest known spellings, or
    ///   `.emptyName`.
    public func resolve(name: String, source: String? = nil) throws(RegistryError) -> Country {
        let key = Self.normalize(name)
        if key.isEmpty { throw .emptyName(source: source) }
        if let index = byName[key] { return all[index] }
        let shown = Self.trimmed(name)
        throw .unknownName(shown, source: source, suggestions: nearestNames(to: shown, in: suggestionPool))
    }

    /// The entity a code stands for: canonical codes (ISO 3166-1 alpha-3, ISO 3166-3,
    /// World Bank aggregate codes, pseudo-codes), the World Bank's legacy codes
    /// (ADO Andorra, ZAR DR Congo, ROM Romania, TMP Timor-Leste, KSV Kosovo, WBG West
    /// Bank and Gaza), TI's KSV and V-Dem's `country_text_id`. Blanks and quotes
    /// around the code are ignored, and so is case.
    public func resolve(code: String, source: String? = nil) throws(RegistryError) -> Country {
        let key = Self.trimmed(code).uppercased()
        if let index = byCode[key] { return all[index] }
        throw .unknownCode(Self.trimmed(code), source: source)
    }

    /// A copy that also knows `alias` as a spelling of the entity `iso3`.
    public func addingAlias(_ alias: String, for iso3: String) throws(RegistryError) -> CountryRegistry {
        guard let index = byISO3[iso3] else { throw .unknownEntity(iso3: iso3) }
        let key = Self.normalize(alias)
        if key.isEmpty { throw .emptyName(source: nil) }
        if let other = byName[key] {
            if other == index { return self }
            throw .conflictingAlias(alias, existing: all[other].iso3, requested: iso3)
        }
        var copy = self
        copy.byName[key] = index
        copy.spellingsByIndex[index].append(alias)
        return copy
    }

    /// A copy that also resolves `code` (compared in upper case) to the entity `iso3`.
    public func addingCode(_ code: String, for iso3: String) throws(RegistryError) -> CountryRegistry {
        guard let index = byISO3[iso3] else { throw .unknownEntity(iso3: iso3) }
        let key = Self.trimmed(code).uppercased()
        if let other = byCode[key] {
            if other == index { return self }
            throw .conflictingCode(key, existing: all[other].iso3, requested: iso3)
        }
        var copy = self
        copy.byCode[key] = index
        copy.codesByIndex[index].append(key)
        return copy
    }

    /// A copy with one more entity (its canonical name and `aliases` as spellings).
    public func adding(_ country: Country, aliases: [String] = []) throws(RegistryError) -> CountryRegistry {
        if let other = byCode[country.iso3] {
            throw .conflictingCode(country.iso3, existing: all[other].iso3, requested: country.iso3)
        }
        for spelling in [country.name] + aliases {
            if let other = byName[Self.normalize(spelling)] {
                throw .conflictingAlias(spelling, existing: all[other].iso3, requested: country.iso3)
            }
        }
        let records = all.indices.map {
            CountryRecord(all[$0].iso3, all[$0].name, all[$0].kind,
                          aliases: Array(spellingsByIndex[$0].dropFirst()), codes: Array(codesByIndex[$0].dropFirst()))
        } + [CountryRecord(country.iso3, country.name, country.kind, aliases: aliases)]
        return CountryRegistry(records: records)
    }

    /// Canonical names first (so ties favour them), then the other spellings.
    private var suggestionPool: [String] {
        all.map(\.name) + spellingsByIndex.flatMap { $0.dropFirst() }
    }

    // MARK: - Normalisation

    private static let edgeScalars: Set<Unicode.Scalar> = [
        " ", "\t", "\r", "\n", "\u{00A0}", "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "`", "\u{00B4}",
    ]
    private static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "`", "\u{00B4}", "\u{02BC}", "\u{2032}"]

    /// `text` without surrounding blanks and stray quotes (as the UN files' `"Kazakhstan "`).
    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, edgeScalars.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, edgeScalars.contains(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The key names are compared by: trimmed (blanks, stray quotes), apostrophe
    /// variants folded to ', canonically decomposed with combining marks dropped
    /// ("Côte" → "cote"), lower-cased, '&' → ' and ', whitespace collapsed.
    /// scripts/country_registry/normalise.py mirrors this function.
    public static func normalize(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in trimmed(name).unicodeScalars {
            folded.append(apostrophes.contains(scalar) ? "'" : scalar)
        }
        var result = ""
        var pendingBlank = false
        for scalar in String(folded).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace || scalar == "&" {
                pendingBlank = true
                if scalar == "&" {
                    if !result.isEmpty { result.append(" ") }
                    result.append("and")
                }
                continue
            }
            if pendingBlank, !result.isEmpty { result.append(" ") }
            pendingBlank = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
