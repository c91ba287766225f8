#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives the terminal back when the process dies of a fatal signal — a Swift trap (SIGILL,
/// SIGTRAP), an abort, a bad memory access, or SIGQUIT — which no `defer` or `atexit` sees: the
/// handler restores the saved modes and leaves the alternate screen with `TerminalRescue`
/// (`write` and `tcsetattr` only), then puts back whatever handler was there before (the Swift
/// runtime's backtracer, or the default) and raises the signal again, so the process still dies
/// of it with the usual status and report.
enum CrashRescue {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGQUIT]

    /// Installs the handler for `signals`, remembering the ones it replaces.
    static func install(_ rescue: TerminalRescue) {
        installed = rescue
        for signo in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var old = sigaction()
            if sigaction(signo, &action, &old) == 0 { previous[Int(signo)] = old }
        }
    }

    /// Puts the previous handlers back (the terminal is restored the ordinary way now).
    static func uninstall() {
        for signo in signals {
            if var old = previous[Int(signo)] { _ = sigaction(signo, &old, nil) }
            previous[Int(signo)] = nil
        }
        installed = nil
    }

    // Set on the main thread before any handler can run, read only by the handler.
    nonisolated(unsafe) fileprivate static var installed: TerminalRescue?
    nonisolated(unsafe) fileprivate static var previous: [sigaction?] = Array(repeating: nil, count: 65)
}

private func crashHandler(_ signo: Int32) {
    CrashRescue.installed?.restore()
    if var old = CrashRescue.previous[Int(signo)] {
        _ = sigaction(signo, &old, nil)
    } else {
        _ = signal(signo, SIG_DFL)
    }
    // Blocked while this handler runs; delivered to the handler put back as soon as it returns.
    _ = raise(signo)
}
