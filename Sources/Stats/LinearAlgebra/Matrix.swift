/// A dense, column-major matrix of `Double`.
///
/// Element `(i, j)` lives at `storage[i + j * rows]`, so each column is one
/// contiguous run of memory: the least-squares kernel streams columns, and
/// column-major order is also what LAPACK, R and Fortran use, so a design
/// matrix can be handed over without transposition.
///
/// `Matrix` is a value type (copy-on-write through its array storage) and
/// `Sendable`. Only the handful of operations the statistics layer needs are
/// provided; hot loops use unsafe buffer pointers so that bounds checks do not
/// get in the way of vectorisation.
public struct Matrix: Sendable, Equatable, Hashable, Codable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Column-major elements, `rows * columns` of them.
    public private(set) var storage: [Double]

    /// A `rows × columns` matrix filled with `value`.
    /// Negative dimensions are clamped to zero.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        let r = max(rows, 0), c = max(columns, 0)
        self.rows = r
        self.columns = c
        self.storage = Array(repeating: value, count: r * c)
    }

    /// Wraps column-major `storage`; returns `nil` when `storage.count != rows * columns`.
    public init?(rows: Int, columns: Int, storage: [Double]) {
        guard rows >= 0, columns >= 0, storage.count == rows * columns else { return nil }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// Builds a matrix from a list of columns; returns `nil` when the columns differ in length.
    /// With no columns the result is `0 × 0`.
    public init?(columns cols: [[Double]]) {
        let r = cols.first?.count ?? 0
        guard cols.allSatisfy({ $0.count == r }) else { return nil }
        self.rows = r
        self.columns = cols.count
        var s: [Double] = []
        s.reserveCapacity(r * cols.count)
        for c in cols { s.append(contentsOf: c) }
        self.storage = s
    }

    /// Builds a matrix from a list of rows; returns `nil` when the rows differ in length.
    public init?(rowMajor rowList: [[Double]]) {
        let c = rowList.first?.count ?? 0
        guard rowList.allSatisfy({ $0.count == c }) else { return nil }
        var m = Matrix(rows: rowList.count, columns: c)
        for (i, row) in rowList.enumerated() {
            for j in 0..<c { m[i, j] = row[j] }
        }
        self = m
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<max(n, 0) { m[i, i] = 1 }
        return m
    }

    /// Element `(row, column)`; traps on out-of-range indices like `Array`.
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            return storage[row + column * rows]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            storage[row + column * rows] = newValue
        }
    }

    /// A copy of column `j`.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "Matrix column out of range")
        return Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// A copy of row `i`.
    public func row(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < rows, "Matrix row out of range")
        return (0..<columns).map { storage[i + $0 * rows] }
    }

    /// The matrix made of the given columns, in the given order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var s: [Double] = []
        s.reserveCapacity(rows * indices.count)
        for j in indices {
            precondition(j >= 0 && j < columns, "Matrix column out of range")
            s.append(contentsOf: storage[(j * rows)..<((j + 1) * rows)])
        }
        return Matrix(uncheckedRows: rows, columns: indices.count, storage: s)
    }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        storage.withUnsafeBufferPointer { a in
            t.storage.withUnsafeMutableBufferPointer { b in
                for j in 0..<columns {
                    for i in 0..<rows { b[j + i * columns] = a[i + j * rows] }
                }
            }
        }
        return t
    }

    /// `X v` for a vector of length `columns`.
    public func times(_ v: [Double]) -> [Double] {
        precondition(v.count == columns, "Matrix.times: vector length \(v.count) != columns \(columns)")
        var out = [Double](repeating: 0, count: rows)
        storage.withUnsafeBufferPointer { a in
            out.withUnsafeMutableBufferPointer { o in
                for j in 0..<columns {
                    let vj = v[j]
                    if vj == 0 { continue }
                    let base = j * rows
                    for i in 0..<rows { o[i] += a[base + i] * vj }
                }
            }
        }
        return out
    }

    /// `Xᵀ v` for a vector of length `rows` (one dot product per column).
    public func transposeTimes(_ v: [Double]) -> [Double] {
        precondition(v.count == rows, "Matrix.transposeTimes: vector length \(v.count) != rows \(rows)")
        var out = [Double](repeating: 0, count: columns)
        storage.withUnsafeBufferPointer { a in
            v.withUnsafeBufferPointer { x in
                for j in 0..<columns {
                    let base = j * rows
                    var s = 0.0
                    for i in 0..<rows { s += a[base + i] * x[i] }
                    out[j] = s
                }
            }
        }
        return out
    }

    /// The matrix product `A B`.
    public func times(_ b: Matrix) -> Matrix {
        precondition(columns == b.rows, "Matrix.times: inner dimensions \(columns) and \(b.rows) differ")
        var c = Matrix(rows: rows, columns: b.columns)
        storage.withUnsafeBufferPointer { a in
            b.storage.withUnsafeBufferPointer { bb in
                c.storage.withUnsafeMutableBufferPointer { cc in
                    for j in 0..<b.columns {
                        for l in 0..<columns {
                            let blj = bb[l + j * b.rows]
                            if blj == 0 { continue }
                            for i in 0..<rows { cc[i + j * rows] += a[i + l * rows] * blj }
                        }
                    }
                }
            }
        }
        return c
    }

    /// The cross product `Aᵀ B` without forming the transpose.
    public func transposeTimes(_ b: Matrix) -> Matrix {
        precondition(rows == b.rows, "Matrix.transposeTimes: row counts \(rows) and \(b.rows) differ")
        var c = Matrix(rows: columns, columns: b.columns)
        storage.withUnsafeBufferPointer { a in
            b.storage.withUnsafeBufferPointer { bb in
                for j in 0..<b.columns {
                    for l in 0..<columns {
                        var s = 0.0
                        for i in 0..<rows { s += a[i + l * rows] * bb[i + j * b.rows] }
                        c.storage[l + j * columns] = s
                    }
                }
            }
        }
        return c
    }

    /// The diagonal (length `min(rows, columns)`).
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { storage[$0 + $0 * rows] }
    }

    private enum CodingKeys: String, CodingKey { case rows, columns, storage }

    /// Decodes and checks that `storage` has `rows * columns` elements.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let r = try c.decode(Int.self, forKey: .rows)
        let k = try c.decode(Int.self, forKey: .columns)
        let s = try c.decode([Double].self, forKey: .storage)
        guard r >= 0, k >= 0, s.count == r * k else {
            throw DecodingError.dataCorruptedError(
                forKey: .storage, in: c,
                debugDescription: "Matrix storage has \(s.count) elements, expected rows × columns = \(r) × \(k)")
        }
        self.init(uncheckedRows: r, columns: k, storage: s)
    }

    init(uncheckedRows rows: Int, columns: Int, storage: [Double]) {
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }
}
