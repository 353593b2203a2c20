// Release-mode timing of CSVReader / CSVWriter on a large file (run by scripts/csv-bench.sh,
// compiled together with the PanelData sources; not part of the package build).
import Foundation

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: csvbench FILE.csv\n".utf8))
    exit(64)
}
let url = URL(fileURLWithPath: args[1])
let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
let clock = ContinuousClock()
var table: Table?
let readTime = clock.measure {
    do { table = try CSVReader.read(contentsOf: url) } catch { print("error: \(error)"); exit(1) }
}
guard let t = table else { exit(1) }
let numeric = t.columns.filter(\.isNumeric).count
print("read  \(size / 1_000_000) MB, \(t.rowCount) rows x \(t.columnCount) columns (\(numeric) numeric) in \(readTime)")
var bytes: [UInt8] = []
let writeTime = clock.measure { bytes = CSVWriter.bytes(t) }
print("write \(bytes.count / 1_000_000) MB in \(writeTime)")
