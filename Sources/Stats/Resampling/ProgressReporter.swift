/// Throttles a progress callback `(completed, total)` to at most about 20 calls per second
/// (one every 50 ms), plus one final call with `completed == total`, so that a CLI can show
/// progress on a terminal without slowing the loop. The clock is read only every 64 steps.
struct ProgressReporter {
    private let callback: ((Int, Int) -> Void)?
    private let total: Int
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private static let interval = Duration.milliseconds(50)

    init(total: Int, callback: ((Int, Int) -> Void)?) {
        self.callback = callback
        self.total = total
        self.last = clock.now
    }

    @inline(__always)
    mutating func update(_ completed: Int) {
        guard let callback, completed & 63 == 0 else { return }
        let now = clock.now
        if now - last >= Self.interval {
            last = now
            callback(completed, total)
        }
    }

    func finish() {
        callback?(total, total)
    }
}
