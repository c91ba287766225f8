import Hummingbird
import ServiceLifecycle
import Synchronization

/// Set once when the server begins to stop. Requests that imitate the real server's hangs wait on
/// it, so a graceful shutdown (which waits for every open request) ends at once instead of after
/// the hang.
final class ShutdownLatch: Sendable {
    private let closed = Atomic<Bool>(false)

    func close() { closed.store(true, ordering: .relaxed) }

    var isClosed: Bool { closed.load(ordering: .relaxed) }

    /// Never answers, like the real server, until the server stops or the request is cancelled;
    /// then answers 503.
    func hang() async throws -> Never {
        while !isClosed && !Task.isShuttingDownGracefully { try await Task.sleep(for: .milliseconds(50)) }
        throw HTTPError(.serviceUnavailable, message: "the server is stopping")
    }
}
