// The memory a resampling request reserves, checked before anything is allocated
// (issue 18.3: `--bootstrap 1000000000` reserved 8 GB up front and aborted).

/// The memory budget of bootstrap and permutation replicates.
///
/// Percentile, basic and BCa intervals need every replicate (they are order statistics of
/// them), so the replicates are stored; a request whose storage would exceed
/// ``limitBytes`` is refused with the size it would need, before any allocation.
public enum ResamplingMemory {
    /// The most a request may reserve for its replicates: 2 GiB (2^31 bytes), far above
    /// any publication setting (B = 9,999 Pearson replicates take 80 kB).
    public static let limitBytes = 1 << 31

    /// Throws ``ResamplingError/tooMuchMemory(what:count:bytes:limit:)`` when `count`
    /// replicates of `bytesEach` bytes exceed `limit`.
    /// - Parameters:
    ///   - count: replicates requested (B).
    ///   - bytesEach: bytes stored per replicate (8 for one Double).
    ///   - what: the request as the user wrote it, e.g. "--bootstrap 1000000000".
    ///   - limit: the budget in bytes (default ``limitBytes``).
    public static func check(count: Int, bytesEach: Int, what: String, limit: Int = limitBytes) throws(ResamplingError) {
        guard count > 0, bytesEach > 0 else { return }
        let bytes = Double(count) * Double(bytesEach)
        if bytes > Double(limit) { throw .tooMuchMemory(what: what, count: count, bytes: bytes, limit: limit / bytesEach) }
    }

    /// `bytes` as "8.0 GB" (decimal units, one decimal).
    public static func text(bytes: Double) -> String {
        let units = ["bytes", "kB", "MB", "GB", "TB", "PB", "EB"]
        var v = bytes, i = 0
        while v >= 1000, i < units.count - 1 { v /= 1000; i += 1 }
        if i == 0 { return "\(Int(v)) bytes" }  // checked: v < 1000
        let tenths = (v * 10).rounded() / 10
        return "\(tenths) \(units[i])"
    }
}
