@testable import Stats

/// scripts/reference/correlation_partial.R (base R lm/cor/pt/pnorm/p.adjust).
struct PartialReference: Decodable {
    struct Partial: Decodable {
        var method: String; var k: Int; var estimate: String; var statistic: String; var df: Int
        var p_value: String; var p_greater: String; var conf_low: String; var conf_high: String
    }
    struct Pair: Decodable {
        var first: String; var second: String; var n: Int; var estimate: String; var p_value: String
        var holm: String; var BH: String
    }
    struct Difference: Decodable {
        var r1: Double; var n1: Int; var r2: Double; var n2: Int; var z: String
        var p_two_sided: String; var p_greater: String; var p_less: String
    }
    var x: [String]; var y: [String]; var z1: [String]; var z2: [String]; var w: [String]; var x_missing: [String]
    var partial: [Partial]
    var matrix: [Pair]
    var difference: [Difference]

    static func load() throws -> PartialReference { try Fixtures.load("correlation_partial") }
}
