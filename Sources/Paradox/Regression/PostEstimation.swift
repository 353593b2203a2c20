import Modeling
import Stats

/// One variable fixed at one value in a slope or a prediction.
public struct PointSetting: Sendable, Equatable, Hashable, Codable {
    /// A raw data column of the model.
    public let variable: String
    /// Its value.
    public let value: PointValue

    /// A variable at a value.
    public init(variable: String, value: PointValue) {
        self.variable = variable
        self.value = value
    }
}

/// Where the variables not set explicitly are held (Stata `margins, atmeans`).
public enum TypicalValues: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Sample means of the raw variables on the estimation rows, then transformed.
    case means
    /// Sample medians (R type 7) of the raw variables, then transformed.
    case medians
}

/// A conditional slope ∂E[y]/∂`term` at a point.
public struct ConditionalSlope: Sendable, Equatable, Hashable, Codable {
    /// The raw variable differentiated.
    public let term: String
    /// The moderator values (`--by`, `--at`) of this row.
    public let at: [PointSetting]
    /// Slope, SE, statistic, p-value, interval.
    public let inference: EstimateInference
}

/// A fitted mean at a point.
public struct Prediction: Sendable, Equatable, Hashable, Codable {
    /// The values set by the grid.
    public let at: [PointSetting]
    /// Fit, SE and interval (the statistic and p-value test fit = 0).
    public let inference: EstimateInference
}

/// What `--test`, `--lincom`, `--slopes` and `--predict` asked for.
public struct PostEstimationRequest: Sendable, Equatable {
    /// Wald hypotheses, each `;`-separated restrictions, each its own test.
    public var tests: [String]
    /// Linear combinations of coefficients.
    public var linearCombinations: [String]
    /// The raw variable whose conditional slope is wanted.
    public var slopeVariable: String?
    /// The moderator: slopes at each level (factor, 0/1) or at its quartiles (continuous).
    public var slopeBy: String?
    /// Values of other variables for the slopes (`gdppc_ppp=5000,20000`), crossed.
    public var slopeAt: [(String, [PointValue])]
    /// The prediction grid (`egdi=0.5,0.9; gdppc_ppp=20000`), crossed; nil for no predictions.
    public var predictionGrid: [(String, [PointValue])]?
    /// Where variables not set are held.
    public var typicalValues: TypicalValues

    /// A request; nothing is computed for the parts left empty.
    public init(
        tests: [String] = [], linearCombinations: [String] = [], slopeVariable: String? = nil, slopeBy: String? = nil,
        slopeAt: [(String, [PointValue])] = [], predictionGrid: [(String, [PointValue])]? = nil, typicalValues: TypicalValues = .means
    ) {
        self.tests = tests
        self.linearCombinations = linearCombinations
        self.slopeVariable = slopeVariable
        self.slopeBy = slopeBy
        self.slopeAt = slopeAt
        self.predictionGrid = predictionGrid
        self.typicalValues = typicalValues
    }

    /// Whether anything is asked for.
    public var isEmpty: Bool { tests.isEmpty && linearCombinations.isEmpty && slopeVariable == nil && predictionGrid == nil }

    public static func == (a: Self, b: Self) -> Bool {
        a.tests == b.tests && a.linearCombinations == b.linearCombinations && a.slopeVariable == b.slopeVariable
            && a.slopeBy == b.slopeBy && a.typicalValues == b.typicalValues
            && a.slopeAt.map(\.0) == b.slopeAt.map(\.0) && a.slopeAt.map(\.1) == b.slopeAt.map(\.1)
            && a.predictionGrid?.map(\.0) == b.predictionGrid?.map(\.0) && a.predictionGrid?.map(\.1) == b.predictionGrid?.map(\.1)
    }

    /// Reads `name=v1,v2; name2=v3` (numbers, or level names, optionally quoted).
    /// - Parameters:
    ///   - text: the grid.
    ///   - option: the option name for messages (`--predict`, `--at`).
    /// - Throws: ``PostEstimationError/invalidGrid(option:text:reason:)``.
    public static func parseGrid(_ text: String, option: String) throws(PostEstimationError) -> [(String, [PointValue])] {
        var out: [(String, [PointValue])] = []
        for part in text.split(separator: ";") {
            let p = part.trimmingCharacters(in: .whitespaces)
            if p.isEmpty { continue }
            let kv = p.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, !kv[0].isEmpty, !kv[1].isEmpty else {
                throw .invalidGrid(option: option, text: text, reason: "'\(p)' is not of the form name=value[,value...]")
            }
            guard !out.contains(where: { $0.0 == kv[0] }) else {
                throw .invalidGrid(option: option, text: text, reason: "'\(kv[0])' is given twice")
            }
            var values: [PointValue] = []
            for raw in kv[1].split(separator: ",") {
                var s = raw.trimmingCharacters(in: .whitespaces)
                if s.count >= 2, let f = s.first, f == "'" || f == "\"", s.last == f {
                    values.append(.level(String(s.dropFirst().dropLast())))
                    continue
                }
                s = s.replacingOccurrences(of: "_", with: "")
                if let x = Double(s) {
                    guard x.isFinite else { throw .invalidGrid(option: option, text: text, reason: "'\(raw)' is not a finite number") }
                    values.append(.number(x))
                } else if !s.isEmpty {
                    values.append(.level(raw.trimmingCharacters(in: .whitespaces)))
                } else {
                    throw .invalidGrid(option: option, text: text, reason: "an empty value for '\(kv[0])'")
                }
            }
            guard !values.isEmpty else { throw .invalidGrid(option: option, text: text, reason: "no values for '\(kv[0])'") }
            out.append((kv[0], values))
        }
        guard !out.isEmpty else { throw .invalidGrid(option: option, text: text, reason: "no variable given") }
        return out
    }
}

/// The results of a ``PostEstimationRequest``.
public struct PostEstimationResults: Sendable, Equatable {
    /// One Wald test per `--test`.
    public var tests: [WaldTest] = []
    /// One per `--lincom`.
    public var linearCombinations: [LinearCombination] = []
    /// Conditional slopes, one per point.
    public var slopes: [ConditionalSlope] = []
    /// Predictions, one per grid point.
    public var predictions: [Prediction] = []
    /// Conventions: reference distribution, where other variables are held, fixed effects.
    public var notes: [String] = []

    /// No results.
    public init() {}
}

/// Why a post-estimation request failed.
public enum PostEstimationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--test` or `--lincom` text (unknown term, malformed, rank deficient).
    case inference(option: String, InferenceError)
    /// A point at which the model cannot be evaluated (variable not in the model, unknown level).
    case design(option: String, DesignPointError)
    /// `--predict` / `--at` text that cannot be read.
    case invalidGrid(option: String, text: String, reason: String)
    /// The report carries no design layout (built by hand, not by `RegressionAnalysis.run`).
    case noDesign
    /// `--slopes`/`--predict` on an ordered model (not implemented).
    case orderedModel
    /// `--at-medians` with the averaged slopes of a GLM.
    case averagedSlopesAtMedians

    public var description: String {
        switch self {
        case let .inference(option, e): return "\(option): \(e.description)"
        case let .design(option, e): return "\(option): \(e.description)"
        case let .invalidGrid(option, text, reason): return "\(option) '\(text)': \(reason); write e.g. \"egdi=0.5,0.9; gdppc_ppp=20000\""
        case .noDesign: return "--slopes and --predict need the design of the fit: run the model with RegressionAnalysis.run (egov regress), which keeps it"
        case .orderedModel: return "--slopes and --predict are not available for ordered models (--family ordered-logit|ordered-probit): the slopes of each outcome level's probability are not implemented yet; --margins gives average marginal effects on each level's probability per design column (--test and --lincom work with every model)"
        case .averagedSlopesAtMedians: return "--at-medians: the slopes of a GLM are averaged over the observations at their own values (Stata margins, dydx(); R avg_slopes), so there is nothing to hold at medians; drop --at-medians (it applies to --predict), or run --predict separately with it"
        }
    }

    /// All of these are errors in what the user typed (exit status 64), except `.noDesign` and `.orderedModel`.
    public var isUsageError: Bool {
        switch self {
        case .noDesign, .orderedModel: return false
        default: return true
        }
    }
}

import Foundation
