// Map projections: longitude/latitude in degrees -> plane coordinates on the unit sphere.
import Foundation

/// A map projection of the unit sphere (radius 1). `project` returns plane
/// coordinates with x east and y **north** (the map build flips y for the page).
public enum MapProjection: Sendable, Hashable, Codable {
    /// Equal Earth (Šavrič, Patterson & Jenny 2018, "The Equal Earth map
    /// projection", International Journal of Geographical Information Science
    /// 33(3): 454–465, doi:10.1080/13658816.2018.1504949), an equal-area
    /// pseudocylindrical projection for world maps:
    ///
    ///     θ = asin(√3/2 · sin φ)
    ///     x = 2√3 · λ · cos θ / (3 · (9A₄θ⁸ + 7A₃θ⁶ + 3A₂θ² + A₁))
    ///     y = θ · (A₄θ⁸ + A₃θ⁶ + A₂θ² + A₁)
    ///
    /// with A₁ = 1.340264, A₂ = −0.081106, A₃ = 0.000893, A₄ = 0.003796 and λ
    /// measured from `centralMeridian`. Matches PROJ's `+proj=eqearth +R=1`.
    case equalEarth(centralMeridian: Double)
    /// Lambert conformal conic with two standard parallels on the sphere
    /// (Snyder 1987, *Map Projections: A Working Manual*, USGS PP 1395, eqs. 15-1 to 15-3):
    ///
    ///     n = ln(cos φ₁ / cos φ₂) / ln(tan(π/4 + φ₂/2) / tan(π/4 + φ₁/2))
    ///     F = cos φ₁ · tanⁿ(π/4 + φ₁/2) / n,   ρ = F / tanⁿ(π/4 + φ/2),   ρ₀ = ρ(φ₀)
    ///     x = ρ sin(n(λ − λ₀)),   y = ρ₀ − ρ cos(n(λ − λ₀))
    ///
    /// Matches PROJ's `+proj=lcc +lat_1 +lat_2 +lat_0 +lon_0 +R=1`.
    case lambertConformalConic(centralMeridian: Double, standardParallel1: Double, standardParallel2: Double, originLatitude: Double)

    static let a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796

    /// The meridian at the centre of the map (degrees east).
    public var centralMeridian: Double {
        switch self {
        case .equalEarth(let l0): return l0
        case .lambertConformalConic(let l0, _, _, _): return l0
        }
    }

    /// Plane coordinates (x east, y north) of a longitude/latitude in degrees.
    /// The longitude difference to the central meridian is wrapped into [−180, 180].
    public func project(longitude: Double, latitude: Double) -> Point {
        let d = Double.pi / 180
        var dl = (longitude - centralMeridian).truncatingRemainder(dividingBy: 360)
        // ±180 both stay: a ring shifted to one side of the seam keeps its seam vertices there.
        if dl > 180 { dl -= 360 } else if dl < -180 { dl += 360 }
        let lam = dl * d
        let phi = min(max(latitude, -90), 90) * d
        switch self {
        case .equalEarth:
            let m = 3.0.squareRoot() / 2
            let theta = asin(m * sin(phi))
            let t2 = theta * theta, t6 = t2 * t2 * t2, t8 = t6 * t2
            let x = 2 * 3.0.squareRoot() * lam * cos(theta) / (3 * (9 * Self.a4 * t8 + 7 * Self.a3 * t6 + 3 * Self.a2 * t2 + Self.a1))
            let y = theta * (Self.a4 * t8 + Self.a3 * t6 + Self.a2 * t2 + Self.a1)
            return Point(x: x, y: y)
        case let .lambertConformalConic(_, p1, p2, p0):
            let c = Self.coneConstants(p1 * d, p2 * d)
            let rho = c.f / pow(tan(Double.pi / 4 + max(phi, -Double.pi / 2 + 1e-9) / 2), c.n)
            let rho0 = c.f / pow(tan(Double.pi / 4 + p0 * d / 2), c.n)
            return Point(x: rho * sin(c.n * lam), y: rho0 - rho * cos(c.n * lam))
        }
    }

    /// Cone constant n and F of the spherical Lambert conformal conic (φ in radians).
    static func coneConstants(_ p1: Double, _ p2: Double) -> (n: Double, f: Double) {
        let t1 = tan(Double.pi / 4 + p1 / 2), t2 = tan(Double.pi / 4 + p2 / 2)
        let n = abs(p1 - p2) < 1e-10 ? sin(p1) : log(cos(p1) / cos(p2)) / log(t2 / t1)
        return (n, cos(p1) * pow(t1, n) / n)
    }
}
