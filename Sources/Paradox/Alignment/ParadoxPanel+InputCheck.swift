// The paradox metrics refuse what `egov data validate` calls an error in the columns they
// turn into integers (years, ranks) and repeated country-years, where the last row would
// otherwise win silently (issue 18.4).

import PanelData

extension ParadoxPanel {
    /// Throws ``ParadoxError/input(_:)`` when `year` or `egdi_rank` break their
    /// ``/PanelData/PanelValidator`` rule or a country-year is on two rows.
    static func checkInput(_ table: Table) throws(ParadoxError) {
        let issues = PanelInputCheck.rangeIssues(table)
        if !issues.isEmpty { throw .input(.outOfRange(Array(issues.prefix(PanelInputCheck.listed)), total: issues.count)) }
        let dups = PanelInputCheck.duplicates(table)
        if !dups.isEmpty { throw .input(.duplicated(Array(dups.prefix(PanelInputCheck.listed)), total: dups.count)) }
    }
}
