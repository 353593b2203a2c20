import Foundation

/// Formats a number the way R's `as.character()` and `deparse()` do with the
/// default options (`digits = 15`, `scipen = 0`), so that names we build from
/// numbers (`I(x^2)`, the level `2018` of `factor(year)`, the level `1e+05`)
/// are the names R prints.
///
/// R's rule (`formatReal` in R's `src/main/format.c`): use the fewest
/// significant digits (at most 15) that represent the value to 15 significant
/// digits, then print in fixed notation unless scientific notation is strictly
/// narrower. Exponents have at least two digits (`1e+05`, `1e-04`).
func formatNumberLikeR(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
    if value == 0 { return "0" }
    let reference = String(format: "%.14e", value)
    var digits = 15
    for d in 1...15 {
        let candidate = String(format: "%.\(d - 1)e", value)
        if Double(candidate) == Double(reference) { digits = d; break }
    }
    let scientific = String(format: "%.\(digits - 1)e", value)
    // Split "m.mmmme±XX" into mantissa and exponent.
    guard let eIndex = scientific.firstIndex(of: "e"),
          let exponent = Int(scientific[scientific.index(after: eIndex)...])
    else { return scientific }
    let mantissa = String(scientific[..<eIndex])
    let exponentText = (exponent < 0 ? "-" : "+") + (abs(exponent) < 10 ? "0" : "") + String(abs(exponent))
    let sci = mantissa + "e" + exponentText
    let decimals = max(0, digits - 1 - exponent)
    let fixed = String(format: "%.\(decimals)f", value)
    return fixed.count <= sci.count ? fixed : sci
}

/// R's format when it reads back as the same Double, else the shortest text
/// that does (Swift's round-trip `description`, e.g. `2.0444444444444443e+31`).
func formatNumberRoundTrip(_ value: Double) -> String {
    let r = formatNumberLikeR(value)
    if !value.isFinite || Double(r) == value { return r }
    return "\(value)"
}
