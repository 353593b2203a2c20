// The summary `egov data build` prints.

/// Rows, countries, per-variable coverage, exclusions and per-source notes of a build.
public struct PanelBuildReport: Sendable, Equatable {
    public var rows: Int
    public var countries: Int
    public var variables: [PanelManifest.Variable]
    public var exclusions: [Exclusion]
    /// (source id, note) in source order.
    public var notes: [(source: String, note: String)]

    public static func == (a: PanelBuildReport, b: PanelBuildReport) -> Bool {
        a.rows == b.rows && a.countries == b.countries && a.variables == b.variables && a.exclusions == b.exclusions
            && a.notes.map(\.source) == b.notes.map(\.source) && a.notes.map(\.note) == b.notes.map(\.note)
    }
}
