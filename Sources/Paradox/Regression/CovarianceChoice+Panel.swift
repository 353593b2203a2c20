import Foundation
import Modeling
import PanelData
import Stats

extension CovarianceChoice {
    /// Parses the panel and small-sample covariances of `--vcov`:
    /// `driscoll-kraay(L)`, `newey-west(L)` (L an integer ≥ 0), `pcse`,
    /// `pcse(casewise|pairwise|balanced)` and `cr2(c)`; `nil` for any other text.
    static func parsePanel(text: String) throws(RegressionAnalysisError) -> CovarianceChoice? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        func argument(_ keyword: String, example: String) throws(RegressionAnalysisError) -> String? {
            guard lower.hasPrefix(keyword) else { return nil }
            let rest = trimmed.dropFirst(keyword.count).trimmingCharacters(in: .whitespaces)
            if rest.isEmpty { return "" }
            guard rest.hasPrefix("("), rest.hasSuffix(")"), rest.count >= 2 else {
                throw .invalidCovariance(text: text, reason: "write the argument in parentheses, as in \(example)")
            }
            return rest.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        }
        func lag(_ s: String, _ name: String) throws(RegressionAnalysisError) -> Int {
            guard let l = Int(s), l >= 0 else {
                throw .invalidCovariance(text: text, reason: "the lag of \(name)(L) must be a whole number ≥ 0 (the maximum lag of the Bartlett kernel), as in \(name)(2); got '\(s)'")
            }
            return l
        }
        for name in ["driscoll-kraay", "newey-west"] {
            if let arg = try argument(name, example: "\(name)(2)") {
                if arg.isEmpty {
                    throw .invalidCovariance(text: text, reason: "give the maximum lag L, as in \(name)(2) (no default is chosen for you: plm's floor(T^(1/4)) depends on the sample)")
                }
                let l = try lag(arg, name)
                return name == "driscoll-kraay" ? .driscollKraay(lag: l) : .neweyWest(lag: l)
            }
        }
        if let arg = try argument("pcse", example: "pcse(pairwise)") {
            if arg.isEmpty { return .pcse(.casewise) }
            guard let rule = PCSERule(rawValue: arg.lowercased()) else {
                throw .invalidCovariance(text: text, reason: "the unbalanced-panel rule of pcse must be casewise (R pcse's and Stata's default), pairwise or balanced; got '\(arg)'")
            }
            return .pcse(rule)
        }
        if let arg = try argument("cr2", example: "cr2(iso3)") {
            if arg.isEmpty || arg.contains(",") {
                throw .invalidCovariance(text: text, reason: "cr2 needs exactly one cluster variable, as in cr2(iso3)")
            }
            return .cr2(arg)
        }
        return nil
    }

    /// Whether the covariance needs the unit and time columns of the panel.
    public var needsPanelIndex: Bool {
        switch self {
        case .driscollKraay, .pcse, .neweyWest: return true
        default: return false
        }
    }
}

/// The unit and time columns that the panel covariances read
/// (`driscoll-kraay`, `pcse`, `newey-west`).
///
/// On this branch they are the columns `iso3` and `year` by default, checked by
/// ``PanelIndexColumns/resolve(in:)``; the `--panel unit,time` option of the
/// panel estimators sets them instead (one place to rewire).
public struct PanelIndexColumns: Sendable, Equatable, Hashable {
    /// The unit (cross-section) column, `iso3` by default.
    public var unit: String
    /// The time column (numeric, whole numbers), `year` by default.
    public var time: String

    /// Columns by name (defaults `iso3`, `year`).
    public init(unit: String = "iso3", time: String = "year") {
        self.unit = unit
        self.time = time
    }

    /// Checks that both columns exist in `data` and returns them; an error names
    /// the missing column and how to fix it.
    public func resolve(in data: some ColumnSource) throws(RegressionAnalysisError) -> PanelIndexColumns {
        for (role, name) in [("unit", unit), ("time", time)] {
            if data.numericValues(name) == nil && data.textValues(name) == nil {
                throw .panelIndex("the panel covariances need a \(role) column, '\(name)' by default, and the data has no column '\(name)': use data with iso3 and year columns")
            }
        }
        if data.numericValues(time) == nil {
            throw .panelIndex("the time column '\(time)' must be numeric (whole numbers such as years)")
        }
        return self
    }

    /// Unit and time codes on `rows` (rows with a missing value were already
    /// removed by listwise deletion). Time values must be whole numbers.
    func codes(data: some ColumnSource, rows: [Int]) throws(RegressionAnalysisError) -> (unit: [Int], time: [Int]) {
        let unitCodes = RegressionAnalysis.clusterVariable(unit, data: data, rows: rows).codes
        guard let values = data.numericValues(time) else {
            throw .panelIndex("the time column '\(time)' must be numeric (whole numbers such as years)")
        }
        var timeCodes: [Int] = []
        timeCodes.reserveCapacity(rows.count)
        for r in rows {
            guard let v = values[r], v.isFinite, v == v.rounded(), Swift.abs(v) < 1e15 else {
                throw .panelIndex("the time column '\(time)' has the value \(values[r].map { "\($0)" } ?? "NA") in row \(r + 1): time values must be whole numbers")
            }
            timeCodes.append(Int(v))  // checked: whole with |v| < 1e15 (guard above)
        }
        return (unitCodes, timeCodes)
    }
}
