/// A dense matrix of doubles in column-major order, the layout BLAS and LAPACK expect.
public struct Matrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// Element (r, c) is at `values[c * rows + r]`.
    public var values: [Double]

    public init(rows: Int, columns: Int, columnMajor values: [Double]) {
        precondition(values.count == rows * columns, "Matrix needs rows × columns values")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// Builds a matrix from rows given as arrays (convenient in tests and small fits).
    public init(rowArrays: [[Double]]) {
        let rows = rowArrays.count
        let columns = rowArrays.first?.count ?? 0
        var values = [Double](repeating: 0, count: rows * columns)
        for (r, row) in rowArrays.enumerated() {
            precondition(row.count == columns, "every row needs \(columns) values")
            for (c, value) in row.enumerated() { values[c * rows + r] = value }
        }
        self.init(rows: rows, columns: columns, columnMajor: values)
    }

    public subscript(row: Int, column: Int) -> Double {
        get { values[column * rows + row] }
        set { values[column * rows + row] = newValue }
    }
}
