import Stats

/// The likelihood models of `egov regress --family` (DESIGN.md §6, "Beyond linear").
public enum ModelFamily: String, Sendable, Hashable, CaseIterable, Codable {
    /// Logistic regression of a 0/1 outcome (R `glm(family = binomial)`).
    case logit
    /// Probit regression of a 0/1 outcome (R `glm(family = binomial(link = "probit"))`).
    case probit
    /// Poisson regression of counts, log link (R `glm(family = poisson)`).
    case poisson
    /// Ordered logit (R `MASS::polr`, Stata `ologit`).
    case orderedLogit = "ordered-logit"
    /// Ordered probit (R `polr(method = "probit")`, Stata `oprobit`).
    case orderedProbit = "ordered-probit"

    /// The GLM family, nil for the ordered models.
    public var glmFamily: GLMFamily? {
        switch self {
        case .logit: return .logit
        case .probit: return .probit
        case .poisson: return .poisson
        case .orderedLogit, .orderedProbit: return nil
        }
    }

    /// The ordered link, nil for the GLMs.
    public var orderedLink: OrderedLink? {
        switch self {
        case .orderedLogit: return .logit
        case .orderedProbit: return .probit
        default: return nil
        }
    }
}

/// Options of the likelihood models.
public struct LikelihoodOptions: Sendable, Equatable, Hashable {
    /// Also compute average marginal effects (`--margins`).
    public var margins: Bool
    /// Order of a text outcome's levels for ordered models, lowest first (`--levels "NF,PF,F"`);
    /// nil: numeric outcomes by value (text outcomes then need it).
    public var levels: [String]?
    /// Expected (R) or observed (Stata) information for GLM standard errors (`--information`).
    public var information: GLMInformation
    /// Iteration limit (`--max-iterations`).
    public var maximumIterations: Int

    /// Options; defaults: no margins, no level order, expected information, 100 iterations.
    public init(margins: Bool = false, levels: [String]? = nil, information: GLMInformation = .expected, maximumIterations: Int = 100) {
        self.margins = margins
        self.levels = levels
        self.information = information
        self.maximumIterations = maximumIterations
    }
}

/// The likelihood part of a report: GLM or ordered-model statistics and the marginal effects.
public struct LikelihoodDetails: Sendable, Equatable {
    /// The model family.
    public let family: ModelFamily
    /// GLM statistics (nil for ordered models).
    public let glm: GLMSummary?
    /// Ordered-model statistics (nil for GLMs).
    public let ordered: OrderedModelSummary?
    /// Cut points of an ordered model: name, estimate, standard error.
    public let cutpoints: [RegressionResult.Coefficient]
    /// Average marginal effects (`--margins`), nil when not asked for.
    public let marginalEffects: [AverageMarginalEffect]?
    /// How the marginal effects were computed.
    public let marginsNote: String?
}
