// Write errors on standard output are errors: a full disk (`> /dev/full`) or a closed pipe
// (`egov ... | head -1`) makes the command exit 1 with a message on stderr, never 0 and
// never a SIGPIPE death. Every command prints through Swift's `print`, i.e. the C stdio
// stream `stdout`, so one check at exit covers them all.

// No Foundation import in this file: with it, Swift 6 refuses the C global `stdout`
// (shared mutable state); `@preconcurrency` lets us read it, once, at exit.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

enum StandardOutputGuard {
    /// Ignores SIGPIPE (a write to a closed pipe then fails with EPIPE, which stdio records
    /// in the stream's error flag) and registers an exit handler that flushes `stdout` and,
    /// if the flush or any earlier write failed, reports it on stderr and exits with status 1.
    /// Call once, first thing in `main`.
    static func install() {
        signal(SIGPIPE, SIG_IGN)
        atexit {
            errno = 0
            let flushFailed = fflush(stdout) != 0
            var reason = errno != 0 ? String(cString: strerror(errno)) : nil
            guard flushFailed || ferror(stdout) != 0 else { return }
            if reason == nil {
                // An earlier write failed (stdio keeps only the error flag): a pipe whose
                // reading end is closed shows as POLLERR on our end.
                var p = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
                if poll(&p, 1, 0) > 0, p.revents & Int16(POLLERR) != 0 { reason = String(cString: strerror(EPIPE)) }
            }
            let message = "error: cannot write to standard output" + (reason.map { " (\($0))" } ?? "")
                + "; the output is incomplete (check free space, or that the reading end of the pipe stays open)\n"
            message.withCString { p in _ = write(STDERR_FILENO, p, strlen(p)) }
            // Inside an exit handler only _exit may end the process.
            _exit(1)
        }
    }
}
