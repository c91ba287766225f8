import Foundation

/// What woke the loop, handed to the application's handler on the loop's thread.
public enum LoopEvent<Message: Sendable> {
    /// The terminal has input to read (or a signal interrupted the wait; reading is harmless).
    case input
    /// The input deadline passed with nothing more arriving: settle a lone ESC (`KeyDecoder.endOfInput`).
    case inputTimeout
    /// A message posted to the mailbox, or a timer that fired.
    case message(Message)
    /// A termination signal caught by a `SignalWatcher`.
    case signal(Int32)
    /// The terminal went away (hang-up or error on the input fd with nothing left to read): the
    /// application should save drafts and quit. Reported once; the fd is not watched after.
    case inputClosed
}

/// The single-threaded heart of the program. It sleeps in `poll()` on the terminal and on a
/// wake-up pipe, so it takes no CPU while idle; it wakes for a key, a posted message, or the
/// nearest timer deadline (debounced searches). Everything it calls runs on the thread that
/// called `run`, which is the thread ncurses belongs to.
///
/// The loop is not `Sendable` on purpose: only its `mailbox` crosses threads.
///
/// Running it on the main thread blocks that thread in `poll()`, so the main actor's queue is
/// not serviced meanwhile: effects must run off the main actor (`Task.detached`, or nonisolated
/// async functions) and report back through `mailbox.post`, never by hopping to `@MainActor`.
public final class EventLoop<Message: Sendable> {
    public let mailbox: Mailbox<Message>
    private let pipe: WakePipe
    private var inputFD: Int32?
    private var timers: [AnyHashable: (deadline: ContinuousClock.Instant, message: Message)] = [:]
    private var nextTimerID = 0
    private var running = false
    /// Set by the application after reading input that left an ESC pending.
    public var inputDeadline: ContinuousClock.Instant?
    /// How many times `poll` returned; tests use it to show the loop does not spin.
    public private(set) var wakeups = 0

    /// - Parameter inputFD: the terminal's file descriptor (stdin), or nil for no terminal (tests).
    public init(inputFD: Int32? = STDIN_FILENO) throws(LoopError) {
        let pipe = try WakePipe()
        self.pipe = pipe
        self.inputFD = inputFD
        self.mailbox = Mailbox(pipe: pipe)
    }

    /// Delivers `message` at `deadline`. A timer with the same `key` is replaced, which is what a
    /// debounce needs: each keystroke in the search box pushes the query deadline back.
    public func schedule(_ message: Message, at deadline: ContinuousClock.Instant, key: AnyHashable? = nil) {
        let id = key ?? {
            nextTimerID += 1
            return AnyHashable("timer-\(nextTimerID)")
        }()
        timers[id] = (deadline, message)
    }

    /// Delivers `message` after `delay`.
    public func schedule(_ message: Message, after delay: Duration, key: AnyHashable? = nil) {
        schedule(message, at: .now + delay, key: key)
    }

    /// Makes `run` return after the current batch.
    public func stop() { running = false }

    /// Runs until `stop()`. `handle` gets each event; `afterBatch` runs once after every wake-up
    /// that produced events: the place to draw one frame (`doupdate` once, not once per event).
    public func run(_ handle: (LoopEvent<Message>) -> Void, afterBatch: () -> Void = {}) {
        running = true
        while running {
            let events = waitForEvents()
            for event in events {
                handle(event)
            }
            if !events.isEmpty { afterBatch() }
        }
    }

    /// Sleeps until something happens and returns what happened, timers due first in deadline order.
    func waitForEvents() -> [LoopEvent<Message>] {
        var fds = [pollfd(fd: pipe.readFD, events: Int16(POLLIN), revents: 0)]
        if let inputFD { fds.append(pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)) }
        let result = poll(&fds, nfds_t(fds.count), timeoutMilliseconds())
        wakeups += 1
        let interrupted = result < 0 && errno == EINTR
        var events: [LoopEvent<Message>] = []

        if fds[0].revents != 0 { pipe.drain() }
        let (messages, signals) = mailbox.take()
        events += signals.map { .signal($0) }
        let now = ContinuousClock.now
        let due = timers.filter { $0.value.deadline <= now }.sorted { $0.value.deadline < $1.value.deadline }
        for (key, timer) in due {
            timers[key] = nil
            events.append(.message(timer.message))
        }
        let hangUp = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        if fds.count > 1, fds[1].revents & Int16(POLLIN) == 0, fds[1].revents & hangUp != 0 {
            inputFD = nil  // polling a dead fd would return at once, forever: a busy loop
            events.append(.inputClosed)
        } else if inputFD != nil, fds.count > 1, fds[1].revents != 0 || interrupted {
            events.append(.input)
        } else if let inputDeadline, inputDeadline <= now {
            self.inputDeadline = nil
            events.append(.inputTimeout)
        }
        events += messages.map { .message($0) }
        return events
    }

    /// Milliseconds until the nearest deadline, rounded up; -1 (wait forever) when none.
    func timeoutMilliseconds() -> Int32 {
        let deadlines = timers.values.map(\.deadline) + (inputDeadline.map { [$0] } ?? [])
        guard let next = deadlines.min() else { return -1 }
        let remaining = next - .now
        if remaining <= .zero { return 0 }
        let (seconds, attoseconds) = remaining.components
        let ms = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: ms)
    }
}
