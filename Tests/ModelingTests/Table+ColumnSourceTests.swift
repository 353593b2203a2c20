import Testing
import PanelData
@testable import Modeling

@Suite struct TableColumnSourceTests {
    @Test func tableFeedsFormulasAndFilters() throws {
        let table = try CSVReader.read(string: "iso3,year,y,x\nKAZ,2018,1,2\nEST,2018,3,NA\nKAZ,2020,5,6\n")
        #expect(table.numericValues("x") == [2, nil, 6])
        #expect(table.textValues("iso3") == ["KAZ", "EST", "KAZ"])
        #expect(table.numericValues("iso3") == nil)
        #expect(table.textValues("y") == nil)
        let mask = try RowFilter.parse("iso3 == \"KAZ\" && year > 2018").evaluate(on: table)
        #expect(mask == [false, false, true])
        let design = try DesignMatrix.build(formula: Formula.parse("y ~ x"), data: table, options: DesignOptions())
        #expect(design.rowCount == 2)
        #expect(design.droppedRows.map(\.rowIndex) == [1])
        #expect(design.columnNames == ["(Intercept)", "x"])
    }
}
