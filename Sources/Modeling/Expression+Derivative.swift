import Foundation

extension Expression {
    /// The value and the exact derivative with respect to one column, by
    /// forward-mode automatic differentiation (dual numbers `v + d·ε`, ε² = 0;
    /// Griewank & Walther, *Evaluating Derivatives*, 2nd ed., 2008, ch. 3).
    ///
    /// The value is computed exactly as `evaluate(_:)` computes it (so a design
    /// row built here equals the model matrix row). Rules: `(a·b)' = a'b + ab'`,
    /// `(a/b)' = (a'b − ab')/b²`, `(a^k)' = k·a^(k−1)·a'` for a constant exponent,
    /// `(a^b)' = a^b·(b'·log a + b·a'/a)` otherwise, `log(a)' = a'/a`,
    /// `log2(a)' = a'/(a·ln 2)`, `log10(a)' = a'/(a·ln 10)`, `log1p(a)' = a'/(1 + a)`,
    /// `exp(a)' = exp(a)·a'`, `sqrt(a)' = a'/(2√a)`, `abs(a)' = sign(a)·a'` (NaN at 0).
    ///
    /// - Parameters:
    ///   - values: the columns' values at the point.
    ///   - variable: the column to differentiate with respect to (nil: derivative 0).
    /// - Returns: `(value, derivative)`, or nil when a column is missing or a
    ///   function is called outside its domain.
    public func valueAndDerivative(_ values: [String: Double], withRespectTo variable: String?) -> (value: Double, derivative: Double)? {
        switch self {
        case .column(let name):
            guard let v = values[name], !v.isNaN else { return nil }
            return (v, name == variable ? 1 : 0)
        case .number(let x):
            return (x, 0)
        case .panel:
            // A lag, lead or difference is a column of other rows' values: held fixed when the
            // current row's variable moves (its derivative is 0 unless it is the variable itself).
            let name = rDescription
            guard let v = values[name], !v.isNaN else { return nil }
            return (v, name == variable ? 1 : 0)
        case .comparison:
            // A step function: its derivative is 0 wherever it is defined; its value as evaluate(_:) computes it.
            guard case .value(let v) = evaluate({ values[$0] }) else { return nil }
            return (v, 0)
        case .negate(let e):
            guard let (v, d) = e.valueAndDerivative(values, withRespectTo: variable) else { return nil }
            return (-v, -d)
        case .binary(let op, let a, let b):
            guard let (x, dx) = a.valueAndDerivative(values, withRespectTo: variable),
                  let (y, dy) = b.valueAndDerivative(values, withRespectTo: variable) else { return nil }
            let v = op.apply(x, y)
            switch op {
            case .add: return (v, dx + dy)
            case .subtract: return (v, dx - dy)
            case .multiply: return (v, dx * y + x * dy)
            case .divide: return (v, (dx * y - x * dy) / (y * y))
            case .power:
                if dy == 0 {
                    if dx == 0 { return (v, 0) }
                    return (v, y * pow(x, y - 1) * dx)
                }
                return (v, v * (dy * Foundation.log(x) + (dx == 0 ? 0 : y * dx / x)))
            }
        case .call(let f, let e):
            guard let (x, dx) = e.valueAndDerivative(values, withRespectTo: variable), let v = f.apply(x) else { return nil }
            if dx == 0 { return (v, 0) }
            switch f {
            case .identity: return (v, dx)
            case .log: return (v, dx / x)
            case .log2: return (v, dx / (x * M_LN2))
            case .log10: return (v, dx / (x * M_LN10))
            case .log1p: return (v, dx / (1 + x))
            case .exp: return (v, v * dx)
            case .sqrt: return (v, dx / (2 * v))
            case .abs: return (v, x > 0 ? dx : (x < 0 ? -dx : .nan))
            }
        }
    }
}
