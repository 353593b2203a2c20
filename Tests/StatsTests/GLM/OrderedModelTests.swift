import Foundation
import Testing
@testable import Stats

@Suite struct OrderedModelTests {
    @Test func estimatesMatchTheTightMLE() throws {
        for c in try GLMReference.load().ordered {
            let fitted = try c.model.estimate()
            let r = try fitted.result()
            #expect(r.coefficients.map(\.term) == c.terms + c.cutpoint_names, "\(c.name)")
            let b = r.coefficients.map(\.estimate), se = r.coefficients.map(\.standardError)
            // Tight reference (Newton in R from polr's estimate): the limit is the reference's numerical Hessian (~1e-10).
            #expect(digits(b, Fixtures.doubles(c.coefficients)) >= 9, "\(c.name): \(digits(b, Fixtures.doubles(c.coefficients))) digits (\(c.call))")
            #expect(digits(se, Fixtures.doubles(c.se)) >= 8, "\(c.name): \(digits(se, Fixtures.doubles(c.se))) digits on SE")
            #expect(logRelativeError(fitted.logLikelihood, certified: Fixtures.double(c.loglik)) >= 12)
            // polr itself stops early (BFGS, reltol ≈ 1.5e-8): 5 digits or so, no more.
            #expect(digits(b, Fixtures.doubles(c.polr_coefficients)) >= 5, "\(c.name) vs polr: \(digits(b, Fixtures.doubles(c.polr_coefficients)))")
            #expect(fitted.gradientNorm < 1e-8)
            #expect(r.statisticKind == .z)
        }
    }

    @Test func averageMarginalEffectsPerLevel() throws {
        for c in try GLMReference.load().ordered {
            let fitted = try c.model.estimate()
            // Columns: 0/1 columns of one R term are one factor (housing: Infl, Type, Cont).
            let x = c.model.design
            let prefixes = ["Infl", "Type", "Cont"]
            let columns: [MarginalEffectColumn] = (0..<x.columns).map { j in
                let binary = (0..<x.rows).allSatisfy { x[$0, j] == 0 || x[$0, j] == 1 }
                guard binary else { return .continuous }
                let prefix = prefixes.first { c.terms[j].hasPrefix($0) }
                let siblings = (0..<x.columns).filter { $0 != j && prefix != nil && c.terms[$0].hasPrefix(prefix ?? "") }
                return .indicator(siblings: siblings)
            }
            let ame = fitted.averageMarginalEffects(columns: columns)
            #expect(ame.map(\.term) == c.ame_terms)
            #expect(ame.map { $0.outcome ?? "" } == c.ame_outcomes)
            #expect(digits(ame.map(\.estimate), Fixtures.doubles(c.ame)) >= 8, "\(c.name) AME: \(digits(ame.map(\.estimate), Fixtures.doubles(c.ame)))")
            #expect(digits(ame.map(\.standardError), Fixtures.doubles(c.ame_se)) >= 7, "\(c.name) AME SE: \(digits(ame.map(\.standardError), Fixtures.doubles(c.ame_se)))")
            // Effects on the level probabilities sum to zero for every term.
            for t in Set(c.terms) {
                let s = ame.filter { $0.term == t }.reduce(0) { $0 + $1.estimate }
                #expect(abs(s) < 1e-12)
            }
        }
    }

    @Test func cutpointNamesAndRefusals() throws {
        let x = Matrix(rows: 6, columns: 1, storage: [1, 2, 3, 4, 5, 6]) ?? Matrix(rows: 0, columns: 0)
        let m = OrderedModel(design: x, outcome: [0, 1, 0, 2, 1, 2], levels: ["NF", "PF", "F"], termNames: ["x"], link: .logit)
        #expect(m.cutpointNames == ["NF|PF", "PF|F"])
        let empty = OrderedModel(design: x, outcome: [0, 2, 0, 2, 0, 2], levels: ["NF", "PF", "F"], termNames: ["x"], link: .logit)
        #expect(throws: GLMError.self) { try empty.estimate() }
        let constant = OrderedModel(design: x, outcome: [1, 1, 1, 1, 1, 1], levels: ["NF", "PF"], termNames: ["x"], link: .probit)
        #expect(throws: GLMError.self) { try constant.estimate() }
    }
}
