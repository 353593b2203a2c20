import Foundation
import Testing
@testable import Plot

@Suite struct MapProjectionTests {
    /// Tests/PlotTests/Fixtures/map_projections.csv, from PROJ 9.1.1 (scripts/reference/map_projections.sh).
    static let reference: [(projection: String, lon: Double, lat: Double, x: Double, y: Double)] =
        Golden.fixture("map_projections.csv").compactMap { r in
            guard r.count == 5, let lon = Double(r[1]), let lat = Double(r[2]), let x = Double(r[3]), let y = Double(r[4]) else { return nil }
            return (r[0], lon, lat, x, y)
        }

    @Test func equalEarthMatchesPROJ() {
        let cases = Self.reference.filter { $0.projection == "equal-earth" }
        #expect(cases.count == 12)
        let p = MapProjection.equalEarth(centralMeridian: 0)
        for c in cases {
            let q = p.project(longitude: c.lon, latitude: c.lat)
            #expect(abs(q.x - c.x) < 1e-11 && abs(q.y - c.y) < 1e-11, "(\(c.lon), \(c.lat)): \(q) vs PROJ (\(c.x), \(c.y))")
        }
    }

    /// The paper's published properties: coefficients A1..A4 as printed, the
    /// pole line, a width-to-height ratio of about 2.05:1, and equal area (the
    /// whole unit sphere, 4π, maps to an outline of area 4π).
    @Test func equalEarthHasThePapersProperties() {
        #expect(MapProjection.a1 == 1.340264 && MapProjection.a2 == -0.081106 && MapProjection.a3 == 0.000893 && MapProjection.a4 == 0.003796)
        let p = MapProjection.equalEarth(centralMeridian: 0)
        let east = p.project(longitude: 180, latitude: 0), pole = p.project(longitude: 0, latitude: 90)
        #expect(abs(east.x / pole.y - 2.05) < 0.005)
        // The pole is a line (pseudocylindrical with flat poles): half its length at 180°.
        #expect(p.project(longitude: 180, latitude: 90).x > 0.5 * east.x)
        var outline: [Point] = []
        for i in 0...1800 { outline.append(p.project(longitude: 180, latitude: -90 + Double(i) * 0.1)) }
        for i in 0...3600 { outline.append(p.project(longitude: 180 - Double(i) * 0.1, latitude: 90)) }
        for i in 0...1800 { outline.append(p.project(longitude: -180, latitude: 90 - Double(i) * 0.1)) }
        for i in 0...3600 { outline.append(p.project(longitude: -180 + Double(i) * 0.1, latitude: -90)) }
        let area = abs(MapGeometry.signedDoubleArea(outline)) / 2
        #expect(abs(area - 4 * Double.pi) < 1e-4 * 4 * Double.pi)
    }

    @Test func lambertConicMatchesPROJ() {
        let cases = Self.reference.filter { $0.projection == "lambert-conic" }
        #expect(cases.count == 10)
        guard let p = MapRegion.postSoviet.projection(.lambertConic) else { Issue.record("no conic"); return }
        #expect(p == .lambertConformalConic(centralMeridian: 105, standardParallel1: 43, standardParallel2: 74, originLatitude: 59))
        for c in cases {
            let q = p.project(longitude: c.lon, latitude: c.lat)
            #expect(abs(q.x - c.x) < 1e-11 && abs(q.y - c.y) < 1e-11, "(\(c.lon), \(c.lat)): \(q) vs PROJ (\(c.x), \(c.y))")
        }
    }

    @Test func conformalConicHasTrueScaleOnItsStandardParallels() {
        guard let p = MapRegion.postSoviet.projection(.lambertConic) else { return }
        for phi in [43.0, 74.0] {
            // Distance between meridians 105 and 105.01 along the parallel, against the sphere's arc length.
            let a = p.project(longitude: 105, latitude: phi), b = p.project(longitude: 105.01, latitude: phi)
            let mapped = hypot(b.x - a.x, b.y - a.y), arc = 0.01 * Double.pi / 180 * cos(phi * Double.pi / 180)
            #expect(abs(mapped / arc - 1) < 1e-6)
        }
    }

    @Test func aConicOfTheWorldIsRefused() {
        #expect(MapRegion.world.projection(.lambertConic) == nil)
        #expect(MapRegion.world.projection(.equalEarth) == .equalEarth(centralMeridian: 0))
        #expect(MapRegion.postSoviet.centralMeridian == 105)
    }
}
