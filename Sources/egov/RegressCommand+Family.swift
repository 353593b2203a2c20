// `egov regress --family ...`: the options of the likelihood models.

import ArgumentParser
import EGovParadox
import Foundation

extension RegressCommand {
    /// `--margins`, `--levels`, `--information`, `--max-iterations` need a matching `--family`.
    func validateFamilyOptions() throws {
        if margins, family == nil {
            throw ValidationError("--margins needs a likelihood model: add --family logit|probit|poisson|ordered-logit|ordered-probit")
        }
        if levels != nil, family?.orderedLink == nil {
            throw ValidationError("--levels orders the outcome of an ordered model: add --family ordered-logit or ordered-probit")
        }
        if let levels, parsedLevels(levels).count < 2 {
            throw ValidationError("--levels needs at least two levels separated by commas, lowest first, e.g. \"NF,PF,F\"")
        }
        if information == .observed, family?.glmFamily == nil {
            throw ValidationError("--information applies to --family logit, probit or poisson")
        }
        if maxIterations < 1 || maxIterations > 10_000 {
            throw ValidationError("--max-iterations must be between 1 and 10000; got \(maxIterations)")
        }
    }

    /// The likelihood options from the command line.
    var likelihoodOptions: LikelihoodOptions {
        LikelihoodOptions(margins: margins, levels: levels.map(parsedLevels), information: information, maximumIterations: maxIterations)
    }

    func parsedLevels(_ text: String) -> [String] {
        text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
