/// An invalid distribution parameter: which one, its value and the allowed range.
public struct DistributionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var distribution: String
    public var parameter: String
    public var value: Double
    public var requirement: String

    public init(distribution: String, parameter: String, value: Double, requirement: String) {
        self.distribution = distribution; self.parameter = parameter; self.value = value; self.requirement = requirement
    }

    public var description: String {
        "\(distribution): parameter \(parameter) = \(value) is invalid; it must be \(requirement)."
    }
}

extension DistributionError {
    static func check(_ ok: Bool, _ distribution: String, _ parameter: String, _ value: Double,
                      _ requirement: String) throws(DistributionError) {
        if !ok { throw DistributionError(distribution: distribution, parameter: parameter, value: value, requirement: requirement) }
    }
}
