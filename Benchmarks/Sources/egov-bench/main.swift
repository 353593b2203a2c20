// egov-bench: release-mode timing of the workloads of Benchmarks/RESULTS.md.
//
// Each workload is timed in-process with the monotonic clock (CLOCK_MONOTONIC):
// one untimed warm-up, then N timed repetitions; the median (and the minimum)
// are reported. Data are generated outside the timed region from fixed seeds
// (Xoshiro256**). Speed is measured here, never in unit tests.
//
//   swift build -c release --product egov-bench --product egov
//   .build/release/egov-bench [--json] [--only name,name] [--reps N]
//
// Run one workload per process (`--only`) when its peak memory matters:
// getrusage's maxrss is the high-water mark of the whole process.

import EGovParadox
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: Clock, memory, statistics

func nowNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Peak resident set size of this process in bytes (Linux reports kilobytes, macOS bytes).
func peakRSSBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    #if os(Linux)
    return Int(usage.ru_maxrss) * 1024
    #else
    return Int(usage.ru_maxrss)
    #endif
}

/// A `VmXXX:` field of /proc/self/status in bytes (Linux), nil elsewhere.
func procStatusBytes(_ field: String) -> Int? {
    #if os(Linux)
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
        return Int(digits).map { $0 * 1024 }
    }
    #endif
    return nil
}

/// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS (Linux ≥ 4.0:
/// writing 5 to /proc/self/clear_refs), so the peak of the timed calls can be
/// told apart from the high-water mark of building the inputs. Returns false
/// when that is not possible.
func resetPeakRSS() -> Bool {
    #if os(Linux)
    guard let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? h.close() }
    do { try h.write(contentsOf: Data("5".utf8)) } catch { return false }
    return true
    #else
    return false
    #endif
}

func median(_ v: [Double]) -> Double {
    let s = v.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Keeps results alive so the optimiser cannot drop the timed work.
nonisolated(unsafe) var sink: Double = 0

struct BenchError: Error, CustomStringConvertible {
    let description: String
}

struct Measurement: Codable {
    let name: String
    let description: String
    let repetitions: Int
    let medianSeconds: Double
    let minSeconds: Double
    let timesSeconds: [Double]
    let peakRSSBytes: Int
    /// Peak RSS after building the inputs, before the first timed call.
    let setupPeakRSSBytes: Int
    /// Resident set after building the inputs (the inputs themselves + runtime), and the
    /// peak RSS during the warm-up and timed calls only (VmHWM reset after the setup):
    /// `fitPeakRSSBytes − inputsRSSBytes` is what the workload itself adds. Nil where
    /// /proc is not available.
    let inputsRSSBytes: Int?
    let fitPeakRSSBytes: Int?
    let check: Double
}

struct Workload {
    let name: String
    let description: String
    let repetitions: Int
    /// Builds the inputs (untimed) and returns the timed body; the body returns a number
    /// derived from the result (printed as `check`, so runs can be compared).
    let setup: () throws -> (() throws -> Double)
}

// MARK: Data

/// Standard normal draws (Box–Muller) from a fixed-seed generator.
struct Gaussian {
    var rng: Xoshiro256StarStar
    var spare: Double? = nil
    init(seed: UInt64) { rng = Xoshiro256StarStar(seed: seed) }
    mutating func next() -> Double {
        if let s = spare { spare = nil; return s }
        var u = 0.0
        repeat { u = Double.random(in: 0..<1, using: &rng) } while u == 0
        let v = Double.random(in: 0..<1, using: &rng)
        let r = (-2 * log(u)).squareRoot()
        spare = r * sin(2 * Double.pi * v)
        return r * cos(2 * Double.pi * v)
    }
}

/// `n × k` design: an intercept column and k − 1 standard normal regressors;
/// y = X β + heteroskedastic noise, β = (1, 0.5, −0.25, …).
func regressionData(n: Int, k: Int, seed: UInt64) throws -> (Matrix, [Double], [String]) {
    var g = Gaussian(seed: seed)
    var storage = [Double](repeating: 1, count: n * k)
    for j in 1..<k { for i in 0..<n { storage[i + j * n] = g.next() } }
    var y = [Double](repeating: 0, count: n)
    for i in 0..<n {
        var m = 0.0
        for j in 0..<k { m += storage[i + j * n] * (j == 0 ? 1 : 0.5 / Double(j)) }
        let x1 = k > 1 ? storage[i + n] : 0
        y[i] = m + (1 + 0.5 * abs(x1)) * g.next()
    }
    guard let x = Matrix(rows: n, columns: k, storage: storage) else { throw BenchError(description: "matrix") }
    let names = ["(Intercept)"] + (1..<k).map { "x\($0)" }
    return (x, y, names)
}

func correlatedPair(n: Int, seed: UInt64) -> ([Double], [Double]) {
    var g = Gaussian(seed: seed)
    var x = [Double](), y = [Double]()
    for _ in 0..<n {
        let a = g.next()
        x.append(a)
        y.append(0.4 * a + g.next())
    }
    return (x, y)
}

// MARK: Workloads

func olsHC1(n: Int, reps: Int) -> Workload {
    Workload(name: "ols_hc1_n\(n)", description: "LinearModel.fit(covariance: .hc1), n = \(n), k = 10 (default options)",
             repetitions: reps) {
        let (x, y, names) = try regressionData(n: n, k: 10, seed: 20_240_801)
        let model = LinearModel(design: x, response: y, termNames: names, hasIntercept: true)
        return { try model.fit(covariance: .hc1).coefficients[1].standardError }
    }
}

let allWorkloads: [Workload] = [
    olsHC1(n: 1_000_000, reps: 5),
    Workload(name: "lstsq_n1000000", description: "LeastSquares.fit, n = 1e6, k = 10, computeLeverage: false (coefficients only)",
             repetitions: 5) {
        let (x, y, _) = try regressionData(n: 1_000_000, k: 10, seed: 20_240_801)
        let options = LeastSquaresOptions(computeLeverage: false)
        return { try LeastSquares.fit(x, y, options: options).coefficients[1] }
    },
    olsHC1(n: 10_000, reps: 21),
    olsHC1(n: 100_000, reps: 11),
    Workload(name: "small_fits", description: "10,000 × LinearModel.fit(covariance: .hc1), n = 190, k = 3 (100 data sets cycled)",
             repetitions: 5) {
        let data = try (0..<100).map { try regressionData(n: 190, k: 3, seed: 7_000 + UInt64($0)) }
        let models = data.map { LinearModel(design: $0.0, response: $0.1, termNames: $0.2, hasIntercept: true) }
        return {
            var s = 0.0
            for i in 0..<10_000 { s += try models[i % 100].fit(covariance: .hc1).coefficients[1].standardError }
            return s
        }
    },
    Workload(name: "twoway_fe_1e6", description: "two-way FE (1e4 entities × 100 periods = 1e6 rows), 2 regressors, CR1 by entity",
             repetitions: 3) {
        let entities = 10_000, periods = 100, n = entities * periods
        var g = Gaussian(seed: 99)
        let alpha = (0..<entities).map { _ in g.next() }, gamma = (0..<periods).map { _ in g.next() }
        var x1 = [Double](repeating: 0, count: n), x2 = x1, y = x1
        var entity = [Int](repeating: 0, count: n), period = entity
        for e in 0..<entities {
            for t in 0..<periods {
                let i = e * periods + t
                entity[i] = e; period[i] = t
                x1[i] = g.next() + 0.5 * alpha[e]
                x2[i] = g.next() + 0.3 * gamma[t]
                y[i] = 1.0 * x1[i] - 0.5 * x2[i] + alpha[e] + gamma[t] + g.next()
            }
        }
        guard let x = Matrix(columns: [x1, x2]) else { throw BenchError(description: "matrix") }
        let model = LinearModel(design: x, response: y, termNames: ["x1", "x2"], hasIntercept: false,
                                fixedEffects: FixedEffects(names: ["entity", "period"], codes: [entity, period]))
        let cluster = ClusterVariable(name: "entity", codes: entity)
        return { try model.fit(covariance: .cluster(cluster)).coefficients[0].standardError }
    },
    Workload(name: "pearson_bca", description: "Bootstrap.pearson, n = 190, B = 10,000, + BCa 95% interval",
             repetitions: 21) {
        let (x, y) = correlatedPair(n: 190, seed: 11)
        return {
            var rng = Xoshiro256StarStar(seed: 12)
            let b = try Bootstrap.pearson(x: x, y: y, resamples: 10_000, using: &rng)
            return try b.interval(.bca).lower
        }
    },
    Workload(name: "permutation", description: "PermutationTest.correlation, n = 190, B = 10,000 (Pearson, two-sided)",
             repetitions: 21) {
        let (x, y) = correlatedPair(n: 190, seed: 13)
        return {
            var rng = Xoshiro256StarStar(seed: 14)
            return try PermutationTest.correlation(x: x, y: y, resamples: 10_000, using: &rng).pValue
        }
    },
    Workload(name: "wild_cluster", description: "WildClusterBootstrap, G = 15, N = 375, B = 9,999, Rademacher, with 95% CI by test inversion",
             repetitions: 21) {
        let g = 15, per = 25, n = g * per
        var gauss = Gaussian(seed: 15)
        var x = [Double](), y = [Double](), codes = [Int]()
        for c in 0..<g {
            let shock = gauss.next()
            for _ in 0..<per {
                let xi = gauss.next()
                x.append(xi); y.append(0.2 * xi + shock + gauss.next()); codes.append(c)
            }
        }
        guard let design = Matrix(columns: [[Double](repeating: 1, count: n), x]) else { throw BenchError(description: "matrix") }
        let model = LinearModel(design: design, response: y, termNames: ["(Intercept)", "x"], hasIntercept: true)
        let cluster = ClusterVariable(name: "cluster", codes: codes)
        let boot = WildClusterBootstrap(replications: 9_999)
        return { try boot.test(model, coefficient: "x", cluster: cluster, seed: 16).pValue }
    },
] + scatterWorkloads() + [reportWorkload()]

// MARK: Figure

/// 193 points with 193 labels, OLS line and 95% band, 85 mm single column.
func scatterChart() throws -> Chart {
    var rng = Xoshiro256StarStar(seed: 193)
    var g = Gaussian(seed: 194)
    let n = 193
    var x = [Double](), y = [Double](), labels = [String]()
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for i in 0..<n {
        let xi = Double.random(in: 0.1..<0.95, using: &rng)
        x.append(xi)
        y.append(-1.2 + 2.5 * xi + 0.6 * g.next())
        labels.append(String([letters[i % 26], letters[(i / 26) % 26], letters[(i * 7) % 26]]))
    }
    // Classical OLS line and pointwise 95% band for the mean (computed untimed, as for matplotlib).
    let mx = Descriptive.mean(x), my = Descriptive.mean(y)
    var sxx = 0.0, sxy = 0.0
    for i in 0..<n { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my) }
    let b = sxy / sxx, a = my - b * mx
    var ssr = 0.0
    for i in 0..<n { let r = y[i] - a - b * x[i]; ssr += r * r }
    let s2 = ssr / Double(n - 2)
    let tq = try StudentT(degreesOfFreedom: Double(n - 2)).quantile(0.975)
    let grid = (0..<80).map { 0.1 + 0.85 * Double($0) / 79 }
    let fit = grid.map { a + b * $0 }
    let half = grid.map { tq * (s2 * (1 / Double(n) + pow($0 - mx, 2) / sxx)).squareRoot() }
    var lower = [Double](), upper = [Double]()
    for i in grid.indices { lower.append(fit[i] - half[i]); upper.append(fit[i] + half[i]) }
    let px: [PlotValue] = x.map { PlotValue.number($0) }
    let py: [PlotValue] = y.map { PlotValue.number($0) }
    let ribbon = RibbonMark(x: grid, lower: lower, upper: upper)
    let line = LinesMark(series: [LineSeries(x: grid, y: fit)])
    let layers: [Layer] = [.ribbon(ribbon), .lines(line), .points(PointsMark(x: x, y: y)),
                           .labels(LabelMark(x: px, y: py, labels: labels))]
    return Chart(size: .singleColumn, x: Axis(RichText("EGDI")), y: Axis(RichText("Outcome")), layers: layers)
}

func scatterWorkloads() -> [Workload] {
    let formats: [(String, CairoRenderer.Format)] = [("png", .png(dpi: 300)), ("pdf", .pdf), ("svg", .svg)]
    return formats.map { ext, format in
        Workload(name: "scatter_\(ext)", description: "scatter 193 points + 193 placed labels + line + band, 85 mm, build + render + write \(ext)",
                 repetitions: 11) {
            let chart = try scatterChart()
            let renderer = try CairoRenderer(format: format)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("egov-bench-scatter-\(getpid()).\(ext)")
            return {
                let scene = chart.build(measurer: renderer.textMeasurer)
                try renderer.write(scene, to: url)
                return Double((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0)
            }
        }
    }
}

// MARK: egov report (whole process)

func reportWorkload() -> Workload {
    Workload(name: "egov_report", description: "`egov report --out <temp>` as a whole process (release binary)", repetitions: 5) {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("egov")
        guard FileManager.default.isExecutableFile(atPath: exe.path) else {
            throw BenchError(description: "egov binary not found at \(exe.path); build it with `swift build -c release --product egov`")
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("egov-bench-report-\(getpid())")
        var run = 0
        return {
            run += 1
            // A fresh folder each time: the report refuses to overwrite files it did not write.
            let out = base.appendingPathComponent("\(run)")
            let p = Process()
            p.executableURL = exe
            p.arguments = ["report", "--out", out.path]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw BenchError(description: "egov report exited with \(p.terminationStatus)") }
            try? FileManager.default.removeItem(at: out)
            return Double(p.terminationStatus)
        }
    }
}

// MARK: Main

var json = false
var only: Set<String>? = nil
var repsOverride: Int? = nil
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--json": json = true
    case "--only": only = Set((args.popFirst() ?? "").split(separator: ",").map(String.init))
    case "--reps": repsOverride = args.popFirst().flatMap { Int($0) }
    case "--list":
        for w in allWorkloads { print("\(w.name)\t\(w.description)") }
        exit(0)
    default:
        FileHandle.standardError.write("usage: egov-bench [--json] [--only name,name] [--reps N] [--list]\n".data(using: .utf8)!)
        exit(64)
    }
}

var results: [Measurement] = []
for w in allWorkloads where only?.contains(w.name) ?? true {
    do {
        let body = try w.setup()
        let setupRSS = peakRSSBytes()
        let inputsRSS = procStatusBytes("VmRSS")
        let canResetPeak = resetPeakRSS()
        sink += try body()  // warm-up
        var times: [Double] = []
        var check = 0.0
        for _ in 0..<(repsOverride ?? w.repetitions) {
            let t0 = nowNanoseconds()
            check = try body()
            let t1 = nowNanoseconds()
            times.append(Double(t1 - t0) / 1e9)
        }
        sink += check
        results.append(Measurement(name: w.name, description: w.description, repetitions: times.count,
                                   medianSeconds: median(times), minSeconds: times.min() ?? .nan,
                                   timesSeconds: times, peakRSSBytes: peakRSSBytes(),
                                   setupPeakRSSBytes: setupRSS, inputsRSSBytes: inputsRSS,
                                   fitPeakRSSBytes: canResetPeak ? procStatusBytes("VmHWM") : nil, check: check))
        if !json {
            let padded = w.name.padding(toLength: 18, withPad: " ", startingAt: 0)
            let fitPeak = canResetPeak ? (procStatusBytes("VmHWM").map { Double($0) / 1e6 } ?? .nan) : .nan
            print(padded + String(format: " median %10.3f ms  min %10.3f ms  reps %3d  maxrss %7.1f MB  inputs %7.1f MB  fit peak %7.1f MB  check %.6g",
                         median(times) * 1e3, (times.min() ?? .nan) * 1e3, times.count,
                         Double(peakRSSBytes()) / 1e6, Double(inputsRSS ?? 0) / 1e6, fitPeak, check))
        }
    } catch {
        FileHandle.standardError.write("\(w.name): \(error)\n".data(using: .utf8)!)
        exit(1)
    }
}
if json {
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys]
    if let data = try? enc.encode(results), let s = String(data: data, encoding: .utf8) { print(s) }
}
