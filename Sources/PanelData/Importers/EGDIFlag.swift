// Which published EGDI values the UN computed on a missing or impossible component.

/// The `egdi_flag` codes: published EGDI values stay as published, and these say where the
/// UN computed the index (and the rank) on a component that was missing — coded 0 — or
/// impossible, or published 0 for the index while publishing components.
///
/// The 2003–2005 surveys coded a missing Human Capital or Telecommunication Infrastructure
/// index as 0 and still averaged it into the index (27 country-editions, e.g. Serbia 2005:
/// EGDI 0.19596, rank 156, against 0.38705, rank 87, in 2004); Micronesia 2003 has HCI 1.422,
/// outside the index's [0, 1]. From 2008 the UN instead set EGDI to 0 when HCI was missing.
/// The paradox metrics, figures and report leave the rows with ``isComputedOnMissingComponent``
/// out by default (they list them in their notes; `--include-flagged` keeps them).
public enum EGDIFlag: String, Sendable, Hashable, Codable, CaseIterable {
    /// HCI coded 0 beside a positive EGDI.
    case hciZero = "hci_zero"
    /// TII coded 0 beside a positive EGDI.
    case tiiZero = "tii_zero"
    /// Both HCI and TII coded 0 beside a positive EGDI.
    case hciTIIZero = "hci_tii_zero"
    /// HCI above 1 (Micronesia 2003: 1.422); HCI is stored as missing, EGDI and rank as published.
    case hciAboveOne = "hci_above_1"
    /// EGDI published as 0 (not computed, e.g. HCI missing in 2008/2010) while components were
    /// published: egdi and egdi_rank are missing, the published components are kept.
    case egdiZero = "egdi_zero"

    /// What the code means, for notes and the Datasets README.
    public var meaning: String {
        switch self {
        case .hciZero: "EGDI computed with HCI coded 0 (missing)"
        case .tiiZero: "EGDI computed with TII coded 0 (missing)"
        case .hciTIIZero: "EGDI computed with HCI and TII coded 0 (missing)"
        case .hciAboveOne: "EGDI computed from an HCI above 1 (impossible; HCI stored as missing)"
        case .egdiZero: "EGDI published as 0 (not computed) although components were published; EGDI missing, components kept"
        }
    }

    /// Whether the row has a published EGDI that rests on a missing or impossible component
    /// (the rows the paradox metrics leave out by default).
    public var isComputedOnMissingComponent: Bool { self != .egdiZero }

    /// The flag of a row with a positive EGDI, from its published values, or nil.
    static func classify(_ values: [String: Double?]) -> EGDIFlag? {
        let hci = values["hci"] ?? nil, tii = values["tii"] ?? nil
        if let h = hci, h > 1 { return .hciAboveOne }
        switch (hci == 0, tii == 0) {
        case (true, true): return .hciTIIZero
        case (true, false): return .hciZero
        case (false, true): return .tiiZero
        default: return nil
        }
    }
}
