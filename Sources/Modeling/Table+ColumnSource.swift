import PanelData

/// PanelData's table is the column source formulas and filters read.
extension Table: ColumnSource {
    public func numericValues(_ name: String) -> [Double?]? {
        guard let column = try? numeric(name) else { return nil }
        return column.optionalValues
    }

    public func numericStorage(_ name: String) -> NumericColumnStorage? {
        guard let column = try? numeric(name) else { return nil }
        return NumericColumnStorage(values: column.values, isMissing: column.isMissing)
    }

    public func textValues(_ name: String) -> [String?]? {
        guard let column = try? text(name) else { return nil }
        return column.values
    }
}
