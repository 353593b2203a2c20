// Years of the raw source files become integers: a year of 1e20 in a hand-edited raw
// file must be an error with its line, not a trap (issue 18.2).

extension RawCSV {
    /// True for a whole number from 1000 to 3000, the only values read as a year (or edition).
    static func isYear(_ y: Double) -> Bool { y == y.rounded() && y >= 1000 && y <= 3000 }
}
