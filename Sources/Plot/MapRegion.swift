// The regions a choropleth can show, each with a fixed longitude/latitude box.

/// Which projection a map uses.
public enum MapProjectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Equal Earth (equal-area; the world default).
    case equalEarth = "equal-earth"
    /// Lambert conformal conic (the post-Soviet default).
    case lambertConic = "lambert-conic"
}

/// A map region: a fixed box in longitude/latitude (never derived from the
/// countries' own bounding boxes — France reaches the Indian Ocean, Norway Svalbard)
/// and the projection that suits it.
public enum MapRegion: String, Sendable, Hashable, Codable, CaseIterable {
    /// The world without Antarctica: 180° W–180° E, 57° S–84° N, Equal Earth centred on Greenwich.
    case world
    /// The Baltic to Chukotka: 19° E–191° E, 35° N–82° N (82° N keeps Franz Josef
    /// Land and Severnaya Zemlya), Lambert conformal conic.
    case postSoviet = "post-soviet"
    /// Europe and Asia: 25° W–191° E, 11° S–82° N, Equal Earth centred on 80° E.
    case europeAsia = "europe-asia"

    /// Western and eastern edge (degrees east; the east may exceed 180).
    public var longitudes: ClosedRange<Double> {
        switch self {
        case .world: return -180...180
        case .postSoviet: return 19...191
        case .europeAsia: return -25...191
        }
    }

    /// Southern and northern edge (degrees north).
    public var latitudes: ClosedRange<Double> {
        switch self {
        case .world: return -57...84
        case .postSoviet: return 35...82
        case .europeAsia: return -11...82
        }
    }

    /// The projection used when none is asked for.
    public var defaultProjection: MapProjectionKind {
        self == .postSoviet ? .lambertConic : .equalEarth
    }

    /// The central meridian: 0 for the world, the middle of the box otherwise
    /// (105° E for the post-Soviet region, 83° E for Europe–Asia).
    public var centralMeridian: Double {
        self == .world ? 0 : ((longitudes.lowerBound + longitudes.upperBound) / 2).rounded()
    }

    /// The projection of `kind` for this region, nil for a conic of the whole world
    /// (a cone cannot show both hemispheres).
    ///
    /// The conic's standard parallels follow the one-sixth rule (Deetz & Adams
    /// 1934, *Elements of Map Projection*; Snyder 1987 p. 105): one sixth of the
    /// latitude range inside each edge, rounded to a half degree — for 35–82° N
    /// 35 + 47/6 = 42.8 → 43° N and 82 − 47/6 = 74.2 → 74° N —, which keeps the scale error small at both the Caucasus and the Arctic
    /// coast; conformal so that the shapes of the small Caucasian and Baltic
    /// states are kept. Origin latitude: the middle of the box.
    public func projection(_ kind: MapProjectionKind) -> MapProjection? {
        switch kind {
        case .equalEarth:
            return .equalEarth(centralMeridian: centralMeridian)
        case .lambertConic:
            guard self != .world else { return nil }
            let lo = latitudes.lowerBound, hi = latitudes.upperBound
            let sixth = (hi - lo) / 6
            let p1 = ((lo + sixth) * 2).rounded() / 2, p2 = ((hi - sixth) * 2).rounded() / 2
            return .lambertConformalConic(centralMeridian: centralMeridian, standardParallel1: p1, standardParallel2: p2,
                                          originLatitude: ((lo + hi) / 2).rounded())
        }
    }
}
