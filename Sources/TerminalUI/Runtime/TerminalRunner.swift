#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The glue between the terminal and an application: reads and decodes input when the loop says
/// the terminal is readable, settles a lone ESC when the input deadline passes, turns SIGINT,
/// SIGTERM and SIGHUP into an orderly shutdown, and draws one frame after every batch of events.
/// The application supplies only pure-ish callbacks (an event in, a frame out), which is where
/// `update` and the screens plug in.
///
/// Single-thread rule: `run` is called on the thread that created the session and never leaves it.
public final class TerminalRunner<Message: Sendable> {
    public let session: TerminalSession
    public let loop: EventLoop<Message>
    private var decoder = KeyDecoder()
    private var watcher: SignalWatcher?
    /// The signal that ended the run, if one did.
    public private(set) var terminatingSignal: Int32?

    public init(session: TerminalSession, loop: EventLoop<Message>) {
        self.session = session
        self.loop = loop
    }

    /// Runs until `loop.stop()` or a termination signal.
    /// - Parameters:
    ///   - onInput: a decoded key or terminal event (`.resize` after the canvas took the new size).
    ///   - onMessage: a message posted by background work or a timer.
    ///   - draw: draws the whole screen into the canvas; called once per batch, then shown with
    ///     a single `doupdate`.
    ///   - shown: called after each frame has been written to the terminal (`doupdate` flushed),
    ///     where a start-up trace marks the frame the user can see.
    public func run(
        onInput: (InputEvent) -> Void, onMessage: (Message) -> Void, draw: (NcursesCanvas) -> Void, shown: () -> Void = {}
    ) {
        let mailbox = loop.mailbox
        let rescue = session.rescue
        watcher = SignalWatcher(handler: { mailbox.postSignal($0) }, fallback: { signo in
            rescue.restore()
            SignalWatcher.exit(bySignal: signo)
        })
        // SIGWINCH reaches whichever thread the kernel picks, so curses' own handler may never
        // wake this thread's poll: watch it here too and ask the kernel for the new size.
        let resizes = SignalWatcher(signals: [SIGWINCH], ignoring: false, handler: { mailbox.postSignal($0) })
        CrashRescue.install(rescue)
        defer {
            CrashRescue.uninstall()
            watcher?.cancel()
            watcher = nil
            resizes.cancel()
        }
        frame(draw, shown)
        loop.run({ event in
            switch event {
            case .input:
                let inputs = session.readInput()
                var events: [InputEvent] = []
                for input in inputs { events += decoder.feed(input) }
                // Curses has already waited ESCDELAY for the rest of any escape sequence, so what
                // is pending now is complete: settle it, unless a paste is still arriving, in which
                // case a deadline settles it if its end never comes.
                if decoder.isInPaste {
                    loop.inputDeadline = .now + .seconds(2)
                } else {
                    loop.inputDeadline = nil
                    events += decoder.endOfInput()
                }
                deliver(events, onInput)
            case .inputTimeout:
                deliver(decoder.timeOut(), onInput)
            case .message(let message):
                onMessage(message)
            case .signal(SIGWINCH):
                if session.adoptTerminalSize() { onInput(.resize) }
            case .signal(let signo):
                terminatingSignal = signo
                loop.stop()
            case .inputClosed:
                terminatingSignal = SIGHUP  // the terminal is gone: end as a hang-up would
                loop.stop()
            }
        }, afterBatch: { if self.terminatingSignal == nil { self.frame(draw, shown) } })
    }

    /// Hands the terminal to another program (`$EDITOR`) for the duration of `body`: the
    /// terminal is restored first and taken back after, and ^C typed in that program does not
    /// stop this one. Call from a handler, on the loop's thread.
    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        watcher?.ignoresInterrupts = true
        defer { watcher?.ignoresInterrupts = false }
        return try session.suspend(body)
    }

    private func deliver(_ events: [InputEvent], _ onInput: (InputEvent) -> Void) {
        for event in events {
            if event == .resize { session.canvas.updateSize() }
            onInput(event)
        }
    }

    private func frame(_ draw: (NcursesCanvas) -> Void, _ shown: () -> Void) {
        let canvas = session.canvas
        canvas.beginFrame()
        draw(canvas)
        canvas.present()
        shown()
    }

    /// After `run` returned: restores the terminal, and if a signal ended the run, ends the
    /// process the way that signal would have (exit status 128 + n).
    public func finish() {
        session.restore()
        if let signo = terminatingSignal { SignalWatcher.exit(bySignal: signo) }
    }
}
