/// The read-only view of a data table that formulas, design matrices and row
/// filters need. PanelData's `Table` conforms to it (in the module that owns
/// `Table`); tests conform small in-memory structs.
///
/// A column is either numeric or text. `numericValues(_:)` returns `nil` when
/// the column does not exist or is not numeric; `textValues(_:)` likewise for
/// text columns. Inside a column, `nil` is a missing value (R's `NA`). A
/// numeric `Double.nan` is also treated as missing, as R's `complete.cases`
/// treats `NaN`.
public protocol ColumnSource {
    /// Every column name, in table order (used for "did you mean" suggestions).
    var columnNames: [String] { get }
    /// Number of rows; every column has exactly this many values.
    var rowCount: Int { get }
    /// The values of a numeric column, or `nil` if there is no numeric column of that name.
    func numericValues(_ name: String) -> [Double?]?
    /// The values of a text column, or `nil` if there is no text column of that name.
    func textValues(_ name: String) -> [String?]?
    /// The values of a numeric column as contiguous values and a missing mask, or `nil` if
    /// there is no numeric column of that name. The default unpacks `numericValues(_:)`
    /// (`nil` and `NaN` are missing); `Table` hands over its own arrays without copying.
    func numericStorage(_ name: String) -> NumericColumnStorage?
}
