import Testing
@testable import Stats

@Suite struct LinearRestrictionsTests {
    let names = ["(Intercept)", "egdi", "post_soviet", "log(gdppc_ppp)", "egdi:post_soviet", "I(egdi^2)"]

    @Test func readsEquationsInCoefficientNames() throws {
        let r = try LinearRestrictions.parse("egdi = 0; egdi:post_soviet = 0", names: names)
        #expect(r.matrix.rows == 2)
        #expect((0..<6).map { r.matrix[0, $0] } == [0, 1, 0, 0, 0, 0])
        #expect((0..<6).map { r.matrix[1, $0] } == [0, 0, 0, 0, 1, 0])
        #expect(r.rightHandSide == [0, 0])
        let s = try LinearRestrictions.parse("2*egdi - log( gdppc_ppp ) = 1 + I(egdi^2)/2", names: names)
        #expect((0..<6).map { s.matrix[0, $0] } == [0, 2, 0, -1, 0, -0.5])
        #expect(s.rightHandSide == [1])
        let t = try LinearRestrictions.parse("(Intercept) + `egdi:post_soviet` * 3 = -0.5", names: names)
        #expect((0..<6).map { t.matrix[0, $0] } == [1, 0, 0, 0, 3, 0])
        #expect(t.rightHandSide == [-0.5])
    }

    @Test func linearFormsKeepConstants() throws {
        let f = try LinearForm.parse("egdi + egdi:post_soviet - 1", names: names)
        #expect(f.weights == [0, 1, 0, 0, 1, 0])
        #expect(f.constant == -1)
        let g = try LinearForm.parse("-(egdi - 2*post_soviet)", names: names)
        #expect(g.weights == [0, -1, 2, 0, 0, 0])
    }

    @Test func errors() {
        #expect(throws: InferenceError.unknownTerm(name: "egdii", expression: "egdii = 0", suggestions: ["egdi"], dropped: false)) {
            try LinearRestrictions.parse("egdii = 0", names: names)
        }
        #expect(throws: InferenceError.rankDeficient(restriction: "egdi + post_soviet = 1", index: 3)) {
            try LinearRestrictions.parse("egdi = 0; post_soviet = 0; egdi + post_soviet = 1", names: names)
        }
        #expect(throws: InferenceError.noCoefficient(expression: "1 = 2")) {
            try LinearRestrictions.parse("1 = 2", names: names)
        }
        #expect(throws: InferenceError.self) { try LinearRestrictions.parse("egdi = = 0", names: names) }
        #expect(throws: InferenceError.self) { try LinearRestrictions.parse("egdi *", names: names) }
        #expect(throws: InferenceError.self) { try LinearRestrictions.parse("egdi / post_soviet", names: names) }
        #expect(throws: InferenceError.self) { try LinearRestrictions.parse("", names: names) }
        #expect(throws: InferenceError.unknownTerm(name: "x", expression: "x = 0", suggestions: [], dropped: true)) {
            try LinearRestrictions.parse("x = 0", names: names, dropped: ["x"])
        }
    }
}
