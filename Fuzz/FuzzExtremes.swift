// Fuzz target "extremes" (issue 18.2): a panel CSV whose numbers are drawn from the extremes
// (1e20, ±1.7e308, 1e9, fractions, NaN-like text, huge exponents, negative zero) goes
// through everything that turns user numbers into integers or orderings in the fuzzed
// modules: the reader, PanelInputCheck (codes, the validator's ranges, duplicates), the
// validator, the panel structure for lag operators and a --where filter.
//
// Properties: no crash; when PanelInputCheck.check accepts the table, every year and
// egdi_rank converts with Int(exactly:) and lies within its PanelValidator rule; the
// validator reports an issue for every year outside [1900, 2100].

/// Cells the bytes choose from: a byte picks one (mod the count).
let extremeCells = [
    "2020", "2021", "1e20", "-1e20", "1.7e308", "-1.7e308", "1e308", "4.9e-324", "1000000000", "12.5", "0", "-0",
    "250", "251", "1", "1900", "2100", "2101", "9007199254740993", "1e999", "NaN", "Inf", "", "\"\"", "NA", "-1",
    "9.2233720368547758e18", "-9.2233720368547758e18", "0.5", "1e-300", "KAZ", "ROM", " KAZ ", "kaz", "XKZ",
]

func fuzzExtremes(_ bytes: [UInt8]) {
    guard bytes.count >= 4 else { return }
    let columns = ["iso3", "year", "egdi_rank", "egdi"]
    var text = columns.joined(separator: ",") + "\n"
    let rows = Swift.min(bytes.count / columns.count, 64)
    for r in 0..<rows {
        let cells = (0..<columns.count).map { c -> String in
            let b = Int(bytes[r * columns.count + c])
            // iso3 cells prefer codes; the others prefer numbers.
            return c == 0 ? ["KAZ", "EST", "ROM", " KAZ ", "kaz", "XKZ", "", "RUS"][b % 8] : extremeCells[b % extremeCells.count]
        }
        text += cells.joined(separator: ",") + "\n"
    }
    guard let table = try? CSVReader.read(bytes: Array(text.utf8), options: CSVReadOptions(textColumnsIfPresent: ["iso3"])) else { return }
    let issues = PanelValidator.validate(table)
    if case .numeric(let years)? = try? table.column(named: "year") {
        for i in 0..<years.count {
            guard let y = years[i], !(y >= 1900 && y <= 2100) else { continue }
            check(issues.contains { $0.row == i + 1 && $0.variable == "year" }, "validator misses year \(y) at row \(i + 1)")
        }
    }
    _ = PanelInputCheck.duplicates(table)
    if let (checked, _) = try? PanelInputCheck.check(table) {
        for name in PanelInputCheck.guardedColumns {
            guard case .numeric(let c)? = try? checked.column(named: name),
                  case .range(let lo, let hi, _)? = PanelValidator.rule(for: name) else { continue }
            for i in 0..<c.count {
                guard let v = c[i] else { continue }
                check(Int(exactly: v) != nil && v >= lo && v <= hi, "PanelInputCheck accepted \(name) = \(v)")
            }
        }
    }
    _ = try? PanelStructure.resolve(unit: "iso3", time: "year", data: table)
    if let f = try? RowFilter.parse("year >= 2000 && egdi_rank < 1e300 || is.na(egdi)"), let mask = try? f.evaluate(on: table) {
        check(mask.count == table.rowCount, "mask length")
    }
}
