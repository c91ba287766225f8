import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT, SIGTERM and SIGHUP (and SIGWINCH, for the resize) into ordinary events. The signals are ignored at the C level
/// and observed through `DispatchSource`, so no code runs inside a signal handler; the handler
/// closure runs on a Dispatch queue and should only post to the loop's mailbox, where the loop's
/// thread restores the terminal and exits.
///
/// If the loop does not react within `grace` (it is stuck in some long computation), the
/// `fallback` runs on the Dispatch queue: it must use async-safe means only (see
/// `TerminalRescue`), because curses belongs to the stuck thread.
public final class SignalWatcher {
    public static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private let sources: [any DispatchSourceSignal]
    private let signals: [Int32]
    private let ignoring: Bool
    private let queue = DispatchQueue(label: "leads.signals")
    private let interruptsIgnored = Flag()

    /// While true, SIGINT is dropped: another program (`$EDITOR`) owns the terminal and a ^C
    /// typed there is meant for it, not a reason for us to quit.
    public var ignoresInterrupts: Bool {
        get { interruptsIgnored.value }
        set { interruptsIgnored.value = newValue }
    }

    /// `ignoring` sets the signals' C-level action to ignore (the termination signals, whose
    /// default would end the process before the loop could restore the terminal); SIGWINCH is
    /// watched without it, so curses keeps its own handler.
    public init(signals: [Int32] = SignalWatcher.terminationSignals, ignoring: Bool = true, grace: Duration = .seconds(3),
                handler: @escaping @Sendable (Int32) -> Void, fallback: (@Sendable (Int32) -> Void)? = nil) {
        self.signals = signals
        self.ignoring = ignoring
        var sources: [any DispatchSourceSignal] = []
        for signo in signals {
            if ignoring { _ = signal(signo, SIG_IGN) }
            let source = DispatchSource.makeSignalSource(signal: signo, queue: queue)
            let queue = self.queue
            let ignored = interruptsIgnored
            source.setEventHandler {
                if signo == SIGINT, ignored.value { return }
                handler(signo)
                if let fallback {
                    let (s, atto) = grace.components
                    let nanos = Int(s) * 1_000_000_000 + Int(atto / 1_000_000_000)
                    queue.asyncAfter(deadline: .now() + .nanoseconds(nanos)) { fallback(signo) }
                }
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// Stops watching and gives the signals back their default action.
    public func cancel() {
        for source in sources { source.cancel() }
        if ignoring { for signo in signals { _ = signal(signo, SIG_DFL) } }
    }

    /// Ends the process as if the signal had not been caught, so the parent shell sees the right
    /// status (for example 130 after SIGINT). Call after the terminal is restored.
    public static func exit(bySignal signo: Int32) -> Never {
        _ = signal(signo, SIG_DFL)
        _ = raise(signo)
        _exit(128 + signo)
    }

    /// A Bool shared with the Dispatch queue.
    final class Flag: @unchecked Sendable {
        // @unchecked: `stored` is only touched under `lock`.
        private let lock = NSLock()
        private var stored = false
        var value: Bool {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }
}
