import Foundation

/// The inbox of an `EventLoop`: the only door from other threads into the UI thread. Background
/// tasks (network calls run as effects) post their results here and the loop picks them up on
/// its own thread, so no ncurses call and no state mutation ever happens off that thread.
/// Posting wakes the loop through its self-pipe.
public final class Mailbox<Message: Sendable>: @unchecked Sendable {
    // @unchecked: `queue` and `signals` are only touched under `lock`.
    private let lock = NSLock()
    private var queue: [Message] = []
    private var signals: [Int32] = []
    private let pipe: WakePipe

    init(pipe: WakePipe) { self.pipe = pipe }

    /// Hands a message to the loop. Callable from any thread or task.
    public func post(_ message: Message) {
        lock.withLock { queue.append(message) }
        pipe.wake()
    }

    /// Reports a signal (SIGTERM, SIGHUP…) to the loop, which delivers it as `.signal`.
    public func postSignal(_ signal: Int32) {
        lock.withLock { signals.append(signal) }
        pipe.wake()
    }

    /// Takes everything posted so far, in order.
    func take() -> (messages: [Message], signals: [Int32]) {
        lock.withLock {
            defer { queue.removeAll(keepingCapacity: true); signals.removeAll() }
            return (queue, signals)
        }
    }
}
