import Foundation
import Testing
@testable import PanelData

/// Reads `text` and returns the table, or records the error.
private func read(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) throws -> Table {
    try CSVReader.read(string: text, options: options)
}

/// The message of the error thrown when reading `bytes`, or nil if it reads.
private func errorMessage(_ bytes: [UInt8], name: String = "data.csv",
                          _ options: CSVReadOptions = CSVReadOptions()) -> String? {
    do {
        _ = try CSVReader.read(bytes: bytes, sourceName: name, options: options)
        return nil
    } catch {
        return error.description
    }
}

private func errorMessage(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) -> String? {
    errorMessage(Array(text.utf8), options)
}

@Suite struct CSVReaderTests {
    @Test func quotedFields() throws {
        let t = try read("name,note\n\"Korea, Rep.\",\"He said \"\"hi\"\"\"\n\"multi\nline\",\"\"\n")
        #expect(try t.text("name").values == ["Korea, Rep.", "multi\nline"])
        #expect(try t.text("note").values == ["He said \"hi\"", nil])  // a quoted "" is missing, as readr reads it (issue 18.7)
    }

    @Test func lineEndingsBomAndFinalNewline() throws {
        let expected = try Table([
            .numeric(try NumericColumn(name: "a", [1, 3])),
            .numeric(try NumericColumn(name: "b", [2, 4])),
        ])
        #expect(try read("a,b\r\n1,2\r\n3,4\r\n") == expected)
        #expect(try read("a,b\n1,2\n3,4") == expected)           // no final newline
        #expect(try read("\u{FEFF}a,b\n1,2\n3,4\n") == expected)  // BOM skipped
        #expect(try read("a,b\r1,2\r3,4\r") == expected)          // old Mac CR
        #expect(try read("a,b\n1,2\n\n3,4\n\n\n") == expected)     // blank lines skipped (2+ columns)
        #expect(try read("\n\na,b\n1,2\n3,4\n") == expected)       // blank lines before the header
        #expect(try CSVReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n3,4\n".utf8)).columnNames == ["a", "b"])
    }

    @Test func emptyFieldsAndMissingTokens() throws {
        let t = try read("x,y,z\n1,,a\nNA,2,NA\n..,-,\" NA\"\n.,#N/A,NULL\n")
        #expect(try t.numeric("x").optionalValues == [1, nil, nil, nil])
        #expect(try t.numeric("y").optionalValues == [nil, 2, nil, nil])
        // Quoted fields are literal by default: " NA" is text; unquoted NA/NULL are missing.
        #expect(try t.text("z").values == ["a", nil, " NA", nil])
        let q = try read("x\n\"\"\n\"NA\"\n\"1\"\n", CSVReadOptions(quotedFieldsCanBeMissing: true))
        #expect(try q.numeric("x").optionalValues == [nil, nil, 1])
        let custom = try read("x\nmissing\n3\n", CSVReadOptions(missingTokens: ["missing"]))
        #expect(try custom.numeric("x").optionalValues == [nil, 3])
        #expect(try read(" x \n 1 \n", CSVReadOptions()).columnNames == [" x "])  // names are literal
    }

    @Test func oneColumnBlankLineIsMissing() throws {
        let t = try read("x\n1\n\n3\n")
        #expect(try t.numeric("x").optionalValues == [1, nil, 3])
    }

    @Test func typeInference() throws {
        let t = try read("a,b,c,d,e\n1,x,\u{2212}2.5,004,1e3\n-2,3,+1,005,\n")
        #expect(try t.numeric("a").values == [1, -2])
        #expect(try t.text("b").values == ["x", "3"])                 // text before the number: kept verbatim
        #expect(try t.numeric("c").values == [-2.5, 1])               // U+2212 minus
        #expect(try t.numeric("d").values == [4, 5])
        #expect(try t.numeric("e").optionalValues == [1000, nil])
        let forced = try read("code,v\n004,1\n010,2\n", CSVReadOptions(textColumns: ["code"]))
        #expect(try forced.text("code").values == ["004", "010"])
        #expect(try forced.text("code").origin == .forcedByOption)
        // Forced only where present: an absent name is no error (loaders force conventional
        // identifier columns without knowing the header); a present one is forced.
        let ifPresent = try read("code,v\n004,1\n", CSVReadOptions(textColumnsIfPresent: ["code", "country"]))
        #expect(try ifPresent.text("code").values == ["004"])
        #expect(ifPresent.columnNames == ["code", "v"])
        #expect(throws: CSVError.self) { try read("code,v\n004,1\n", CSVReadOptions(textColumns: ["country"], textColumnsIfPresent: ["country"])) }
        let all = try read("code,v\n004,1\n", CSVReadOptions(columnTypes: .allText))
        #expect(try all.text("v").values == ["1"])
        #expect(throws: TableError.notNumeric(column: "v", origin: .allTextOption)) { try all.numeric("v") }
        let empty = try read("a,b\n,\n,\n")
        #expect(try empty.numeric("a").missingCount == 2)             // all missing -> numeric
    }

    @Test func textColumnRemembersWhy() throws {
        var lines = "country,gdp\n"
        for i in 2...16 { lines += "C\(i),\(i).5\n" }
        lines += "C17,\"1,5\"\nC18,2\n"
        let t = try CSVReader.read(string: lines, sourceName: "wdi.csv")
        let gdp = try t.text("gdp")
        #expect(gdp.values.first == "2.5")                            // earlier rows recovered verbatim
        #expect(gdp.values[15] == "1,5")
        #expect(gdp.origin == .inferred(value: "1,5", line: 17, field: 2))
        do {
            _ = try t.numeric("gdp")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "column 'gdp' is text, not numeric: line 17 has \"1,5\" (decimal comma? write 1.5)")
        }
        do {
            _ = try t.numeric("gpd")
        } catch {
            #expect(error.description == "no column named 'gpd' in wdi.csv; did you mean 'gdp'?")
        }
    }

    @Test func nonFiniteAndOverflowAreErrors() {
        #expect(errorMessage(Array("year,x\n2018,1\n2019,NaN\n".utf8))
                == "data.csv, line 3, column 2: \"NaN\" in numeric column 'x' is not a finite number; write NA for a missing value")
        #expect(errorMessage(Array("x\n-Infinity\n".utf8))
                == "data.csv, line 2, column 1: \"-Infinity\" in numeric column 'x' is not a finite number; write NA for a missing value")
        #expect(errorMessage(Array("x\n1\nInf\n".utf8))?.contains("line 3, column 1: \"Inf\"") == true)
        #expect(errorMessage(Array("x\n1e400\n".utf8))
                == "data.csv, line 2, column 1: \"1e400\" in numeric column 'x' is too large for a Double (max about 1.8e308); fix the value, or write NA for a missing value")
        // In a text column these are just text.
        #expect(errorMessage("x\nNaN\nabc\n") == nil)
        #expect(errorMessage("x\nabc\nInf\n") == nil)
    }

    @Test func structuralErrorMessages() {
        #expect(errorMessage("a,b\n1,2\n\"open,3\n4,5\n")
                == "data.csv, line 3, column 1: quoted field opened here is never closed; add the closing '\"' (a '\"' inside a quoted field is written '\"\"')")
        #expect(errorMessage("a,b,c\n1,2,3\n1,2,3,4\n")
                == "data.csv, line 3: expected 3 fields, found 4; quote fields that contain the delimiter, or fix the row")
        #expect(errorMessage("a,b\n\"x\ny\",2\n3\n") == "data.csv, line 4: expected 2 fields, found 1; quote fields that contain the delimiter, or fix the row")
        #expect(errorMessage("") == "data.csv: the file is empty; expected a header line")
        #expect(errorMessage("\u{FEFF}") == "data.csv: the file is empty; expected a header line")
        #expect(errorMessage("junk\njunk\n", CSVReadOptions(skipLines: 4))
                == "data.csv: no header line after the 2 skipped lines; check skipLines")
        #expect(errorMessage("a,b,a\n1,2,3\n")
                == "data.csv, line 1, column 3: duplicate column name 'a' (also column 1); rename one of them")
        #expect(errorMessage("a,,c\n1,2,3\n")
                == "data.csv, line 1, column 2: empty column name in the header; give every column a name")
        #expect(errorMessage("a,b\n1,x\"y\n")
                == "data.csv, line 2, column 2: stray '\"' inside an unquoted field; enclose the whole field in quotes and double the inner quote (\"\")")
        #expect(errorMessage("a,b\n1,\"x\"y\n")
                == "data.csv, line 2, column 2: text after the closing quote of a field; a '\"' inside a quoted field is written '\"\"'")
        #expect(errorMessage("a\n1\n", CSVReadOptions(textColumns: ["A"]))
                == "data.csv: textColumns names 'A', which is not in the header; did you mean 'a'?")
    }

    @Test func encodingErrors() {
        // "café" in Latin-1: 0xE9 followed by a line feed is not UTF-8.
        let latin1: [UInt8] = Array("name\nok\ncaf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(errorMessage(latin1)
                == "data.csv, line 3: invalid UTF-8 at byte offset 11; save the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv)")
        #expect(errorMessage([0x61, 0x0A, 0xC0, 0x80, 0x0A]) != nil)         // overlong NUL
        #expect(errorMessage([0x61, 0x0A, 0xED, 0xA0, 0x80, 0x0A]) != nil)   // UTF-16 surrogate
        #expect(errorMessage([0x61, 0x0A, 0xF4, 0x90, 0x80, 0x80]) != nil)   // above U+10FFFF
        #expect(errorMessage([0x61, 0x0A, 0xE2, 0x88]) != nil)               // truncated
        #expect(errorMessage(Array("a\n\u{10FFFF}\u{2212}é\n".utf8)) == nil)  // valid multi-byte
        let utf16: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00]
        #expect(errorMessage(utf16)?.hasPrefix("data.csv: the file is UTF-16 (little-endian") == true)
        #expect(errorMessage(Array("a,b\n1,2\n3,".utf8) + [0] + Array("\n".utf8))
                == "data.csv, line 3: NUL byte at byte offset 10; the file is binary or UTF-16: save it as UTF-8 text")
    }

    @Test func headerOnlyAndHeaderless() throws {
        let h = try read("a,b\n")
        #expect(h.rowCount == 0 && h.columnNames == ["a", "b"])
        #expect(try read("a,b").rowCount == 0)
        let n = try read("1,x\n2,y\n", CSVReadOptions(hasHeader: false))
        #expect(n.columnNames == ["V1", "V2"])
        #expect(try n.numeric("V1").values == [1, 2])
        // A column that turns text on a later row recovers the first row's text too.
        let late = try read("1,x\n\"2\",y\nabc,z\n", CSVReadOptions(hasHeader: false))
        #expect(try late.text("V1").values == ["1", "2", "abc"])
        #expect(try late.text("V1").origin == .inferred(value: "abc", line: 3, field: 1))
    }

    @Test func skipLinesAndWDIShape() throws {
        // The shape of a World Bank WDI download: 4 lines of metadata, every field quoted,
        // "" for missing, and a delimiter at the end of every line.
        let wdi = """
        "Data Source","World Development Indicators",

        "Last Updated Date","2024-06-28",

        "Country Name","Country Code","2019","2020",
        "Aruba","ABW","3395798882.68","",
        "Estonia","EST","31390000000","31370000000",

        """
        let options = CSVReadOptions(quotedFieldsCanBeMissing: true, skipLines: 4, dropEmptyUnnamedColumns: true)
        let t = try CSVReader.read(string: wdi, sourceName: "API_NY.GDP.csv", options: options)
        #expect(t.columnNames == ["Country Name", "Country Code", "2019", "2020"])
        #expect(try t.numeric("2020").optionalValues == [nil, 31370000000])
        #expect(try t.numeric("2019").values == [3395798882.68, 31390000000])
        // Without dropEmptyUnnamedColumns the trailing empty name is an error.
        #expect(errorMessage(Array(wdi.utf8), CSVReadOptions(quotedFieldsCanBeMissing: true, skipLines: 4))
                == "data.csv, line 5, column 5: empty column name in the header; give every column a name")
    }

    @Test func otherDelimiters() throws {
        let t = try read("a;b\n1,5;2\n", CSVReadOptions(delimiter: .semicolon))
        #expect(try t.text("a").values == ["1,5"])
        #expect(try t.numeric("b").values == [2])
        let tab = try read("a\tb\n1\t\"x\ty\"\n", CSVReadOptions(delimiter: .tab))
        #expect(try tab.text("b").values == ["x\ty"])
    }

    @Test func readsFilesAndNamesThem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csvreader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("ragged.csv")
        try Data("a,b\n1\n".utf8).write(to: url)
        #expect(throws: CSVError(.raggedRow(expected: 2, found: 1), source: "ragged.csv", line: 2)) {
            try CSVReader.read(contentsOf: url)
        }
        let missing = dir.appendingPathComponent("nope.csv")
        #expect(throws: CSVError(.cannotRead(reason: "no such file"), source: missing.path)) {
            try CSVReader.read(contentsOf: missing)
        }
        let good = dir.appendingPathComponent("good.csv")
        try Data("x\n1\n".utf8).write(to: good)
        let t = try CSVReader.read(contentsOf: good)
        #expect(t.sourceName == "good.csv")
        #expect(try CSVReader.read(data: Data("x\n1\n".utf8)) == t)
    }
}
