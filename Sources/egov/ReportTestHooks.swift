// Test-only hook of `egov report`, not part of the CLI contract: it exists so the tests can
// kill a run at an exact point of the writing phase and check that a plain rerun recovers.

import EGovParadox
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ReportTestHooks {
    /// Environment variable `EGOV_TEST_REPORT_KILL=PHASE:N` (PHASE `stage` or `commit`, N ≥ 1):
    /// the process sends itself SIGKILL right after the N-th file of that phase of
    /// `ReportWriter.write` (staged into `.egov-report.staging`, or renamed into place).
    /// Unset or malformed: no effect. Used by ReportRecoveryTests only.
    static let variable = "EGOV_TEST_REPORT_KILL"

    static func killSwitch() -> (ReportWritePhase, Int) -> Void {
        guard let spec = ProcessInfo.processInfo.environment[variable] else { return { _, _ in } }
        let parts = spec.split(separator: ":")
        guard parts.count == 2, let phase = ReportWritePhase(rawValue: String(parts[0])), let n = Int(parts[1]), n >= 1 else {  // checked: parses text
            return { _, _ in }
        }
        return { p, count in
            if p == phase, count == n { _ = kill(getpid(), SIGKILL) }
        }
    }
}
