import Testing
@testable import Stats

#if canImport(Foundation)
import Foundation
#endif

@Suite struct DiagnosticsTests {
    /// The bundle carries the same numbers as the individual pieces (themselves checked against R).
    @Test(arguments: regressionDiagnosticsReferences.map(\.name))
    func bundleMatchesPieces(name: String) throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == name })
        let model = try ref.model()
        let terms = ref.vifTerms.map { VarianceInflation.Term(name: $0.name, columns: $0.columns) }
        let d = try Diagnostics.compute(model, options: .init(varianceInflationTerms: terms, focusColumn: 1))
        #expect(d.observations == ref.y.count)
        #expect(d.parameters == ref.coefficients.count)
        expectAgrees(try #require(d.varianceInflation).map(\.gvif), ref.gvif, "gvif")
        #expect(agrees(try #require(d.breuschPagan).statistic, ref.bpStudentized.statistic))
        #expect(agrees(try #require(d.breuschPaganOriginal).statistic, ref.bpOriginal.statistic))
        #expect(agrees(d.jarqueBera.statistic, ref.jarqueBera.statistic))
        #expect(agrees(d.durbinWatson, ref.durbinWatson))
        expectAgrees(d.influence.cooksDistance, ref.cooks, "cooks")
        #expect(d.influentialObservations.count == d.flags.flaggedRows.count)
        #expect(d.notes.isEmpty)
        #expect(d == (try Diagnostics.compute(model, options: .init(varianceInflationTerms: terms, focusColumn: 1))))
    }

    @Test func noInterceptSkipsVIFWithNote() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        let model = try FittedDesign(design: try #require(Matrix(columns: Array(ref.design.dropFirst()))), response: ref.y)
        let d = try Diagnostics.compute(model)
        #expect(d.varianceInflation == nil)
        #expect(d.notes.contains { $0.hasPrefix("VIF not computed") })
    }

    @Test func panelDurbinWatson() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars" })
        let d = try Diagnostics.compute(try ref.model(), options: .init(durbinWatsonGroups: ref.durbinWatsonGroups))
        #expect(agrees(d.durbinWatson, ref.durbinWatsonGrouped))
    }

    @Test func refusesDegenerateModels() throws {
        let x = try #require(Matrix(columns: [[1, 1, 1, 1], [1, 2, 3, 4]]))
        #expect(throws: DiagnosticsError.zeroResidualVariance) {
            try Diagnostics.compute(try FittedDesign(design: x, response: [3, 5, 7, 9]))
        }
        let square = try #require(Matrix(columns: [[1, 1], [1, 2]]))
        #expect(throws: DiagnosticsError.noResidualDegreesOfFreedom(observations: 2, parameters: 2)) {
            try Diagnostics.compute(try FittedDesign(design: square, response: [1, 3]))
        }
    }

    #if canImport(Foundation)
    /// Codable round trip (no NaN in this fit).
    @Test func codableRoundTrip() throws {
        let ref = try #require(regressionDiagnosticsReferences.first { $0.name == "mtcars12weighted" })
        let d = try Diagnostics.compute(try ref.model(), options: .init(focusColumn: 2))
        let data = try JSONEncoder().encode(d)
        let back = try JSONDecoder().decode(Diagnostics.self, from: data)
        #expect(back == d)
    }
    #endif
}
