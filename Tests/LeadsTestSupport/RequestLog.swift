import Synchronization

/// The requests a scripted server received, shared with the connection tasks.
public final class RequestLog: Sendable {
    private let requests = Mutex<[ScriptedServer.Request]>([])

    /// Appends and returns the request's index.
    public func append(_ request: ScriptedServer.Request) -> Int {
        requests.withLock { list in
            list.append(request)
            return list.count - 1
        }
    }

    public var all: [ScriptedServer.Request] { requests.withLock { $0 } }
}
