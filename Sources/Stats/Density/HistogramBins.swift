import Foundation

/// How the bins of a histogram are chosen.
public enum HistogramBinRule: Sendable, Hashable, Codable {
    /// Freedman–Diaconis (1981): bin width h = 2 · IQR · n^(−1/3) (IQR from
    /// type-7 quantiles), k = ⌈(max − min) / h⌉ equal bins from min to max.
    /// This is numpy's `np.histogram_bin_edges(x, bins="fd")` exactly; R's
    /// `nclass.FD` gives the same k, but `hist(breaks = "FD")` then rounds the
    /// breaks with `pretty()`. When the IQR is 0 (more than half the values
    /// tied) the width is undefined and Sturges' rule is used instead (numpy
    /// falls back to a single bin), with a note.
    case freedmanDiaconis
    /// Sturges (1926): k = ⌈log2 n⌉ + 1 equal bins from min to max (R's `nclass.Sturges`).
    case sturges
    /// `count` equal bins from min to max (numpy `bins=count`).
    case count(Int)
    /// Bins of this width with edges at whole multiples of it (ggplot2's
    /// `binwidth` with `boundary = 0`): 0.1 gives 0.3–0.4, 0.4–0.5, …
    case width(Double)
}

/// Errors of the histogram and density estimators.
public enum DensityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No finite observation.
    case emptySample
    /// A non-finite value at this 0-based position.
    case nonFinite(index: Int)
    /// A bin count outside 1…`HistogramBins.maximumBinCount`.
    case invalidBinCount(Int)
    /// A bin width that is not a positive finite number, or that makes more than the maximum of bins.
    case invalidBinWidth(Double, bins: Double?)
    /// A bandwidth that is not a positive finite number, or a sample whose spread gives none.
    case invalidBandwidth(Double)
    /// Fewer than two observations: a bandwidth rule needs a spread.
    case tooFewForBandwidth(n: Int)

    public var description: String {
        switch self {
        case .emptySample:
            return "the sample is empty: there is no observation to bin; check the variable and any filter"
        case .nonFinite(let i):
            return "the sample contains a non-finite value at position \(i + 1): remove missing values first"
        case .invalidBinCount(let k):
            return "\(k) bins: give between 1 and \(HistogramBins.maximumBinCount) bins"
        case .invalidBinWidth(let w, let bins?):
            return "bin width \(w) makes \(bins.isFinite && bins < 1e15 ? String(Int(bins.rounded(.up))) : "too many") bins over the data's range; "
                + "give a width that makes at most \(HistogramBins.maximumBinCount) bins"
        case .invalidBinWidth(let w, nil):
            return "bin width \(w): give a positive number in the data's units, e.g. 0.05"
        case .invalidBandwidth(let h):
            return "bandwidth \(h): give a positive number in the data's units (or a rule such as nrd0)"
        case .tooFewForBandwidth(let n):
            return "\(n) observation(s): a bandwidth rule needs at least two; give a fixed bandwidth"
        }
    }
}

/// The bins of a histogram: k + 1 increasing edges. Every bin is closed on
/// the left and open on the right, [eᵢ, eᵢ₊₁), except the last, which is
/// closed on both sides (numpy's convention; R's `hist` defaults to
/// right-closed bins, `right = TRUE`).
public struct HistogramBins: Sendable, Hashable, Codable {
    /// The bin edges, strictly increasing, at least two.
    public let edges: [Double]
    /// Notes on the choice (e.g. a fallback rule), for the figure's notes.
    public let notes: [String]

    /// At most this many bins (a finer histogram is noise, and a guard against a tiny `--binwidth`).
    public static let maximumBinCount = 1000

    /// The number of bins.
    public var count: Int { edges.count - 1 }

    /// Bins for `x` by `rule` (see `HistogramBinRule`). All values must be finite.
    public init(_ x: [Double], rule: HistogramBinRule = .freedmanDiaconis) throws(DensityError) {
        guard !x.isEmpty else { throw .emptySample }
        if let i = x.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(index: i) }
        var lo = x.min() ?? 0, hi = x.max() ?? 0
        var notes: [String] = []
        func equal(_ k: Int) throws(DensityError) -> [Double] {
            guard k >= 1, k <= Self.maximumBinCount else { throw .invalidBinCount(k) }
            if lo == hi { lo -= 0.5; hi += 0.5 }   // numpy: a zero range becomes [v − 0.5, v + 0.5]
            let step = (hi - lo) / Double(k)
            var e = (0...k).map { lo + Double($0) * step }
            e[k] = hi
            return e
        }
        switch rule {
        case .count(let k):
            edges = try equal(k)
        case .sturges:
            edges = try equal(Self.sturgesCount(x.count))
        case .freedmanDiaconis:
            let h = Self.freedmanDiaconisWidth(x)
            if h > 0, hi > lo {
                let k = ((hi - lo) / h).rounded(.up)
                guard k <= Double(Self.maximumBinCount) else { throw .invalidBinWidth(h, bins: k) }
                edges = try equal(max(1, Int(k)))  // checked: k is finite and ≤ maximumBinCount (NaN and ∞ fail the guard)
            } else {
                notes.append("Freedman–Diaconis bin width is 0 (interquartile range 0: over half the values are tied); used Sturges' rule (\(Self.sturgesCount(x.count)) bins)")
                edges = try equal(Self.sturgesCount(x.count))
            }
        case .width(let w):
            guard w.isFinite, w > 0 else { throw .invalidBinWidth(w, bins: nil) }
            var k0 = (lo / w).rounded(.down), k1 = (hi / w).rounded(.up)
            if (k0 + 1) * w <= lo { k0 += 1 }
            if (k1 - 1) * w >= hi, k1 - 1 > k0 { k1 -= 1 }
            if k1 <= k0 { k1 = k0 + 1 }
            let k = k1 - k0
            guard k.isFinite, k <= Double(Self.maximumBinCount) else { throw .invalidBinWidth(w, bins: k) }
            edges = (0...Int(k)).map { (k0 + Double($0)) * w }
        }
        self.notes = notes
    }

    /// Bins from given edges (shared by several groups).
    public init(edges: [Double], notes: [String] = []) { self.edges = edges; self.notes = notes }

    /// Freedman–Diaconis width 2 · IQR · n^(−1/3) (type-7 quartiles, as numpy and R's `IQR`).
    public static func freedmanDiaconisWidth(_ x: [Double]) -> Double {
        guard x.count >= 2, let q = try? Descriptive.quantiles(x, [0.25, 0.75]) else { return 0 }
        return 2 * (q[1] - q[0]) * pow(Double(x.count), -1.0 / 3)
    }

    /// Sturges' number of bins ⌈log2 n⌉ + 1.
    public static func sturgesCount(_ n: Int) -> Int { Int(log2(Double(max(n, 1))).rounded(.up)) + 1 }  // checked: log2 of an Int is at most 64

    /// Counts of `x` per bin; values outside [first edge, last edge] and non-finite values are not counted.
    public func counts(_ x: [Double]) -> [Int] {
        var c = Array(repeating: 0, count: count)
        guard let first = edges.first, let last = edges.last else { return c }
        for v in x where v.isFinite && v >= first && v <= last {
            // Largest i with edges[i] ≤ v, the last bin closed on the right.
            var a = 0, b = edges.count - 1
            while b - a > 1 { let m = (a + b) / 2; if edges[m] <= v { a = m } else { b = m } }
            c[min(a, count - 1)] += 1
        }
        return c
    }
}
