// Transparency International CPI 1998-2011 (0-10 scale), per-year tables by name.

import Foundation

/// Reads `cpi_legacy` (0-10) from `ti_cpi/legacy_datahub/CPI<year>.csv`, 1998-2011.
///
/// Quirks handled (SOURCES.md §3b): country names only, spelled differently from year to
/// year (resolved by the registry; unknown names are errors); entities such as Serbia and
/// Montenegro (historical) are excluded and listed; values are stored exactly as written,
/// including 2011's unrounded values (6.353611), because TI's licence forbids modified
/// versions. Kept apart from `cpi`: the 0-10 index (a relative ranking) and the 0-100 index
/// from 2012 are not comparable.
public enum CPILegacyImporter {
    public static let years = 1998...2011
    public static let variables = ["cpi_legacy"]
    public static func path(year: Int) -> String { "ti_cpi/legacy_datahub/CPI\(year).csv" }

    public static func importSource(root: URL, registry: CountryRegistry = .standard,
                                    years: ClosedRange<Int> = years) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .tiCPILegacy)
        for y in years {
            let file = path(year: y)
            imp.files.append(file)
            let t = try RawCSV.read(root, file)
            let names = try RawCSV.column(t, "Jurisdiction", file: file)
            let scores = try RawCSV.column(t, "CPI", file: file)
            var seen = Set<CountryYear>()
            for i in 0..<t.rowCount {
                let line = RawCSV.line(i)
                guard let c = try EntityRule.resolve(name: names[i], code: nil, registry: registry, into: &imp, file: file, line: line) else { continue }
                let key = CountryYear(iso3: c.iso3, year: y)
                try imp.list(key, file: file, line: line, seen: &seen)
                try imp.set(key, "cpi_legacy", try RawCSV.number(scores[i], file: file, line: line, column: "CPI").map(PanelValue.number),
                            file: file, line: line)
            }
        }
        imp.note("Names resolved through the registry (spellings vary by year); values unaltered, 2011 unrounded as published in the package; never merged with the 0-100 cpi.")
        imp.finish()
        return imp
    }
}
