/// The instrumental-variables part of a formula in fixest syntax: in
/// `y ~ w1 + w2 | endo ~ z1 + z2` the endogenous regressors (`endo`) and the
/// excluded instruments (`z1`, `z2`). The exogenous regressors `w` (and the
/// intercept) are the formula's own terms; they instrument themselves.
///
/// The model is estimated by two-stage least squares with regressors
/// `[w, endo]` and instruments `[w, z]` (AER's `ivreg(y ~ w + endo | w + z)`).
public struct InstrumentalPart: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The endogenous regressors, in written order (left of the second `~`).
    public let endogenous: [Term]
    /// The excluded instruments, in written order (right of the second `~`).
    public let instruments: [Term]

    /// An instrumental-variables part from its two sides.
    public init(endogenous: [Term], instruments: [Term]) {
        self.endogenous = endogenous
        self.instruments = instruments
    }

    /// `endo ~ z1 + z2`.
    public var description: String {
        endogenous.map(\.description).joined(separator: " + ") + " ~ " + instruments.map(\.description).joined(separator: " + ")
    }
}
