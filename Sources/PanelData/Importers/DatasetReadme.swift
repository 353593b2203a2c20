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
        least one source. Aggregates, historical entities (e.g. Serbia and Montenegro), sub-national or disputed
        entities, and Freedom House territories are excluded; the list with reasons is at the end of this file.

        ## Caveats (read before analysing)

        - **Edition year vs data year.** UN E-Government Survey values are stored at the *edition* year (2003, 2004,
          2005, 2008, 2010, ..., 2024); an edition reflects an assessment made mostly in the previous year. WGI, CPI, WDI,
          V-Dem and GTMI are stored at their data year.
        - **Freedom House year convention.** Edition E of Freedom in the World rates calendar year E-1; `fh_*` are stored
          at the **year under review** (E-1): the 2024 edition is year 2023, the 2013 edition is year 2012.
        - **EGDI method changes.** 2003-2005 was the e-Government Readiness Index; the EGDI exists from 2010; the OSI
          questionnaire and the TII/HCI composition were revised in 2012, 2014, 2020, 2022 and 2024; the EPI is
          rescaled each edition. Levels are not strictly comparable across editions; ranks are safer. EGDI = 0 in the UN
          files means "not assessed" and is stored as missing (all six UN variables), never as 0.
        - **WGI vintage.** All WGI variables come from the 2024 update, which re-estimated the whole 1996-2023 history;
          never mix them with values from another WGI release. WGI has no 1997, 1999 or 2001.
        - **CPI scale break.** `cpi_legacy` (0-10, 1998-2011) is a relative ranking, not comparable over time nor with
          `cpi` (0-100, 2012-2025, comparable year to year). They are separate variables and are never spliced. TI's
          licence (CC BY-ND 4.0) forbids modified versions: values are exactly as published (2011 legacy values unrounded).
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

        Attribution: UN DESA (UN terms of use) and Freedom House (terms of use: non-commercial research with citation)
        publish no open licence; cite them as above. WGI, WDI and GTMI are CC BY 4.0 (World Bank); TI CPI is
        CC BY-ND 4.0; V-Dem is CC BY-SA 4.0. When you publish results from this panel, cite each source you use.

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
