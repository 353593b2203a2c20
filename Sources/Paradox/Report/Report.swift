// The report as plain data: sections of paragraphs, lists, tables and figures.
// Renderers (Markdown, HTML) and the file writer read it; nothing here does I/O.

import Plot

/// A table of the report and the files it is written to (`<stem>.csv`, `.md`, `.tex`).
public struct ReportTable: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case result(ResultTable)
        case regression(RegressionTable)
    }
    /// Path without extension, relative to the output folder, e.g. "tables/residual_wgi_cc".
    public var stem: String
    /// The caption: what, data, editions, alignment, estimator, standard errors, N.
    public var caption: String
    public var content: Content
    /// What the document shows when it differs from the files (e.g. the post-Soviet rows).
    public var shown: ResultTable?
    /// Says what `shown` leaves out.
    public var shownNote: String?

    public init(stem: String, caption: String, content: Content, shown: ResultTable? = nil, shownNote: String? = nil) {
        self.stem = stem; self.caption = caption; self.content = content; self.shown = shown; self.shownNote = shownNote
    }

    /// The three files of the table: CSV (full precision), Markdown and LaTeX (rounded).
    public var files: [(path: String, contents: String)] {
        func render(_ f: OutputFormat) -> String {
            switch content {
            case .result(let t): return t.rendered(as: f)
            case .regression(let t): return t.rendered(as: f)
            }
        }
        return [(stem + ".csv", render(.csv)), (stem + ".md", render(.markdown)), (stem + ".tex", render(.latex))]
    }

    public static func == (a: ReportTable, b: ReportTable) -> Bool {
        a.stem == b.stem && a.caption == b.caption && a.content == b.content && a.shown == b.shown && a.shownNote == b.shownNote
    }
}

/// A figure of the report: written as `<stem>.pdf`, `.svg` and `.png`; `chart` nil is a
/// slot whose recipe is not available (the document says so).
public struct ReportFigure: Sendable, Equatable {
    public var stem: String
    public var title: String
    public var caption: String
    public var chart: Chart?
    /// Printed width in millimetres (85 single column, 175 double), for the HTML layout.
    public var widthMillimetres: Double
    /// What the recipe warns about (the CLI prints them).
    public var warnings: [String]
    /// A map drawn instead of `chart` (the rank-gap maps); its height is set when rendered.
    public var map: ChoroplethMap? = nil

    public init(stem: String, title: String, caption: String, chart: Chart?, widthMillimetres: Double, warnings: [String] = []) {
        self.stem = stem; self.title = title; self.caption = caption; self.chart = chart
        self.widthMillimetres = widthMillimetres; self.warnings = warnings
    }

    /// The extensions each figure is written in.
    public static let formats = ["pdf", "svg", "png"]

    /// Whether the figure has a chart or a map to draw (else it is shown as a slot).
    public var isDrawn: Bool { chart != nil || map != nil }
}

/// One block of a section.
public enum ReportBlock: Sendable, Equatable {
    /// Text with backtick code spans and `**bold**` inline markup only.
    case paragraph(String)
    case bullets([String])
    /// A term and its explanation, listed.
    case definitions([(term: String, text: String)])
    case table(ReportTable)
    case figure(ReportFigure)

    public static func == (a: ReportBlock, b: ReportBlock) -> Bool {
        switch (a, b) {
        case let (.paragraph(x), .paragraph(y)): return x == y
        case let (.bullets(x), .bullets(y)): return x == y
        case let (.definitions(x), .definitions(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.term == $1.term && $0.text == $1.text }
        case let (.table(x), .table(y)): return x == y
        case let (.figure(x), .figure(y)): return x == y
        default: return false
        }
    }
}

public struct ReportSection: Sendable, Equatable {
    public var title: String
    /// HTML id and Markdown anchor.
    public var anchor: String
    public var blocks: [ReportBlock]
    public init(title: String, anchor: String, blocks: [ReportBlock]) { self.title = title; self.anchor = anchor; self.blocks = blocks }
}

/// The paradox report.
public struct Report: Sendable, Equatable {
    public var title: String
    /// Paragraphs before the contents.
    public var summary: [String]
    public var sections: [ReportSection]
    /// Steps left out because the panel lacks what they need (also listed in the document
    /// under "Not computed"); empty for the embedded panel.
    public var skipped: [String]

    public init(title: String, summary: [String], sections: [ReportSection], skipped: [String] = []) {
        self.title = title; self.summary = summary; self.sections = sections; self.skipped = skipped
    }

    /// Every table, in document order.
    public var tables: [ReportTable] {
        sections.flatMap { $0.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } } }
    }

    /// Every figure, in document order.
    public var figures: [ReportFigure] {
        sections.flatMap { $0.blocks.compactMap { if case .figure(let f) = $0 { return f } else { return nil } } }
    }

    /// Names of the documents.
    public static let markdownFile = "report.md"
    public static let htmlFile = "report.html"
}
