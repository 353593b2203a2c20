import Foundation
@testable import Stats

/// The cases of `Fixtures/wild_bootstrap.json`, written by
/// `scripts/reference/wild_bootstrap.py` (full enumeration of all 2^G Rademacher
/// sign vectors, each replicate refitted naively in numpy; fixed-effect cases on
/// the dummy-variable regression).
struct WildBootstrapReference: Decodable {
    struct Test: Decodable {
        let nullValue: String
        let statistic: String
        let pValues: [String: String]
        let bootstrapStatistics: [String]
    }
    struct Interval: Decodable {
        let kind: String
        let level: String
        let low: String
        let high: String
    }
    struct Case: Decodable {
        let name: String
        let term: String
        let clusters: Int
        let replications: Int
        let estimate: String
        let standardError: String
        let smallSampleFactor: String
        let tests: [Test]
        let intervals: [Interval]
        let data: [String: DataColumn]?
    }
    /// A column of strings (numbers written with repr) or of integer codes.
    enum DataColumn: Decodable {
        case numbers([Double])
        case codes([Int])
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode([String].self) { self = .numbers(Fixtures.doubles(s)) } else { self = .codes(try c.decode([Int].self)) }
        }
        var numbers: [Double] { if case let .numbers(v) = self { return v } else { return [] } }
        var codes: [Int] { if case let .codes(v) = self { return v } else { return [] } }
    }
    let cases: [Case]

    static func load() throws -> WildBootstrapReference { try Fixtures.load("wild_bootstrap") }

    func named(_ name: String) -> Case? { cases.first { $0.name == name } }

    /// Builds the models of the fixture: OLS/WLS on (1, x1, x2) and the panel
    /// (x, z) with entity or entity+year effects, absorbed or as dummies.
    enum Spec { case ols, wls, feEntity, feEntityYear, dummyEntity, dummyEntityYear }

    func model(_ spec: Spec) -> (LinearModel, ClusterVariable)? {
        guard let ols = named("ols")?.data, let panel = named("fe_entity")?.data,
              let wls = named("wls")?.data else { return nil }
        switch spec {
        case .ols, .wls:
            let x1 = ols["x1"]?.numbers ?? [], x2 = ols["x2"]?.numbers ?? []
            let y = ols["y"]?.numbers ?? []
            guard let x = Matrix(columns: [Array(repeating: 1, count: y.count), x1, x2]) else { return nil }
            let m = LinearModel(
                design: x, response: y, termNames: ["(Intercept)", "x1", "x2"],
                weights: spec == .wls ? wls["weights"]?.numbers : nil, hasIntercept: true)
            return (m, ClusterVariable(name: "cluster", codes: ols["cluster"]?.codes ?? []))
        default:
            let x = panel["x"]?.numbers ?? [], z = panel["z"]?.numbers ?? [], y = panel["y"]?.numbers ?? []
            let ent = panel["entity"]?.codes ?? [], yr = panel["year"]?.codes ?? []
            let cluster = ClusterVariable(name: "entity", codes: ent)
            func dummies(_ c: [Int], skipFirst: Bool) -> [[Double]] {
                let levels = Array(Set(c)).sorted()
                return levels.dropFirst(skipFirst ? 1 : 0).map { l in c.map { $0 == l ? 1 : 0 } }
            }
            switch spec {
            case .feEntity, .feEntityYear:
                let fe = spec == .feEntity
                    ? FixedEffects(names: ["entity"], codes: [ent])
                    : FixedEffects(names: ["entity", "year"], codes: [ent, yr])
                guard let d = Matrix(columns: [x, z]) else { return nil }
                return (LinearModel(design: d, response: y, termNames: ["x", "z"], hasIntercept: false, fixedEffects: fe), cluster)
            default:
                var cols = [x, z] + dummies(ent, skipFirst: false)
                if spec == .dummyEntityYear { cols += dummies(yr, skipFirst: true) }
                guard let d = Matrix(columns: cols) else { return nil }
                let names = ["x", "z"] + (2..<cols.count).map { "d\($0)" }
                return (LinearModel(design: d, response: y, termNames: names, hasIntercept: false), cluster)
            }
        }
    }
}

extension WildBootstrapPValueKind {
    init?(fixture: String) { self.init(rawValue: fixture) }
}
