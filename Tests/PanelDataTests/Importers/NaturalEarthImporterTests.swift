import Foundation
import Testing
@testable import PanelData

@Suite struct NaturalEarthImporterTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let naturalEarth: URL? = {
        let candidates = [packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/raw/naturalearth"),
                          URL(fileURLWithPath: "/work/shared/data/raw/naturalearth")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(NaturalEarthImporter.countriesFile).path) }
    }()

    // MARK: code resolution, one test per quirk of SOURCES.md section 9

    @Test func isoA3IsUsedWhenPresent() {
        #expect(NaturalEarthImporter.resolve(isoA3: "KAZ", adm0A3: "KAZ") == .country("KAZ"))
        // ADM0_A3 is not an ISO code everywhere: ISO_A3 wins.
        #expect(NaturalEarthImporter.resolve(isoA3: "PSE", adm0A3: "PSX") == .country("PSE"))
        #expect(NaturalEarthImporter.resolve(isoA3: "SSD", adm0A3: "SDS") == .country("SSD"))
        #expect(NaturalEarthImporter.resolve(isoA3: "ESH", adm0A3: "SAH") == .country("ESH"))
        #expect(NaturalEarthImporter.resolve(isoA3: "ALA", adm0A3: "ALD") == .country("ALA"))
    }

    @Test func kosovoBecomesThePanelsCode() {
        #expect(NaturalEarthImporter.resolve(isoA3: nil, adm0A3: "KOS") == .country("XKX"))
        #expect(NaturalEarthImporter.resolve(isoA3: "-99", adm0A3: "KOS") == .country("XKX"))
    }

    @Test func northernCyprusAndSomalilandArePartsOfCyprusAndSomalia() {
        #expect(NaturalEarthImporter.resolve(isoA3: nil, adm0A3: "CYN") == .partOf("CYP"))
        #expect(NaturalEarthImporter.resolve(isoA3: nil, adm0A3: "SOL") == .partOf("SOM"))
    }

    @Test func minus99IsTreatedAsNullAndFallsBackToADM0A3() {
        // Natural Earth 4.1/5.x: France and Norway have ISO_A3 = -99.
        #expect(NaturalEarthImporter.resolve(isoA3: "-99", adm0A3: "FRA") == .country("FRA"))
        #expect(NaturalEarthImporter.resolve(isoA3: "-99", adm0A3: "NOR") == .country("NOR"))
        #expect(NaturalEarthImporter.resolve(isoA3: nil, adm0A3: "KAS") == .country("KAS"))
        #expect(NaturalEarthImporter.resolve(isoA3: nil, adm0A3: "ATC") == .country("ATC"))
        #expect(NaturalEarthImporter.resolve(isoA3: nil, adm0A3: "IOA") == .country("IOA"))
    }

    @Test func antarcticaIsDropped() {
        guard case .dropped = NaturalEarthImporter.resolve(isoA3: "ATA", adm0A3: "ATA") else {
            Issue.record("ATA must be dropped"); return
        }
    }

    // MARK: simplification and format

    @Test func douglasPeuckerKeepsCornersAndDropsNearlyCollinearVertices() {
        // A square with a 0.01° bump on one side and a vertex on the far corner.
        let ring = [GeoCoordinate(longitude: 0, latitude: 0), GeoCoordinate(longitude: 0.5, latitude: 0.01),
                    GeoCoordinate(longitude: 1, latitude: 0), GeoCoordinate(longitude: 1, latitude: 1),
                    GeoCoordinate(longitude: 0, latitude: 1)]
        let s = RingSimplification.douglasPeucker(ring, tolerance: 0.05)
        #expect(s == [ring[0], ring[2], ring[3], ring[4]])
        #expect(RingSimplification.douglasPeucker(ring, tolerance: 0.005) == ring)
        #expect(RingSimplification.signedDoubleArea(s) == 2)
    }

    @Test func encodingRoundTripsAndIsDeterministic() throws {
        let b = CountryBoundaries(
            countries: [CountryBoundary(iso3: "AAA", rings: [[GeoCoordinate(longitude: -180, latitude: 65.5),
                                                              GeoCoordinate(longitude: -169.01, latitude: 66),
                                                              GeoCoordinate(longitude: -175, latitude: 70.25)]])],
            points: [CountryPoint(iso3: "TUV", coordinate: GeoCoordinate(longitude: 179.2, latitude: -8.51))],
            provenance: ["test"])
        let data = b.encoded()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text == "# EGovParadox country boundaries, format 1\n# test\nC AAA\nR -18000 6550 1099 50 -599 425\nP TUV 17920 -851\n")
        let back = try CountryBoundaries.decode(data)
        #expect(back.encoded() == data)
        #expect(back.countries[0].rings[0][1].longitude == -169.01)
    }

    @Test func malformedResourcesAreRefusedWithTheLine() {
        #expect(throws: BoundaryFormatError.malformed(line: 2, message: "a ring before any country line")) {
            try CountryBoundaries.decode(Data("# EGovParadox country boundaries, format 1\nR 1 2 3 4 5 6\n".utf8))
        }
        #expect(throws: BoundaryFormatError.self) { try CountryBoundaries.decode(Data("C AAA\n".utf8)) }
        #expect(throws: BoundaryFormatError.self) {
            try CountryBoundaries.decode(Data("# EGovParadox country boundaries, format 1\nC AAA\nR 1 2 3\n".utf8))
        }
    }

    // MARK: the embedded resource

    @Test func embeddedBoundariesFollowTheRules() throws {
        let b = try CountryBoundaries.embedded()
        let codes = Set(b.countries.map(\.iso3))
        #expect(b.countries.map(\.iso3) == b.countries.map(\.iso3).sorted())
        #expect(codes.contains("XKX") && !codes.contains("KOS"))
        #expect(!codes.contains("ATA") && !codes.contains("CYN") && !codes.contains("SOL"))
        #expect(codes.isSuperset(of: ["KAZ", "RUS", "UKR", "EST", "LVA", "LTU", "ARM", "AZE", "GEO", "MDA", "KGZ", "TJK", "UZB", "TKM", "BLR"]))
        #expect(codes.isSuperset(of: ["PSE", "SSD", "ESH", "KAS"]))
        #expect(!codes.contains("TUV"))
        #expect(b.points.contains { $0.iso3 == "TUV" })
        // Holes survive simplification: Lesotho inside South Africa, Vorukh/Sokh/Shakhimardan in Kyrgyzstan.
        let holes = { (c: String) in (b.boundary(of: c)?.rings ?? []).filter { RingSimplification.signedDoubleArea($0) < 0 }.count }
        #expect(holes("ZAF") >= 1)
        #expect(holes("KGZ") >= 1)
        #expect(b.boundary(of: "LSO") != nil)
        // Chukotka is stored west of the antimeridian; Russia touches +180 too.
        let rus = b.boundary(of: "RUS")?.rings ?? []
        #expect(rus.contains { $0.contains { $0.longitude == -180 } })
        #expect(rus.contains { $0.contains { $0.longitude == 180 } })
        // Northern Cyprus adds rings to Cyprus.
        #expect((b.boundary(of: "CYP")?.rings.count ?? 0) >= 2)
        // Crimea (Simferopol 34.1E 44.95N) lies in Ukraine's outline in this edition.
        let ukr = b.boundary(of: "UKR")?.rings ?? []
        #expect(ukr.contains { Self.contains($0, GeoCoordinate(longitude: 34.1, latitude: 44.95)) })
        #expect(!rus.contains { Self.contains($0, GeoCoordinate(longitude: 34.1, latitude: 44.95)) })
    }

    /// Rebuilds from ../shared/data/raw/naturalearth and compares with Datasets/boundaries.txt byte for byte.
    @Test func rebuildReproducesTheEmbeddedFile() throws {
        guard let dir = Self.naturalEarth else {
            print("rebuildReproducesTheEmbeddedFile skipped: ../shared/data/raw/naturalearth is absent")
            return
        }
        let rebuilt = try NaturalEarthImporter.build(directory: dir).encoded()
        let committed = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Datasets/boundaries.txt"))
        #expect(rebuilt == committed, "Datasets/boundaries.txt differs from a rebuild; run `swift run egov data boundaries --raw ../shared/data/raw --out Datasets`")
    }

    @Test func missingSourceFilesAreNamed() {
        #expect(throws: ImportError.missingFile("/nonexistent/\(NaturalEarthImporter.countriesFile)")) {
            try NaturalEarthImporter.build(directory: URL(fileURLWithPath: "/nonexistent"))
        }
    }

    /// Even-odd point-in-ring test.
    static func contains(_ ring: [GeoCoordinate], _ p: GeoCoordinate) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.latitude > p.latitude) != (b.latitude > p.latitude),
               p.longitude < (b.longitude - a.longitude) * (p.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}
