// Group slope test: does the within-country EGDI slope differ for the post-Soviet states?

import Stats

/// The two-way fixed-effects test of a different EGDI slope for the post-Soviet states.
public struct GroupSlopeTest: Sendable, Equatable {
    /// The seed of the wild bootstrap in the report and `egov paradox --metric group-slope`.
    public static let defaultSeed: UInt64 = 20_240_917
    /// Bootstrap replicates (random Rademacher draws: 2^G far exceeds B, so no enumeration).
    public static let defaultReplications = 9_999

    /// The model's term names.
    public static let slopeTerm = "egdi"
    public static let interactionTerm = "egdi:post_soviet"

    public var outcome: GovernanceOutcome
    public var alignment: YearAlignment
    public var editions: [Int]
    /// Country-editions and countries (clusters) in the fit.
    public var observations: Int
    public var countries: Int
    public var postSovietCountries: Int
    /// The fit with CR1 standard errors clustered by country and t(G − 1) inference.
    public var regression: RegressionResult
    /// The restricted wild cluster bootstrap of H0: interaction = 0.
    public var bootstrap: WildBootstrapResult
    /// The post-Soviet slope `β_egdi + β_interaction`, its CR1 standard error
    /// `sqrt(V₁₁ + V₂₂ + 2V₁₂)` and two-sided t(G − 1) p-value.
    public var postSovietSlope: Double
    public var postSovietSlopeStandardError: Double
    public var postSovietSlopePValue: Double
    public var notes: [String]
}

extension ParadoxPanel {
    /// Tests whether the within-country association of `outcome` with EGDI differs for
    /// the 15 post-Soviet states:
    ///
    ///     y_it = β1 · egdi_it + β2 · egdi_it · post_soviet_i + α_i + γ_t + ε_it
    ///
    /// over all country-editions (`editionPanelSample`), with country effects `α_i` and
    /// edition effects `γ_t` absorbed (`LinearModel` with `FixedEffects`; the post-Soviet
    /// main effect is time-invariant and absorbed by `α_i`). Standard errors are clustered
    /// by country, CR1 `G/(G−1)·(N−1)/(N−K)` with `K` = slopes + 1 (country effects nested
    /// in the clusters: Stata `xtreg, fe vce(cluster)`, fixest's default), p-values from
    /// t(G − 1). β2 is also tested by the restricted wild cluster bootstrap
    /// (`WildClusterBootstrap`: Rademacher weights, `replications` draws from
    /// `Xoshiro256StarStar(seed:)`, symmetric p-value; Cameron, Gelbach & Miller 2008;
    /// Roodman et al. 2019), because only 15 of the clusters carry the interaction and
    /// the t(G − 1) reference can over-reject with few treated clusters
    /// (MacKinnon & Webb 2017, Journal of Applied Econometrics 32:233–254).
    ///
    /// A negative β2 says: as e-government improves within a post-Soviet state, its
    /// governance improves less than elsewhere — the paradox as a slope.
    public func groupSlopeTest(outcome: GovernanceOutcome = .wgiCC, alignment: YearAlignment = .dataYear,
                               replications: Int = GroupSlopeTest.defaultReplications,
                               seed: UInt64 = GroupSlopeTest.defaultSeed,
                               weights: WildBootstrapWeights = .rademacher) throws(ParadoxError) -> GroupSlopeTest {
        let s = try editionPanelSample(outcome: outcome, alignment: alignment)
        let what = "group slope test of \(outcome.variable)"
        let treated = Set(zip(s.iso3, s.postSoviet).filter(\.1).map(\.0)).count
        guard s.count >= 10, s.countries >= 3 else {
            throw .insufficientData(what: what, observations: s.count, needed: 10)
        }
        guard treated >= 1, treated < s.countries else {
            throw .fit(what: what, reason: "the sample needs both post-Soviet and other countries (post-Soviet: \(treated) of \(s.countries))")
        }
        let interaction = zip(s.egdi, s.postSoviet).map { $1 ? $0 : 0 }
        guard let design = Matrix(columns: [s.egdi, interaction]) else {
            throw .fit(what: what, reason: "could not build the design matrix")
        }
        let model = LinearModel(
            design: design, response: s.outcomeValues, termNames: [GroupSlopeTest.slopeTerm, GroupSlopeTest.interactionTerm],
            hasIntercept: false,
            fixedEffects: FixedEffects(names: ["iso3", "edition"], codes: [s.countryCodes, s.editionCodes]))
        let cluster = ClusterVariable(name: "country", codes: s.countryCodes)
        let fitted: FittedLinearModel
        let result: RegressionResult
        do {
            fitted = try model.estimate()
            result = try fitted.result(covariance: .cluster(cluster))
        } catch {
            throw .fit(what: what, reason: error.description)
        }
        guard let b1 = result.coefficient(GroupSlopeTest.slopeTerm), let b2 = result.coefficient(GroupSlopeTest.interactionTerm),
              result.covariance.rows == 2 else {
            throw .fit(what: what, reason: "egdi or its interaction with post_soviet was dropped as collinear with the fixed effects")
        }
        let boot: WildBootstrapResult
        do {
            boot = try WildClusterBootstrap(replications: replications, weights: weights, level: nil)
                .test(fitted, coefficient: GroupSlopeTest.interactionTerm, cluster: cluster, seed: seed)
        } catch {
            throw .fit(what: what + " (wild cluster bootstrap)", reason: error.description)
        }
        let v = result.covariance
        let slope = b1.estimate + b2.estimate
        let se = Swift.max(0, v[0, 0] + v[1, 1] + 2 * v[0, 1]).squareRoot()
        // Countries in the fit: a country observed once is a fixed-effect singleton, dropped by the fit.
        let fittedCountries = result.clusters.first?.clusters ?? s.countries
        let df = result.inferenceDegreesOfFreedom ?? (fittedCountries - 1)
        let p = (try? StudentT(degreesOfFreedom: Double(df))).map { 2 * $0.sf(abs(slope / se)) } ?? .nan
        var notes = s.notes
        notes.append("Two-way fixed effects (country, edition): \(outcome.variable) ~ egdi + egdi:post_soviet | iso3 + edition, n = \(result.observations) country-editions, \(fittedCountries) countries (\(treated) post-Soviet)\(fittedCountries < s.countries ? "; \(s.countries - fittedCountries) observed once (a fixed-effect singleton) left out" : "").")
        let kText = result.smallSampleParameters.map { "K = \($0): the 2 slopes and the edition effects, which are not nested in the country clusters, counted by the nested rule (fixest, Stata xtreg); the country effects are nested and do not count" } ?? "no K adjustment"
        notes.append("Standard errors clustered by country (CR1 = G/(G\u{2212}1)\u{00B7}(N\u{2212}1)/(N\u{2212}K), G = \(fittedCountries), \(kText)); p-values from t(\(df)).")
        notes.append("Wild cluster bootstrap of H0: egdi:post_soviet = 0: restricted (WCR), \(weights.rawValue.capitalized) weights, B = \(boot.replications)\(boot.enumerated ? " (all sign vectors)" : ", Xoshiro256** seed \(seed)"), symmetric p-value #{|t*| ≥ |t|}/B (ties counted as extreme), the package's convention for every wild bootstrap.")
        notes += result.notes
        return GroupSlopeTest(
            outcome: outcome, alignment: alignment, editions: s.editions, observations: result.observations,
            countries: fittedCountries, postSovietCountries: treated, regression: result, bootstrap: boot,
            postSovietSlope: slope, postSovietSlopeStandardError: se, postSovietSlopePValue: p, notes: notes)
    }
}

extension GroupSlopeTest {
    /// Rows: the slope of the other countries, the interaction (with its wild bootstrap
    /// p-value) and the implied post-Soviet slope.
    public func table() -> ResultTable {
        let r = regression
        func row(_ label: String, _ c: RegressionResult.Coefficient?, wild: Double?) -> [TableCell] {
            [.text(label), .number(c?.estimate), .number(c?.standardError), .number(c?.statistic), .number(c?.pValue),
             .number(c?.confidenceLow), .number(c?.confidenceHigh), .number(wild)]
        }
        let df = Double(r.inferenceDegreesOfFreedom ?? (countries - 1))
        let q = (try? StudentT(degreesOfFreedom: df))?.quantile(0.5 + r.level / 2) ?? .nan
        let implied: [TableCell] = [
            .text("egdi + egdi:post_soviet"), .number(postSovietSlope), .number(postSovietSlopeStandardError),
            .number(postSovietSlope / postSovietSlopeStandardError), .number(postSovietSlopePValue),
            .number(postSovietSlope - q * postSovietSlopeStandardError), .number(postSovietSlope + q * postSovietSlopeStandardError),
            .missing]
        return ResultTable(
            title: "Group slope test: EGDI slope of \(outcome.label), post-Soviet states vs the rest (two-way fixed effects)",
            columns: [TableColumn("term", alignment: .left), TableColumn("estimate"), TableColumn("std_error"),
                      TableColumn("t"), TableColumn("p_value"), TableColumn("conf_low"), TableColumn("conf_high"),
                      TableColumn("wild_bootstrap_p")],
            rows: [row(GroupSlopeTest.slopeTerm, r.coefficient(GroupSlopeTest.slopeTerm), wild: nil),
                   row(GroupSlopeTest.interactionTerm, r.coefficient(GroupSlopeTest.interactionTerm), wild: bootstrap.pValue),
                   implied],
            notes: notes + ["\(Int((r.level * 100).rounded()))% confidence intervals from t(\(Int(df))); egdi + egdi:post_soviet is the within slope of the post-Soviet states."])
    }
}
