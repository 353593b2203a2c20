// The Datasets README section on boundaries.txt, appended by the panel build
// after the panel's own sections (DatasetReadme).

/// The "Country boundaries" section of Datasets/README.md.
public enum BoundaryReadme {
    /// Markdown, starting with a blank line and a level-2 heading.
    public static var section: String {
        """

        ## Country boundaries (`boundaries.txt`, for maps)

        `boundaries.txt` holds the country outlines that `egov plot map` draws. Source: **Natural Earth** admin-0
        countries and tiny-countries points at **1:50m** (naturalearthdata.com; Nathaniel Vaughn Kelso, Tom Patterson and
        contributors), **public domain** ("No permission is needed to use Natural Earth"), as packaged in CRAN
        `rnaturalearthdata` 0.1.0 (`countries50`, `tiny_countries50`; CC0) and exported to GeoJSON as described in
        `../shared/data/raw/SOURCES.md` section 9. The package was built from Natural Earth's v3 series, whose
        1:50m admin-0 geometry last changed in **2.0.0 (2012)**: boundaries are of 2012 vintage.
        Rebuild with `swift run egov data boundaries --raw ../shared/data/raw --out Datasets` (deterministic; a test
        compares the bytes).

        - **Codes.** `ISO_A3` when present (null and `-99` alike mean absent); otherwise `KOS` → `XKX` (the panel's
          Kosovo); `CYN` (N. Cyprus) and `SOL` (Somaliland) are drawn as parts of `CYP` and `SOM` (the ISO/UN view,
          Natural Earth's `ADM0_A3_IS`; the panel's values are those of the UN member states); any other feature keeps
          its `ADM0_A3` (`KAS` Siachen Glacier, `ATC`, `IOA`: no panel data, drawn as no data). Antarctica is dropped.
        - **Disputed areas as drawn in this edition.** Crimea is part of **Ukraine**; Abkhazia and South Ossetia are in
          Georgia, Transnistria in Moldova, Nagorno-Karabakh in Azerbaijan; most of Western Sahara (west of the berm)
          lies inside Morocco's polygon. Map notes say so; boundaries shown imply no endorsement.
        - **No outline of their own**: French Guiana, Guadeloupe, Martinique, Mayotte and Réunion are drawn inside France;
          Tuvalu has only a point. `egov plot map` lists such codes in a warning.
        - **Geometry.** Rings keep Natural Earth's orientation (exterior counter-clockwise, holes clockwise); holes
          (Lesotho in South Africa, the Fergana valley enclaves, San Marino) stay holes. Douglas–Peucker simplification
          with a tolerance of 0.05° (at most 0.05 mm on a 175 mm post-Soviet map, well under a 0.25 pt border line),
          then coordinates rounded to 0.01°; a ring that collapses is dropped, but every country keeps its largest.
          Longitudes stay in −180…180; maps with another central meridian move whole rings across the antimeridian
          (Chukotka, Fiji), never single vertices.
        - **Format.** UTF-8 text: `#` provenance lines, then `C ISO3` per country followed by one `R` line per ring
          (integers in units of 0.01°, the first vertex absolute, then differences), then `P ISO3 lon lat` lines for
          small-state points.

        """
    }
}
