import Foundation
import Testing
@testable import Paradox
import Stats

@Suite struct RegressionTableTests {
    /// Two hand-made models (numbers chosen, not fitted), so the golden strings test layout only.
    static func twoModels(uncertainty: UncertaintyDisplay = .standardError) -> RegressionTable {
        let a = RegressionTable.Model(
            name: "wgi_cc",
            estimates: [.init(term: "(Intercept)", estimate: -1.25, standardError: 0.5, pValue: 0.04, confidenceLow: -2.24, confidenceHigh: -0.26),
                        .init(term: "egdi", estimate: 0.5, standardError: 0.1, pValue: 0.001, confidenceLow: 0.3, confidenceHigh: 0.7)],
            observations: 100, rSquared: 0.45, adjustedRSquared: 0.44,
            standardErrors: "heteroskedasticity-robust (HC1)")
        let b = RegressionTable.Model(
            name: "cpi",
            estimates: [.init(term: "egdi", estimate: -2.5, standardError: 1.5, pValue: 0.09, confidenceLow: -5.53, confidenceHigh: 0.53)],
            observations: 80, rSquared: 0.9, adjustedRSquared: 0.85, withinRSquared: 0.1, fixedEffects: ["iso3"],
            standardErrors: "clustered by country (G = 40), CR1, p-values from t(39)")
        return RegressionTable(title: "Two models", models: [a, b],
                               terms: [.init("egdi", "EGDI"), .init("(Intercept)", "Constant")],
                               fixedEffectRows: [.init(key: "iso3", label: "Country FE")], uncertainty: uncertainty)
    }

    @Test func latexGolden() {
        let expected = #"""
        % Two models
        \begin{tabular}{lcc}
        \toprule
         & (1) & (2) \\
         & wgi\_cc & cpi \\
        \midrule
        EGDI & 0.500$^{***}$ & $-$2.500$^{*}$ \\
         & (0.100) & (1.500) \\
        Constant & $-$1.250$^{**}$ &  \\
         & (0.500) &  \\
        \midrule
        Country FE & No & Yes \\
        N & 100 & 80 \\
        R$^{2}$ & 0.450 & 0.900 \\
        Adj. R$^{2}$ & 0.440 & 0.850 \\
        Within R$^{2}$ &  & 0.100 \\
        \bottomrule
        \multicolumn{3}{p{\dimexpr\ifdim 14em>\linewidth\linewidth\else 14em\fi\relax}}{\footnotesize\raggedright Standard errors in parentheses; standard errors: (1) heteroskedasticity-robust (HC1); (2) clustered by country (G = 40), CR1, p-values from t(39).} \\
        \multicolumn{3}{p{\dimexpr\ifdim 14em>\linewidth\linewidth\else 14em\fi\relax}}{\footnotesize\raggedright * p $<$ 0.1, ** p $<$ 0.05, *** p $<$ 0.01 (two-sided, from each model's reference distribution).} \\
        \end{tabular}

        """#
        #expect(Self.twoModels().rendered(as: .latex) == expected)
    }

    @Test func markdownGolden() {
        let expected = #"""
        **Two models**

        | | (1) wgi_cc | (2) cpi |
        |:---|:---:|:---:|
        | EGDI | 0.500\*\*\* | -2.500\* |
        |  | (0.100) | (1.500) |
        | Constant | -1.250\*\* |  |
        |  | (0.500) |  |
        | Country FE | No | Yes |
        | N | 100 | 80 |
        | R² | 0.450 | 0.900 |
        | Adj. R² | 0.440 | 0.850 |
        | Within R² |  | 0.100 |

        *Note:* Standard errors in parentheses; standard errors: (1) heteroskedasticity-robust (HC1); (2) clustered by country (G = 40), CR1, p-values from t(39).  
        *Note:* \* p < 0.1, \*\* p < 0.05, \*\*\* p < 0.01 (two-sided, from each model's reference distribution).  

        """#
        #expect(Self.twoModels().rendered(as: .markdown) == expected)
    }

    @Test func confidenceIntervalsInBrackets() {
        let text = Self.twoModels(uncertainty: .confidenceInterval).rendered(as: .text)
        #expect(text.contains("[0.300, 0.700]"))
        #expect(text.contains("[-5.530, 0.530]"))
        #expect(text.contains("Note: 95% confidence intervals in brackets; standard errors: (1) heteroskedasticity-robust (HC1)"))
    }

    @Test func starsAreStrictlyBelowTheThreshold() {
        let s = SignificanceStars.economics
        #expect(s.symbol(for: 0.1) == "")
        #expect(s.symbol(for: 0.0999) == "*")
        #expect(s.symbol(for: 0.05) == "*")
        #expect(s.symbol(for: 0.049) == "**")
        #expect(s.symbol(for: 0.0099) == "***")
        #expect(s.symbol(for: .nan) == "")
        #expect(s.legend == "* p < 0.1, ** p < 0.05, *** p < 0.01")
    }

    @Test func csvAndJSONKeepFullPrecision() throws {
        var t = Self.twoModels()
        t.models[0].estimates[1].estimate = 0.123456789012345
        let csv = t.rendered(as: .csv)
        #expect(csv.hasPrefix("term,statistic,wgi_cc,cpi\negdi,estimate,0.123456789012345,-2.5\n"))
        #expect(csv.contains("\nfixed_effect:iso3,,no,yes\n"))
        #expect(csv.contains("\nnobs,,100,80\n"))
        #expect(csv.contains("\nwithin_r_squared,,,0.1\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(t.rendered(as: .json).utf8)) as? [String: Any])
        let models = try #require(json["models"] as? [[String: Any]])
        #expect(models.count == 2)
        #expect((models[1]["fixed_effects"] as? [String]) == ["iso3"])
        let coefficients = try #require(models[0]["coefficients"] as? [[String: Any]])
        #expect(coefficients[1]["estimate"] as? Double == 0.123456789012345)
        #expect(models[0]["within_r_squared"] is NSNull)
    }

    @Test func modelFromRegressionResult() throws {
        // y = 1 + 2x exactly plus a known residual pattern: classical SEs from the fit itself.
        let x: [Double] = [1, 2, 3, 4, 5, 6]
        let y: [Double] = [3.1, 4.9, 7.2, 8.8, 11.1, 12.9]
        let design = try #require(Matrix(columns: [Array(repeating: 1, count: 6), x]))
        let r = try LinearModel(design: design, response: y, termNames: ["(Intercept)", "x"], hasIntercept: true).fit(covariance: .hc1)
        let m = RegressionTable.Model(r, name: "y")
        #expect(m.observations == 6)
        #expect(m.standardErrors == "heteroskedasticity-robust (HC1)")
        #expect(m.estimate("x")?.estimate == r.coefficient("x")?.estimate)
        #expect(m.withinRSquared == nil)
        let t = RegressionTable(models: [m])
        #expect(t.rowTerms.map(\.term) == ["(Intercept)", "x"])
    }

    @Test func htmlHasStarsAsSuperscriptsAndMathMinus() {
        let html = Self.twoModels().renderHTML()
        #expect(html.contains("<td>0.500<sup>***</sup></td>"))
        #expect(html.contains("<td>\u{2212}2.500<sup>*</sup></td>"))
        #expect(html.contains("<tr class=\"rule\"><th scope=\"row\">Country FE</th><td>No</td><td>Yes</td></tr>"))
    }
}
