import Testing
@testable import Modeling

/// The summaries by selection against the sort-based computation they replace, bit for bit.
@Suite struct DesignLayoutNumericSummaryTests {
    /// What `DesignLayout` computed before: a stable sort of a copy.
    func bySorting(_ values: [Double]) -> VariableSummary {
        let sorted = values.sorted()
        let mean = values.reduce(0, +) / Double(max(values.count, 1))
        var distinct: [Double] = []
        for v in sorted where distinct.last != v {
            distinct.append(v)
            if distinct.count > 12 { break }
        }
        return .numeric(
            mean: mean, median: DesignLayout.quantile(sorted, 0.5), minimum: sorted.first ?? .nan, maximum: sorted.last ?? .nan,
            quartiles: [0.25, 0.5, 0.75].map { DesignLayout.quantile(sorted, $0) }, distinct: distinct.count <= 12 ? distinct : nil)
    }

    func bits(_ s: VariableSummary) -> [UInt64] {
        guard case let .numeric(mean, median, minimum, maximum, quartiles, distinct) = s else { return [] }
        return ([mean, median, minimum, maximum] + quartiles + (distinct ?? [-1])).map(\.bitPattern) + [UInt64(distinct?.count ?? 99)]
    }

    @Test func sameBitsAsSorting() {
        var state: UInt64 = 2026
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        for trial in 0..<400 {
            let n = 1 + Int(next() % 300)
            let kind = trial % 4
            let values: [Double] = (0..<n).map { _ in
                switch kind {
                case 0: return Double(Int(next() % 2_000_001) - 1_000_000) / 1000   // continuous
                case 1: return Double(next() % 5)                                   // few distinct values
                case 2: return [0.0, -0.0, 1, -1][Int(next() % 4)]                  // signed zeros at the quantile ranks
                default: return next() % 3 == 0 ? -0.0 : Double(next() % 7) - 3     // zeros among others
                }
            }
            #expect(bits(DesignLayout.numericSummary(values)) == bits(bySorting(values)), "trial \(trial), n = \(n)")
        }
    }

    @Test func selectionGivesSortedRanks() {
        var state: UInt64 = 5
        var values: [Double] = []
        for _ in 0..<5000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            values.append(Double(state >> 40) - 8e6)
        }
        let sorted = values.sorted()
        var selection = RankSelection(values)
        for rank in [0, 1, 2499, 2500, 4998, 4999, -3, 7000] {
            #expect(selection.value(at: rank) == sorted[min(max(rank, 0), 4999)])
        }
        var empty = RankSelection([])
        #expect(empty.value(at: 0).isNaN)
    }
}
