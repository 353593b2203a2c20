import Stats

extension Expression {
    /// Largest `|k|` for which `x^k` with an integer constant `k` is formed by
    /// repeated double-double multiplication (a formula never needs more).
    static let exactPowerLimit = 64.0

    /// The value on one row in double-double arithmetic (≈ 32 significant
    /// digits), or `nil` when a column is missing.
    ///
    /// Why: a computed regressor rounded to `Double` (say `x^10`) perturbs the
    /// design by one rounding per entry, which for ill-conditioned polynomial
    /// designs (NIST Filip) alone limits any solver to about 8 correct digits.
    /// `+ − × ÷`, `sqrt`, `abs`, `I()` and integer powers `x^k` (`|k| ≤ 64`, by
    /// binary exponentiation) are evaluated in double-double; other functions
    /// (`log`, `exp`, …) and non-integer powers are evaluated in `Double` on the
    /// rounded argument, so their low part is zero and the arithmetic around
    /// them stays compensated. Domain errors are left to `evaluate(_:)`, which
    /// runs first and reports them.
    func evaluateDoubleDouble(_ lookup: (String) -> Double?) -> DoubleDouble? {
        switch self {
        case .comparison:
            return nil  // 0 or 1, exact in Double: no low part (the caller keeps it at 0)
        case .column(let name):
            guard let v = lookup(name), !v.isNaN else { return nil }
            return DoubleDouble(v)
        case .number(let x):
            return DoubleDouble(x)
        case .panel:
            guard let v = lookup(rDescription), !v.isNaN else { return nil }
            return DoubleDouble(v)
        case .negate(let e):
            return e.evaluateDoubleDouble(lookup).map { -$0 }
        case .binary(let op, let a, let b):
            if op == .power, case .number(let k) = b, k == k.rounded(), Swift.abs(k) <= Self.exactPowerLimit {
                guard let base = a.evaluateDoubleDouble(lookup) else { return nil }
                return Self.integerPower(base, Int(k))  // checked: whole |k| <= exactPowerLimit (guard above)
            }
            guard let x = a.evaluateDoubleDouble(lookup), let y = b.evaluateDoubleDouble(lookup) else { return nil }
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            case .divide: return x / y
            case .power: return DoubleDouble(op.apply(x.doubleValue, y.doubleValue))
            }
        case .call(let f, let e):
            guard let x = e.evaluateDoubleDouble(lookup) else { return nil }
            switch f {
            case .identity: return x
            case .abs: return x.magnitude
            case .sqrt: return x.hi >= 0 ? DoubleDouble.sqrt(x) : DoubleDouble(Double.nan)
            default: return DoubleDouble(f.apply(x.doubleValue) ?? .nan)
            }
        }
    }

    /// `base^k` by binary exponentiation in double-double (`k` may be negative).
    static func integerPower(_ base: DoubleDouble, _ k: Int) -> DoubleDouble {
        var result = DoubleDouble.one
        var square = base
        var e = k.magnitude
        while e > 0 {
            if e & 1 == 1 { result = result * square }
            e >>= 1
            if e > 0 { square = square * square }
        }
        return k < 0 ? DoubleDouble.one / result : result
    }
}
