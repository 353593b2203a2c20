import Testing
@testable import Stats

@Suite struct PartialCorrelationDegenerateTests {
    let x = [0.31, 0.52, 0.48, 0.77, 0.69, 0.91, 0.12, 0.44]
    let y = [1.2, 2.9, 2.1, 3.8, 3.1, 4.4, 0.7, 2.2]
    let z = [5.0, 3.0, 4.0, 1.0, 2.0, 6.0, 8.0, 7.0]

    @Test func controllingForXItselfIsUndefined() {
        for method in [CorrelationMethod.pearson, .spearman] {
            #expect(throws: CorrelationError.self) { try Correlation.partial(x: x, y: y, covariates: [x], method: method) }
            do { _ = try Correlation.partial(x: x, y: y, covariates: [z, y], method: method) } catch {
                #expect(error.description.contains("y after partialling out the covariates does not vary"))
            }
        }
        // A linear function of x is x for the partialling.
        #expect(throws: CorrelationError.self) { try Correlation.partial(x: x, y: y, covariates: [x.map { 3 * $0 - 1 }]) }
    }

    @Test func anOrdinaryCovariateStillWorks() throws {
        let r = try Correlation.partial(x: x, y: y, covariates: [z])
        #expect(r.estimate.isFinite && abs(r.estimate) < 1)
    }
}
