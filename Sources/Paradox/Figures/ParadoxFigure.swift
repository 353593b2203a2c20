// The paradox figures: one kind per recipe, uniform options and result.

import PanelData
import Plot

/// The figures of the e-government paradox (issue 6, item 3). Each kind is a pure
/// recipe `panel + options -> Chart + caption + warnings` in its own file
/// (`ParadoxScatterFigure.swift`, ...); `make(panel:options:)` dispatches.
public enum ParadoxFigureKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// (a) EGDI vs a governance outcome, the 15 post-Soviet states highlighted, OLS fit + 95% band.
    case paradoxScatter = "paradox-scatter"
    /// (b) EGDI world rank vs governance rank, parity diagonal, regions labelled.
    case rankRank = "rank-rank"
    /// (c) One country's EGDI rank and WGI percentiles across the editions.
    case trajectory
    /// (d) EGDI and governance percentiles over time for each of the 15 states.
    case smallMultiples = "small-multiples"
    /// (e) EGDI and governance percentiles at two editions, post-Soviet states.
    case slopegraph
    /// (f) E-Participation Index vs Voice and Accountability percentile.
    case participation
    /// (g) EGDI slope on five outcomes: cross-section (HC1) vs two-way FE (CR1 by country).
    case coefficients
    /// (h) Correlations of the EGDI components with the outcomes, world vs post-Soviet.
    case correlationHeatmap = "correlation-heatmap"
    /// (i) Rank gap per post-Soviet state with the interval implied by WGI's 90% band.
    case paradoxIndex = "paradox-index"

    /// The figure's size when the caller gives none: `width` (default one column,
    /// 85 mm) and a height chosen for the kind.
    public func defaultSize(width: Length? = nil) -> FigureSize {
        let w = width ?? ([.smallMultiples, .slopegraph].contains(self) ? ColumnWidth.double.length : ColumnWidth.single.length)
        let wide = w.millimetres >= 130
        let ratio: Double
        switch self {
        case .paradoxScatter, .rankRank, .participation: ratio = wide ? 0.6 : 0.95
        case .trajectory: ratio = wide ? 0.45 : 1.0
        case .smallMultiples: ratio = wide ? 0.62 : 1.45
        case .slopegraph: ratio = wide ? 0.62 : 1.35
        case .coefficients: ratio = wide ? 0.35 : 0.95
        case .correlationHeatmap: ratio = wide ? 0.4 : 0.95
        case .paradoxIndex: ratio = wide ? 0.45 : 0.85
        }
        return FigureSize(width: w, height: w * ratio)
    }

    /// Builds the figure of this kind.
    public func make(panel: ParadoxPanel, options: ParadoxFigureOptions = ParadoxFigureOptions()) throws(FigureError) -> ParadoxFigure {
        switch self {
        case .paradoxScatter: return try ParadoxScatterFigure.make(panel: panel, options: options)
        case .rankRank: return try RankRankFigure.make(panel: panel, options: options)
        case .trajectory: return try TrajectoryFigure.make(panel: panel, options: options)
        case .smallMultiples: return try SmallMultiplesFigure.make(panel: panel, options: options)
        case .slopegraph: return try SlopegraphFigure.make(panel: panel, options: options)
        case .participation: return try ParticipationFigure.make(panel: panel, options: options)
        case .coefficients: return try CoefficientFigure.make(panel: panel, options: options)
        case .correlationHeatmap: return try CorrelationHeatmapFigure.make(panel: panel, options: options)
        case .paradoxIndex: return try ParadoxIndexFigure.make(panel: panel, options: options)
        }
    }
}

/// What every paradox figure can be asked for. Fields a kind does not use are ignored.
public struct ParadoxFigureOptions: Sendable, Hashable, Codable {
    /// UN survey edition; nil: the latest in the panel.
    public var edition: Int?
    /// Governance outcome (WGI dimension or CPI); kinds that need WGI percentiles reject CPI.
    public var outcome: GovernanceOutcome
    /// Pairing of edition Y with governance data (default: year Y−1).
    public var alignment: YearAlignment
    /// The country of the trajectory figure (ISO3).
    public var country: String
    /// The first edition of the slopegraph (nil: 2008, the first edition after the
    /// survey's 2008 methodology revision that every post-Soviet state is in).
    public var baseEdition: Int?
    /// Physical size; nil: `ParadoxFigureKind.defaultSize()`.
    public var size: FigureSize?
    /// Confidence level of fit bands and coefficient intervals.
    public var level: Double

    /// Options; every one defaults to what `egov plot` uses.
    public init(edition: Int? = nil, outcome: GovernanceOutcome = .wgiCC, alignment: YearAlignment = .dataYear,
                country: String = "KAZ", baseEdition: Int? = nil, size: FigureSize? = nil, level: Double = 0.95) {
        self.edition = edition; self.outcome = outcome; self.alignment = alignment; self.country = country
        self.baseEdition = baseEdition; self.size = size; self.level = level
    }
}

/// A built figure spec: the chart (render it with any `Renderer`), the caption a
/// journal prints under it (data, edition, alignment, estimator, SE type, N), and
/// warnings the user must see. The caption is not drawn into the chart: journals
/// typeset captions themselves and reject art with captions baked in.
public struct ParadoxFigure: Sendable, Hashable, Codable {
    /// Which figure.
    public var kind: ParadoxFigureKind
    /// The chart specification: build it with a text measurer (`chart.build(measurer:)`) and render
    /// the scene, e.g. with `CairoRenderer`.
    public var chart: Chart
    /// The caption a journal prints under the figure: data, edition, year pairing, estimator, SE type, N.
    public var caption: String
    /// What the reader must know (countries not drawn, labels that could not be placed, ...).
    public var warnings: [String]

    /// A figure from its parts (the recipes build these).
    public init(kind: ParadoxFigureKind, chart: Chart, caption: String, warnings: [String]) {
        self.kind = kind; self.chart = chart; self.caption = caption; self.warnings = warnings
    }
}

/// Why a figure could not be built: what, where, how to fix.
public enum FigureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A paradox metric or alignment failed (unknown edition, unavailable outcome, ...).
    case paradox(ParadoxError)
    /// The country is not in the panel.
    case unknownCountry(String, suggestions: [String])
    /// The kind does not support the outcome.
    case unsupportedOutcome(figure: ParadoxFigureKind, outcome: GovernanceOutcome, allowed: [GovernanceOutcome])
    /// An option value is out of range.
    case invalidOption(name: String, value: String, fix: String)
    /// Too little data to draw the figure.
    case insufficientData(String)

    public var description: String {
        switch self {
        case .paradox(let e): return e.description
        case let .unknownCountry(c, s):
            return "country '\(c)' is not in the panel" + (s.isEmpty ? "." : "; did you mean \(s.joined(separator: ", "))?")
                + " Give an ISO3 code such as KAZ."
        case let .unsupportedOutcome(f, o, allowed):
            return "the \(f.rawValue) figure cannot use outcome '\(o.rawValue)'; use one of \(allowed.map(\.rawValue).joined(separator: ", "))."
        case let .invalidOption(n, v, fix): return "\(n) \(v): \(fix)"
        case .insufficientData(let s): return s
        }
    }
}

/// Runs a paradox computation, wrapping its error.
func lift<T>(_ body: () throws(ParadoxError) -> T) throws(FigureError) -> T {
    do { return try body() } catch { throw .paradox(error) }
}

extension ParadoxFigureOptions {
    /// The edition to draw (checked), the latest when none was given.
    func resolvedEdition(_ panel: ParadoxPanel) throws(FigureError) -> Int {
        guard let e = edition ?? panel.latestEdition else { throw .insufficientData("the panel has no EGDI values, so no survey edition to draw") }
        try lift { () throws(ParadoxError) in try panel.checkEdition(e) }
        return e
    }

    func resolvedSize(_ kind: ParadoxFigureKind) -> FigureSize { size ?? kind.defaultSize() }

    func checkLevel() throws(FigureError) {
        guard level > 0, level < 1, level.isFinite else {
            throw .invalidOption(name: "level", value: "\(level)", fix: "give a confidence level between 0 and 1, e.g. 0.95")
        }
    }
}
