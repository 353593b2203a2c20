import PanelData

/// The panel structure of a table: which column identifies the unit (a
/// country) and which the time (a year), resolved on every row.
///
/// A plain value that any panel computation can consume: lag/lead/difference
/// operators (``PanelOperatorColumns``), the panel estimators (random effects,
/// first differences, between), and covariance estimators that need unit and
/// time (Driscoll–Kraay, PCSE, Newey–West). Take the codes of the rows a model
/// uses with ``codes(rows:)``.
///
/// Validation (``resolve(unit:time:data:)``): the unit column may be text or
/// numeric, the time column must be numeric with whole-number values; a row
/// whose unit or time is missing belongs to no unit (its panel operators are
/// missing, and the panel estimators cannot use it); two rows with the same
/// unit and time are an error that names them, since a lag would then be
/// ambiguous (Stata's `xtset` refuses them too: "repeated time values within
/// panel").
public struct PanelStructure: Sendable, Equatable, Codable {
    /// The unit column (e.g. `iso3`).
    public let unit: String
    /// The time column (e.g. `year`).
    public let time: String
    /// Distinct unit values, sorted (text by code point, numbers numerically).
    public let unitLevels: [String]
    /// For each data row, the index of its unit in `unitLevels`; `nil` when the unit is missing.
    public let unitCodes: [Int?]
    /// For each data row, its time as a whole number; `nil` when missing.
    public let timeValues: [Int?]

    /// The default unit and time columns: `iso3` and `year` when the data has both.
    public static let defaultColumns = (unit: "iso3", time: "year")

    /// `(iso3, year)` when `data` has both columns, else `nil`.
    public static func defaultStructure(in data: some ColumnSource) -> (unit: String, time: String)? {
        let names = Set(data.columnNames)
        return names.contains(defaultColumns.unit) && names.contains(defaultColumns.time) ? defaultColumns : nil
    }

    /// Resolves `unit` and `time` on `data` and checks that no unit has two rows at one time.
    /// - Throws: ``PanelError`` naming the problem (unknown column, non-numeric or
    ///   non-integer time, duplicate unit–time pairs with a few of them listed).
    public static func resolve(unit: String, time: String, data: some ColumnSource) throws(PanelError) -> PanelStructure {
        guard unit != time else { throw .sameColumn(unit) }
        let n = data.rowCount
        let keys: [String?]
        let levels: [String]
        if let t = data.textValues(unit) {
            keys = t
            levels = Array(Set(t.compactMap { $0 })).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        } else if let v = data.numericValues(unit) {
            let numbers = v.map { x -> Double? in x.flatMap { $0.isNaN ? nil : $0 + 0 } }
            let distinct = Array(Set(numbers.compactMap { $0 })).sorted()
            levels = distinct.map(formatNumberLikeR)
            keys = numbers.map { $0.map(formatNumberLikeR) }
        } else {
            throw .unknownColumn(name: unit, role: "unit", suggestions: nearestNames(to: unit, in: data.columnNames))
        }
        guard let tv = data.numericValues(time) else {
            if data.textValues(time) != nil { throw .textTime(column: time) }
            throw .unknownColumn(name: time, role: "time", suggestions: nearestNames(to: time, in: data.columnNames))
        }
        let index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
        var codes = [Int?](repeating: nil, count: n)
        var times = [Int?](repeating: nil, count: n)
        for r in 0..<n {
            codes[r] = keys[r].flatMap { index[$0] }
            guard let t = tv[r], !t.isNaN else { continue }
            guard t.isFinite, t == t.rounded(), Swift.abs(t) <= 1e15 else { throw .nonIntegerTime(column: time, row: r, value: t) }
            times[r] = Int(t)  // checked: whole with |t| <= 1e15 (guard above)
        }
        // Duplicates.
        var seen: [PairKey: Int] = [:]
        var duplicates: [PanelDuplicate] = []
        var duplicateCount = 0
        for r in 0..<n {
            guard let u = codes[r], let t = times[r] else { continue }
            let key = PairKey(unit: u, time: t)
            if let first = seen[key] {
                duplicateCount += 1
                if duplicates.count < 5 {
                    duplicates.append(PanelDuplicate(unit: levels[u], time: t, firstRow: first, row: r))
                }
            } else {
                seen[key] = r
            }
        }
        if duplicateCount > 0 { throw .duplicateUnitTime(unit: unit, time: time, examples: duplicates, count: duplicateCount) }
        return PanelStructure(unit: unit, time: time, unitLevels: levels, unitCodes: codes, timeValues: times)
    }

    /// The unit codes and times of `rows` (0-based data rows, e.g. a design's
    /// `usedRows`); `nil` when one of them has no unit or time.
    public func codes(rows: [Int]) -> (units: [Int], times: [Int])? {
        var u: [Int] = []
        var t: [Int] = []
        u.reserveCapacity(rows.count)
        t.reserveCapacity(rows.count)
        for r in rows {
            guard r >= 0, r < unitCodes.count, let c = unitCodes[r], let tt = timeValues[r] else { return nil }
            u.append(c)
            t.append(tt)
        }
        return (u, t)
    }

    /// The data row of `unit` (a code) at `time`, if there is one.
    public func row(unit: Int, time: Int) -> Int? { rowIndex[PairKey(unit: unit, time: time)] }

    private var rowIndex: [PairKey: Int] {
        var d: [PairKey: Int] = [:]
        for r in unitCodes.indices { if let u = unitCodes[r], let t = timeValues[r] { d[PairKey(unit: u, time: t)] = r } }
        return d
    }

    /// Every (unit, time) → row, built once for repeated look-ups.
    public func rowLookup() -> [PairKey: Int] { rowIndex }

    /// A unit code and a time.
    public struct PairKey: Hashable, Sendable {
        public let unit: Int
        public let time: Int
        public init(unit: Int, time: Int) {
            self.unit = unit
            self.time = time
        }
    }
}

/// Two rows with the same unit and time.
public struct PanelDuplicate: Sendable, Equatable, Codable {
    public let unit: String
    public let time: Int
    /// 0-based data rows.
    public let firstRow: Int
    public let row: Int
}
