#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal's modes as they were before curses took over, kept so the terminal can be put
/// back from a thread that must not touch curses (the signal watcher's fallback when the loop is
/// stuck) or from a crash handler (`CrashRescue`). It uses only `tcsetattr` and `write`, which are
/// safe from any thread and in a signal handler.
public struct TerminalRescue: Sendable {
    private let fd: Int32
    private let outputFD: Int32
    private let saved: termios?
    /// Made up front: `restore` may run in a signal handler, where allocating is not safe.
    private let reset: [UInt8] = Array("\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)

    /// Saves the current modes of `fd` (a TTY); nil modes if it is not one.
    public init(fd: Int32 = 0, outputFD: Int32 = 1) {
        self.fd = fd
        self.outputFD = outputFD
        var modes = termios()
        saved = tcgetattr(fd, &modes) == 0 ? modes : nil
    }

    /// Leaves the alternate screen, turns off bracketed paste and mouse reporting, shows the
    /// cursor, and restores the saved modes.
    public func restore() {
        reset.withUnsafeBufferPointer { _ = write(outputFD, $0.baseAddress, $0.count) }
        if var modes = saved { _ = tcsetattr(fd, TCSANOW, &modes) }
    }
}
