/// The arithmetic the least-squares kernels need, so that one implementation of
/// Householder QR and the triangular solves runs in `Double` (fast path) and in
/// `DoubleDouble` (compensated path). Internal: the generic code is specialised
/// by the optimiser inside the module.
protocol FactorizationScalar: Sendable {
    static var zero: Self { get }
    static var one: Self { get }
    /// The exact value of `hi + lo` as far as the type can hold it.
    init(hi: Double, lo: Double)
    init(_ x: Double)
    var doubleValue: Double { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func * (a: Self, b: Double) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    static func squareRoot(_ a: Self) -> Self
    /// `true` when the value is negative (`-0` is not negative).
    var isNegative: Bool { get }
    var isZero: Bool { get }
    var absoluteValue: Self { get }
}

extension Double: FactorizationScalar {
    static var one: Double { 1 }
    @inline(__always) init(hi: Double, lo: Double) { self = hi + lo }
    @inline(__always) var doubleValue: Double { self }
    @inline(__always) static func squareRoot(_ a: Double) -> Double { a.squareRoot() }
    @inline(__always) var isNegative: Bool { self < 0 }
    @inline(__always) var absoluteValue: Double { Swift.abs(self) }
}

extension DoubleDouble: FactorizationScalar {
    @inline(__always) init(hi: Double, lo: Double) { self.init(hi, lo) }
    @inline(__always) static func squareRoot(_ a: DoubleDouble) -> DoubleDouble { DoubleDouble.sqrt(a) }
    @inline(__always) var isNegative: Bool { hi < 0 || (hi == 0 && lo < 0) }
    @inline(__always) var isZero: Bool { hi == 0 && lo == 0 }
    @inline(__always) var absoluteValue: DoubleDouble { magnitude }
}
