// The machine-readable description of the embedded panel (Datasets/manifest.json).

import Foundation

/// What `egov data build` writes beside panel.csv and what the loader checks the CSV against:
/// every variable with its definition, scale, source, licence and coverage; every raw file
/// with its size and SHA-256; the quirks handled; the entities excluded and why.
/// No timestamps, so that a rebuild reproduces the bytes.
public struct PanelManifest: Sendable, Equatable, Codable {
    public static let currentFormatVersion = 1

    public struct Variable: Sendable, Equatable, Codable {
        public var name: String
        public var label: String
        public var definition: String
        public var scale: String
        public var type: PanelVariableType
        public var source: String?
        public var publisher: String?
        public var edition: String?
        public var licence: String?
        /// Years with at least one non-missing value.
        public var years: [Int]
        public var nonMissing: Int
        /// Countries with at least one non-missing value.
        public var countries: Int
    }

    public struct File: Sendable, Equatable, Codable {
        /// Path relative to the raw folder.
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    public struct Source: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var publisher: String
        public var edition: String
        public var licence: String
        public var citation: String
        public var files: [File]
        public var quirks: [String]
    }

    public var formatVersion: Int
    /// The panel's file name, in the manifest's own folder (never a path).
    public var dataFile: String
    public var rows: Int
    public var countries: Int
    public var firstYear: Int
    public var lastYear: Int
    public var variables: [Variable]
    public var sources: [Source]
    public var exclusions: [Exclusion]

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
