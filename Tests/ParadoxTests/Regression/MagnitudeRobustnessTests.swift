import Testing
import Modeling
@testable import Paradox

/// Issue 9, library level: values whose squares overflow or underflow are a
/// typed error in `RegressionAnalysis` and `FitBand` (they used to give NaN
/// estimates, a regressor dropped as "collinear", or zero standard errors).
@Suite struct MagnitudeRobustnessTests {
    static func table(x sx: Double, y sy: Double) -> RegressionTestTable {
        let x = (0..<20).map { Double($0) + Double(($0 * 7) % 5) / 10 }
        let y = x.enumerated().map { 0.5 * $1 + Double(($0 * 3) % 4) - 1.5 }
        return RegressionTestTable(numeric: [("y", y.map { $0 * sy }), ("x", x.map { $0 * sx })], text: [])
    }

    @Test(arguments: [(1e300, 1.0, "x"), (1e-300, 1.0, "x"), (1.0, 1e300, "y"), (1.0, 1e-300, "y"), (1e160, 1.0, "x"), (1e-160, 1.0, "x")])
    func extremeValuesAreTypedErrors(sx: Double, sy: Double, name: String) throws {
        let data = Self.table(x: sx, y: sy)
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x"))
        do throws(RegressionAnalysisError) {
            _ = try RegressionAnalysis.run(spec, data: data)
            Issue.record("no error for scale \(sx), \(sy)")
        } catch {
            guard case .extremeMagnitude(let variable, let m) = error else { Issue.record("\(error)"); return }
            #expect(variable == name)
            #expect(m > MagnitudeGuard.largest || m < MagnitudeGuard.smallest)
            #expect(error.description.contains("rescale it"))
        }
        let xs = data.numericValues("x")?.compactMap { $0 } ?? [], ys = data.numericValues("y")?.compactMap { $0 } ?? []
        #expect(throws: FitBandError.self) { try FitBand.ols(x: xs, y: ys, at: [xs[0]], level: 0.95) }
    }

    /// Inside [1e-150, 1e150] the fit is scale-equivariant: the slope does not change.
    @Test func safeRangeIsAccepted() throws {
        var slopes: [Double] = []
        for s in [1e-148, 1e-100, 1.0, 1e100, 1e148] {
            let r = try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x")), data: Self.table(x: s, y: s))
            slopes.append(r.result.coefficients.last?.estimate ?? .nan)
        }
        #expect(slopes.allSatisfy { abs($0 - slopes[2]) <= 1e-9 * abs(slopes[2]) }, "\(slopes)")
        #expect(MagnitudeGuard.problem([0, 0]) == nil)
        #expect(MagnitudeGuard.problem([0, 1e-151]) == 1e-151)
    }
}
