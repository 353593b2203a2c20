import Testing
@testable import Paradox

@Suite struct ResultTableTests {
    let table = ResultTable(
        title: "Demo",
        columns: [TableColumn("Country", key: "country", alignment: .left), TableColumn("Rank", key: "rank"),
                  TableColumn("CC", key: "wgi_cc")],
        rows: [[.text("Kazakhstan"), .integer(24), .number(-0.4922124445438385, .decimals(2))],
               [.text("Côte d'Ivoire, \"CI\""), .missing, .number(nil)]],
        notes: ["1 row had missing values"])

    @Test func text() {
        #expect(table.rendered(as: .text) == """
        Demo

        Country              Rank     CC
        -------------------  ----  -----
        Kazakhstan             24  -0.49
        Côte d'Ivoire, "CI"    NA     NA

        Note: 1 row had missing values

        """)
    }

    @Test func csvKeepsFullPrecision() {
        #expect(table.rendered(as: .csv) == """
        country,rank,wgi_cc
        Kazakhstan,24,-0.4922124445438385
        "Côte d'Ivoire, ""CI\""",,

        """)
    }

    @Test func json() {
        let json = table.renderJSON().serialized()
        #expect(json == #"{"title": "Demo", "columns": ["country","rank","wgi_cc"], "rows": [{"country": "Kazakhstan", "rank": 24, "wgi_cc": -0.4922124445438385},{"country": "Côte d'Ivoire, \"CI\"", "rank": null, "wgi_cc": null}], "notes": ["1 row had missing values"]}"#)
    }

    @Test func markdownAndLatex() {
        #expect(table.rendered(as: .markdown).contains("| Kazakhstan | 24 | -0.49 |"))
        #expect(table.rendered(as: .markdown).contains("|:---|---:|---:|"))
        let tex = table.rendered(as: .latex)
        #expect(tex.contains("Kazakhstan & 24 & $-$0.49 \\\\"))
        #expect(tex.contains("\\begin{tabular}{lrr}"))
        #expect(tex.contains("C\\^{o}te d'Ivoire, \"CI\" & NA & NA \\\\"))
        // Notes wrap at the table's estimated width (cmr10 advance widths plus column padding), at most \\linewidth.
        #expect(tex.contains("\\multicolumn{3}{p{\\dimexpr\\ifdim 15.2em>\\linewidth\\linewidth\\else 15.2em\\fi\\relax}}{\\footnotesize\\raggedright Note: 1 row had missing values} \\\\"))
    }

    @Test func numberStyles() {
        #expect(ResultTable.formatNumber(-0.0001, .decimals(3)) == "0.000")
        #expect(ResultTable.formatNumber(1.23456e-7, .significant(4)) == "1.235e-07")
        #expect(ResultTable.formatNumber(1234.5678, .significant(4)) == "1235")
        #expect(ResultTable.formatNumber(0.012345, .significant(3)) == "0.0123")
        #expect(ResultTable.latexEscape("a_b & 50%") == "a\\_b \\& 50\\%")
    }
}
