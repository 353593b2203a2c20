import Testing
@testable import Modeling

@Suite struct FormulaTests {
    func labels(_ text: String) throws -> [String] {
        try Formula.parse(text).terms.map(\.description)
    }

    @Test func simpleFormula() throws {
        let f = try Formula.parse("y ~ x1 + x2")
        #expect(f.response == .column("y"))
        #expect(f.terms == [Term([.expression(.column("x1"))]), Term([.expression(.column("x2"))])])
        #expect(f.intercept)
        #expect(f.fixedEffects.isEmpty)
        #expect(f.description == "y ~ x1 + x2")
    }

    @Test func crossingExpandsToMainEffectsAndInteraction() throws {
        let f = try Formula.parse("y ~ a*b")
        #expect(f.terms.map(\.description) == ["a", "b", "a:b"])
        #expect(f.terms[2].variables == [.expression(.column("a")), .expression(.column("b"))])
        #expect(f.description == "y ~ a + b + a:b")
    }

    @Test func interceptRemovalAndRestoration() throws {
        #expect(try Formula.parse("y ~ x - 1").intercept == false)
        #expect(try Formula.parse("y ~ 0 + x").intercept == false)
        #expect(try Formula.parse("y ~ x + 0").intercept == false)
        #expect(try Formula.parse("y ~ x + 1").intercept == true)
        #expect(try Formula.parse("y ~ x - 1").description == "y ~ x - 1")
        #expect(try Formula.parse("y ~ 1").description == "y ~ 1")
        #expect(try Formula.parse("y ~ 0").description == "y ~ 0")
        #expect(try Formula.parse("y ~ 0").terms.isEmpty)
    }

    @Test func fixedEffects() throws {
        let f = try Formula.parse("y ~ egdi + log(gdppc_ppp) | iso3 + year")
        #expect(f.terms == [Term([.expression(.column("egdi"))]), Term([.expression(.call(.log, .column("gdppc_ppp")))])])
        #expect(f.fixedEffects == ["iso3", "year"])
        #expect(f.description == "y ~ egdi + log(gdppc_ppp) | iso3 + year")
        #expect(f.columns == ["y", "egdi", "gdppc_ppp", "iso3", "year"])
        #expect(try Formula.parse("y ~ x | g + g").fixedEffects == ["g"])
    }

    @Test func functionsAndIdentity() throws {
        let f = try Formula.parse("log(y) ~ log10(x) + sqrt(x) + exp(z) + I(x^2) + I(-x + 2 * z / 3)")
        #expect(f.response == .call(.log, .column("y")))
        #expect(f.terms[3].variables == [.expression(.call(.identity, .binary(.power, .column("x"), .number(2))))])
        #expect(f.terms[4].variables == [.expression(.call(.identity,
            .binary(.add, .negate(.column("x")), .binary(.divide, .binary(.multiply, .number(2), .column("z")), .number(3)))))])
        #expect(f.description == "log(y) ~ log10(x) + sqrt(x) + exp(z) + I(x^2) + I(-x + 2 * z/3)")
    }

    @Test func factorForcesCategorical() throws {
        let f = try Formula.parse("y ~ factor(year) + x")
        #expect(f.terms[0].variables == [.factor("year")])
        #expect(f.description == "y ~ factor(year) + x")
    }

    @Test func whitespaceInsensitive() throws {
        #expect(try Formula.parse("y~a*b+log( x )|g") == Formula.parse("  y ~ a * b + log(x)   |   g "))
        #expect(try Formula.parse("y\t~\nx") == Formula.parse("y ~ x"))
    }

    @Test func backquotedNames() throws {
        let f = try Formula.parse("`gdp per capita` ~ `my x` + x")
        #expect(f.response == .column("gdp per capita"))
        #expect(f.description == "`gdp per capita` ~ `my x` + x")
        #expect(try Formula.parse(f.description) == f)
    }

    @Test func powerOfASum() throws {
        #expect(try labels("y ~ (a + b + c)^2") == ["a", "b", "c", "a:b", "a:c", "b:c"])
        #expect(try labels("y ~ (a + b)^1") == ["a", "b"])
    }

    /// Term labels and intercepts against R 4.x `terms()`; written by
    /// scripts/reference/modeling_model_matrix.R as
    /// `paste(f, attr(terms(f), "intercept"), attr(terms(f), "term.labels"))`.
    @Test func termLabelsMatchR() throws {
        let rows = try Fixture.lines("term_labels_reference.tsv")
        #expect(rows.count == 25)
        for row in rows {
            let f = try Formula.parse(row[0])
            #expect(f.terms.map(\.description).joined(separator: "|") == row[2], "\(row[0])")
            #expect(f.intercept == (row[1] == "1"), "\(row[0])")
        }
    }

    @Test func canonicalFormRoundTrips() throws {
        let corpus = [
            "y ~ x1 + x2", "y ~ a*b", "y ~ x - 1", "y ~ 0 + x + z", "y ~ 1", "y ~ 0",
            "y ~ egdi + log(gdppc_ppp) | iso3 + year", "y ~ I(x^2) + I((x + 1)^2/2 * 3 - x^-1)",
            "log(y) ~ factor(g):x + exp(-z)", "y ~ (a + b + c)^3", "y ~ I(--x) + I(2^3^2) + I((2^3)^2)",
            "y ~ I(a - (b - c)) + I(a/(b * c)) + I((-a)^2) + I(-a^2)", "y ~ log(x + 1e-05) + I(x * 1e+05)",
        ]
        for text in corpus {
            let f = try Formula.parse(text)
            #expect(try Formula.parse(f.description) == f, "\(text) -> \(f.description)")
            #expect(try Formula.parse(f.description).description == f.description)
        }
        #expect(try Formula.parse("y ~ I(2^3^2) + I((2^3)^2)").description == "y ~ I(2^3^2) + I((2^3)^2)")
        #expect(try Formula.parse("y ~ I(a-(b-c)) + I((a-b)-c)").description == "y ~ I(a - (b - c)) + I(a - b - c)")
    }

    @Test func duplicateTermsRemovedAsR() throws {
        #expect(try labels("y ~ x + x + log(x) + log(x)") == ["x", "log(x)"])
        #expect(try labels("y ~ a:b + b:a") == ["a:b"])
        #expect(try labels("y ~ a:a") == ["a"])
    }
}
