import Foundation
import Testing
@testable import Stats

@Suite struct MatrixTests {
    // [[1, 2], [3, 4], [5, 6]] (3 × 2); products checked by hand.
    let a = Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]])

    @Test func layoutAndAccess() throws {
        let m = try #require(a)
        #expect(m.rows == 3 && m.columns == 2)
        #expect(m.storage == [1, 3, 5, 2, 4, 6])  // column-major
        #expect(m[2, 1] == 6 && m.column(1) == [2, 4, 6] && m.row(1) == [3, 4])
        #expect(m.transposed.storage == [1, 2, 3, 4, 5, 6])
        #expect(m.selectingColumns([1, 0]).column(0) == [2, 4, 6])
        #expect(Matrix(rows: 2, columns: 2, storage: [1, 2, 3]) == nil)
        #expect(Matrix(columns: [[1, 2], [3]]) == nil)
        #expect(Matrix.identity(2).storage == [1, 0, 0, 1])
    }

    @Test func codableRoundTripAndValidation() throws {
        let m = try #require(a)
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(Matrix.self, from: data) == m)
        let bad = Data(#"{"rows": 2, "columns": 2, "storage": [1, 2, 3]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: bad) }
    }

    @Test func products() throws {
        let m = try #require(a)
        #expect(m.times([1, 1]) == [3, 7, 11])
        #expect(m.transposeTimes([1, 1, 1]) == [9, 12])
        #expect(m.transposeTimes(m).storage == [35, 44, 44, 56])  // XᵀX
        #expect(m.times(Matrix.identity(2)) == m)
        #expect(m.diagonal == [1, 4])
    }
}
