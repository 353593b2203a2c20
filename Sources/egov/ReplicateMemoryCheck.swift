// `--bootstrap`/`--reps` checked against the replicate memory budget before any data is read
// (issue 18.3): the message says how much the request would need.

import ArgumentParser
import EGovParadox

extension ParsableCommand {
    /// Throws a ValidationError (exit 64) when `count` replicates of `bytesEach` bytes exceed ``/Stats/ResamplingMemory``'s limit.
    static func checkMemory(_ count: Int, option: String, bytesEach: Int = MemoryLayout<Double>.size) throws {
        do { try ResamplingMemory.check(count: count, bytesEach: bytesEach, what: "\(option) \(count)") } catch {
            throw ValidationError(error.description)
        }
    }
}
