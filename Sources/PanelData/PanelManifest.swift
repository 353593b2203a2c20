// The machine-readable description of the embedded panel (Datasets/manifest.json).

import Foundation

/// What `egov data build` writes beside panel.csv and what the loader checks the CSV against:
/// every variable with its definition, scale, source, licence and coverage; every raw file
/// with its size and SHA-256; the quirks handled; the entities excluded and why.
/// No timestamps, so that a rebuild reproduces the bytes.
public struct PanelManifest: Sendable, Equatable, Codable {
    /// The `formatVersion` this build reads and writes.
    public static let currentFormatVersion = 1

    /// One column of the data file.
    public struct Variable: Sendable, Equatable, Codable {
        /// Column name in the CSV.
        public var name: String
        /// Short label, shown by `egov data list` and on axes.
        public var label: String
        /// What the variable measures, in the source's words.
        public var definition: String
        /// Units or range (`0-1`, `percentile 0-100`, `international dollars`).
        public var scale: String
        /// `numeric` or `text`; the loader checks the CSV column has this type.
        public var type: PanelVariableType
        /// Source id or description (optional).
        public var source: String?
        /// Publisher (optional).
        public var publisher: String?
        /// Edition or release of the source (optional).
        public var edition: String?
        /// Licence of the source (optional).
        public var licence: String?
        /// Years with at least one non-missing value.
        public var years: [Int]
        /// Non-missing values in the column.
        public var nonMissing: Int
        /// Countries with at least one non-missing value.
        public var countries: Int
    }

    /// A raw source file the panel was built from.
    public struct File: Sendable, Equatable, Codable {
        /// Path relative to the raw folder.
        public var path: String
        /// Size in bytes.
        public var bytes: Int
        /// SHA-256 of the file, hex.
        public var sha256: String
    }

    /// A data source (UN DESA, World Bank, ...) with its files and the quirks handled.
    public struct Source: Sendable, Equatable, Codable {
        /// Short id (`un_egov`, `wgi`, ...).
        public var id: String
        /// Title of the dataset.
        public var title: String
        /// Publisher.
        public var publisher: String
        /// Edition or release used.
        public var edition: String
        /// Licence.
        public var licence: String
        /// How to cite it.
        public var citation: String
        /// The raw files read.
        public var files: [File]
        /// Irregularities of the source and how the build handled them.
        public var quirks: [String]
    }

    /// Manifest format version (``currentFormatVersion``).
    public var formatVersion: Int
    /// The panel's file name, in the manifest's own folder (never a path).
    public var dataFile: String
    /// Rows of the data file (checked by the loader).
    public var rows: Int
    /// Distinct countries (`iso3`).
    public var countries: Int
    /// First year in the data.
    public var firstYear: Int
    /// Last year in the data.
    public var lastYear: Int
    /// The columns described (each is checked to exist with its type).
    public var variables: [Variable]
    /// The sources of the data (may be empty for a user's own file).
    public var sources: [Source]
    /// Entities left out of the panel and why (may be empty).
    public var exclusions: [Exclusion]

    /// The description of column `name`, if listed.
    public func variable(named name: String) -> Variable? { variables.first { $0.name == name } }

    /// Pretty JSON with sorted keys, ending with a newline (deterministic bytes).
    public func encoded() -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        var data = (try? enc.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Decodes a manifest; throws for malformed JSON or another format version. `source` names the file in messages.
    public static func decode(_ data: Data, source: String) throws(PanelLoadError) -> PanelManifest {
        let m: PanelManifest
        do {
            m = try JSONDecoder().decode(PanelManifest.self, from: data)
        } catch {
            throw .badManifest(source, "not a panel manifest (\(error)).")
        }
        guard m.formatVersion == currentFormatVersion else {
            throw .badManifest(source, "format version \(m.formatVersion); this build reads version \(currentFormatVersion). Rebuild the panel with `egov data build`.")
        }
        return m
    }
}
