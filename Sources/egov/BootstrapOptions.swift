// Options shared by the wild bootstrap of `egov regress` and `egov paradox --metric group-slope`.

import ArgumentParser
import EGovParadox

extension WildBootstrapWeights: ExpressibleByArgument {}
extension SingletonPolicy: ExpressibleByArgument {}

/// `--bootstrap`: the resampling scheme of `egov regress` (only the wild cluster bootstrap).
enum RegressBootstrapKind: String, CaseIterable, ExpressibleByArgument {
    case wild
}
