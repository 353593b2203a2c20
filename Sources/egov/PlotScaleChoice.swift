// Scale choices the plot commands share.

import EGovParadox

/// A linear scale with whole-number ticks when every value is a whole number
/// (years, counts, ranks), nil (the default scale) otherwise.
func wholeNumberScale(_ values: [Double]) -> PositionScale? {
    guard !values.isEmpty, values.allSatisfy({ $0.isFinite && $0.rounded() == $0 }) else { return nil }
    var c = ContinuousScale()
    c.integerTicks = true
    return .continuous(c)
}
