#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A self-pipe: any thread (a finished network task, a signal source) writes one byte to wake
/// the event loop out of `poll()`. Both ends are non-blocking, so a full pipe never blocks a
/// writer (the loop is already due to wake) and draining never blocks the loop.
public final class WakePipe: Sendable {
    /// The end `poll()` watches.
    public let readFD: Int32
    let writeFD: Int32

    public init() throws(LoopError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .pipe(errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Wakes the loop. Safe from any thread; async-signal-safe (one `write`).
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Empties the pipe so the next `poll()` sleeps again.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readFD, &buffer, buffer.count) > 0 {}
    }
}

/// Why the loop could not start.
public enum LoopError: Error, Equatable {
    case pipe(Int32)
}
