import Foundation
@testable import Stats

/// Tests/StatsTests/Fixtures/glm_reference.json, written by scripts/reference/glm_reference.R.
struct GLMReference: Decodable {
    struct GLMCase: Decodable {
        let name: String
        let family: String
        let call: String
        let terms: [String]
        let x: [String]
        let y: [String]
        let n: Int
        let coefficients: [String]
        let se_classical: [String]
        let se_hc0: [String]
        let se_hc1: [String]
        let deviance: String
        let null_deviance: String
        let loglik: String
        let aic: String
        let pseudo_r2: String
        let cluster_codes: [Int]?
        let se_cr1: [String]?
        let se_cluster_g_only: [String]?
        let se_observed: [String]?
        /// Probit only: R's glm estimate, biased by ~1e-9 (its 1 − μ by subtraction); `coefficients` is the exact MLE.
        let glm_coefficients: [String]?
        let margin_kinds: [String]
        /// R's model.matrix `assign` (term of each column).
        let assign: [Int]
        let ame_terms: [String]
        let ame: [String]
        let ame_se_classical: [String]
        let ame_se_hc1: [String]

        var design: Matrix {
            Matrix(rows: n, columns: terms.count, storage: Fixtures.doubles(x)) ?? Matrix(rows: 0, columns: 0)
        }
        var glmFamily: GLMFamily { GLMFamily(rawValue: family) ?? .logit }
        func model(information: GLMInformation = .expected) -> GeneralizedLinearModel {
            GeneralizedLinearModel(
                design: design, response: Fixtures.doubles(y), termNames: terms, family: glmFamily,
                hasIntercept: terms.first == "(Intercept)", options: GLMOptions(information: information))
        }
        /// The marginal-effect kinds with factor siblings as R's model.matrix assigns them (adjacent 0/1 columns of one term).
        func marginColumns(assign: [Int]) -> [MarginalEffectColumn] {
            margin_kinds.enumerated().map { j, k in
                switch k {
                case "intercept": return .intercept
                case "indicator": return .indicator(siblings: assign.indices.filter { $0 != j && assign[$0] == assign[j] && margin_kinds[$0] == "indicator" })
                default: return .continuous
                }
            }
        }
    }

    struct OrderedCase: Decodable {
        let name: String
        let link: String
        let call: String
        let terms: [String]
        let levels: [String]
        let x: [String]
        let y: [Int]
        let n: Int
        let polr_coefficients: [String]
        let polr_se: [String]
        let coefficients: [String]
        let se: [String]
        let loglik: String
        let cutpoint_names: [String]
        let ame_terms: [String]
        let ame_outcomes: [String]
        let ame: [String]
        let ame_se: [String]

        var model: OrderedModel {
            OrderedModel(
                design: Matrix(rows: n, columns: terms.count, storage: Fixtures.doubles(x)) ?? Matrix(rows: 0, columns: 0),
                outcome: y, levels: levels, termNames: terms, link: OrderedLink(rawValue: link) ?? .logit)
        }
    }

    let glm: [GLMCase]
    let ordered: [OrderedCase]

    static func load() throws -> GLMReference { try Fixtures.load("glm_reference") }
}

/// Digits of agreement of `x` with the reference `c` (log relative error, capped at 15).
func digits(_ x: [Double], _ c: [Double]) -> Double {
    guard x.count == c.count else { return 0 }
    return zip(x, c).map { logRelativeError($0, certified: $1) }.min() ?? 0
}

/// Digits of agreement relative to `max(|c|, sⱼ)`: an estimate near zero (Dobson's treatment
/// effects are 1e-15) is judged against its standard error, not against itself.
func digits(_ x: [Double], _ c: [Double], scale: [Double]) -> Double {
    guard x.count == c.count, c.count == scale.count else { return 0 }
    return (0..<x.count).map { j -> Double in
        let err = abs(x[j] - c[j])
        if err == 0 { return 15 }
        return min(15, -log10(err / max(abs(c[j]), scale[j])))
    }.min() ?? 0
}
