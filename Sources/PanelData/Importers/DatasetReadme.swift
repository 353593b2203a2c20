// Datasets/README.md, written by the build from the manifest so that it never drifts
// from the data.

/// Renders the Datasets README (Markdown) from a manifest.
public enum DatasetReadme {
    static func yearsText(_ ys: [Int]) -> String {
        guard let first = ys.first else { return "none" }
        var parts: [String] = []
        var start = first, prev = first
        for y in ys.dropFirst() {
            if y == prev + 1 { prev = y; continue }
            parts.append(start == prev ? "\(start)" : "\(start)-\(prev)")
            start = y; prev = y
        }
        parts.append(start == prev ? "\(start)" : "\(start)-\(prev)")
        return parts.joined(separator: ", ")
    }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }

    public static func render(_ m: PanelManifest) -> String {
        var s = """
        # Datasets: the embedded country-year panel

        *This file is written by `egov data build` from `manifest.json`; do not edit it by hand.*

        `panel.csv` has one row per country and year \(m.firstYear)-\(m.lastYear) (\(m.rows) rows, \(m.countries) countries and \
        territories; a rectangular panel, so a year without data is a row of empty fields). Columns are in a fixed order;
        rows are sorted by `iso3` then `year`; numbers are written in the shortest form that reads back to the same
        double; a missing value is an empty field; lines end with LF. `manifest.json` describes every column, every raw
        file (size and SHA-256) and every excluded entity. Rebuild with
        `swift run egov data build --raw ../shared/data/raw --out Datasets`; the build is deterministic (a test compares the bytes).

        Which entities get rows: every sovereign country and every territory with an ISO 3166 code that appears in at
        least one source. Aggregates, sub-national or disputed entities and Freedom House territories are excluded;
        predecessor states are stored under their continuator (next section); the list of exclusions with reasons is at
        the end of this file.

        ## Historic entities and changed borders: one rule

        A row is the state its code names today. Where a source reports a predecessor state, under the predecessor's
        own name (Freedom House's "Yugoslavia", TI's "Serbia and Montenegro") or under the continuator's name (the UN's
        "Serbia" of 2003-2005), the value is stored in the continuator's row (Serbia for the Federal Republic of
        Yugoslavia and Serbia and Montenegro; Sudan for unified Sudan). Nothing is apportioned, re-estimated or
        dropped; where the sources cannot be made consistent, `entity_flag` marks the country-years:

        | `entity_flag` | Rows | What the values describe |
        |---|---|---|

        """
        for c in EntityContinuity.cases {
            s += "| `\(c.flag)` | \(c.iso3) \(c.years.lowerBound)-\(c.years.upperBound) | \(cell(c.meaning)) |\n"
        }
        s += """

        ## Flagged EGDI values (`egdi_flag`)

        Published EGDI values and ranks stay as published. `egdi_flag` marks where the UN computed them on a missing or
        impossible component, or published EGDI = 0 beside published components. The paradox metrics, figures and
        report leave the first four kinds out by default and list them in their notes (`--include-flagged` keeps them).

        | `egdi_flag` | Meaning |
        |---|---|

        """
        for f in EGDIFlag.allCases {
            s += "| `\(f.rawValue)` | \(cell(f.meaning)) |\n"
        }
        s += """

        The 2003-2005 surveys coded a missing HCI or TII as 0 and still averaged it into the index (27 country-editions,
        e.g. Serbia 2005: EGDI 0.19596, rank 156, against 0.38705, rank 87, in 2004); such a component is stored as
        missing. From 2008 the UN set EGDI to 0 where HCI was missing: EGDI and rank are missing there, and the
        components the UN did publish for those rows are kept (a component coded 0 in such a row stays missing).

        ## Caveats (read before analysing)

        - **Edition year vs data year.** UN E-Government Survey values are stored at the *edition* year (2003, 2004,
          2005, 2008, 2010, ..., 2024); an edition reflects an assessment made mostly in the previous year. WGI, CPI, WDI,
          V-Dem and GTMI are stored at their data year.
        - **Freedom House year convention.** Edition E of Freedom in the World rates calendar year E-1; `fh_*` are stored
          at the **year under review** (E-1): the 2024 edition is year 2023, the 2013 edition is year 2012. `fh_pr`,
          `fh_cl` and `fh_status` for 1996-2011 come from Freedom House's 1973-2024 ratings workbook (equal to the
          all-data workbook cell for cell in 2012-2023, which the build checks). `fh_total` (0-100) starts in 2012: the
          aggregate scores of earlier editions are not among the raw files and cannot be derived from the 1-7 ratings.
          The political rights score can be negative (discretionary deduction: Syria 2014-2017 has PR = -1), so
          `fh_total` ranges from -4 to 100.
        - **World Bank region and income group.** `wb_region` and `wb_income` are the *current* classification from the
          WDI country metadata, repeated in every year; they are not the classification the World Bank used in that year.
        - **EGDI method changes.** 2003-2005 was the e-Government Readiness Index; the EGDI exists from 2010; the OSI
          questionnaire and the TII/HCI composition were revised in 2012, 2014, 2020, 2022 and 2024; the EPI is
          rescaled each edition. Levels are not strictly comparable across editions; ranks are safer. EGDI is the mean
          of OSI, TII and HCI in every edition except 2008 and 2010, where the UN weighted them 0.34/0.33/0.33 (checked on
          the published values: 2010 exactly, 2008 for 180 of 182 countries). EGDI = 0 in the UN files means "not
          assessed" and is stored as missing, never as 0 (see `egdi_flag` above for the components).
        - **WGI vintage.** All WGI variables come from the 2024 update, which re-estimated the whole 1996-2023 history;
          never mix them with values from another WGI release. WGI has no 1997, 1999 or 2001.
        - **CPI scale break.** `cpi_legacy` (0-10, 1998-2011) is a relative ranking, not comparable over time nor with
          `cpi` (0-100, 2012-2025, comparable year to year). They are separate variables and are never spliced. TI's
          licence (CC BY-ND 4.0) forbids modified versions, so values are kept exactly as in the copy read: the 2011
          legacy values there are TI's unrounded scores (e.g. New Zealand 9.462681), where TI's published 2011 table shows
          one decimal (9.5); 1998-2010 values have the published one decimal.
        - **V-Dem version.** The V-Dem indices come from a third-party subset whose version is not stated; coverage to
          2024 implies v15 (2025).
        - **WDI.** Aggregates were removed with the country-metadata file (empty Region); the population download has
          no metadata file of its own, so the GDP per capita one was reused.

        ## Variables

        | Variable | Label | Definition | Scale / unit | Source | Years with data | Countries | Non-missing |
        |---|---|---|---|---|---|---|---|

        """
        for v in m.variables {
            s += "| `\(v.name)` | \(cell(v.label)) | \(cell(v.definition)) | \(cell(v.scale)) | \(v.source ?? "registry") | "
                + "\(yearsText(v.years)) | \(v.countries) | \(v.nonMissing) |\n"
        }
        s += "\n## Sources, licences and how to cite\n"
        for src in m.sources {
            s += "\n### `\(src.id)`: \(src.title)\n\n"
            s += "- Publisher: \(src.publisher)\n- Edition / vintage: \(src.edition)\n- Licence: \(src.licence)\n"
            s += "- Cite as: \(src.citation)\n- Files (relative to the raw folder):\n"
            for f in src.files { s += "  - `\(f.path)` (\(f.bytes) bytes, SHA-256 `\(f.sha256)`)\n" }
            s += "- Quirks handled:\n"
            for q in src.quirks { s += "  - \(q)\n" }
        }
        s += """

        ## Licences and redistribution

        Each column keeps its source's terms; `manifest.json` records the licence of every variable and source.

        | Source | Licence / terms | What it means for redistributing `panel.csv` |
        |---|---|---|
        | UN DESA E-Government Survey | UN terms of use: free use with attribution, no open licence | redistribution with attribution to UN DESA, as this package does; no endorsement implied |
        | World Bank WGI, WDI, GTMI | CC BY 4.0 | free to share and adapt with attribution |
        | Transparency International CPI | CC BY-ND 4.0 | share with attribution, values unmodified (no derivatives): the columns are as published; derived metrics computed from them are results, not redistributed CPI data |
        | Freedom House | terms of use: non-commercial research with citation | non-commercial research use with citation; commercial redistribution of the `fh_*` columns needs Freedom House's permission |
        | V-Dem | CC BY-SA 4.0 (share-alike) | share and adapt with attribution; a redistributed adaptation of the `vdem_*` columns must carry CC BY-SA 4.0 |
        | Natural Earth (maps) | public domain | no conditions |

        So `panel.csv` as a whole can be redistributed for non-commercial research with attribution to every source,
        the CPI values unmodified and the V-Dem columns under CC BY-SA 4.0. When you publish results from this panel,
        cite each source you use (the citations above).

        ## Excluded entities (\(m.exclusions.count))

        | Source | Name in the source | Code | Reason |
        |---|---|---|---|

        """
        for e in m.exclusions {
            s += "| \(e.source) | \(cell(e.name)) | \(e.code ?? "") | \(cell(e.reason)) |\n"
        }
        return s
    }
}
