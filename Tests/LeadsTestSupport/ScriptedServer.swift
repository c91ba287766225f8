import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A tiny HTTP server on 127.0.0.1 whose every answer a test scripts: a status with headers and
/// body, no answer at all, or a closed connection. For what the sandbox does not do on purpose
/// (429 with `Retry-After`, 503, a proxy's 504 after the backend acted).
public final class ScriptedServer: Sendable {
    public struct Request: Sendable {
        public var method: String
        public var uri: String
        public var headers: [String: String]
        public var body: String
    }

    public enum Reply: Sendable {
        case respond(status: Int, headers: [String: String] = [:], body: String = "")
        /// Never answers (until the server stops).
        case hang
        /// Closes the connection without answering.
        case close

        public static func json(_ status: Int, _ body: String, headers: [String: String] = [:]) -> Reply {
            .respond(status: status, headers: headers.merging(["Content-Type": "application/json"]) { $1 }, body: body)
        }
    }

    public typealias Handler = @Sendable (Request, Int) async -> Reply

    public let port: Int
    private let channel: any Channel
    private let task: Task<Void, Never>
    private let log: RequestLog

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Requests received so far, in order.
    public var requests: [Request] { log.all }

    private init(port: Int, channel: any Channel, task: Task<Void, Never>, log: RequestLog) {
        self.port = port
        self.channel = channel
        self.task = task
        self.log = log
    }

    /// Starts listening; `handler` gets each request and its 0-based index.
    public static func start(_ handler: @escaping Handler) async throws -> ScriptedServer {
        let log = RequestLog()
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                        wrappingChannelSynchronously: channel)
                }
            }
        let port = server.channel.localAddress?.port ?? 0
        let channel = server.channel
        let task = Task<Void, Never> {
            _ = try? await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { inbound in
                    for try await connection in inbound {
                        group.addTask { try? await serve(connection, handler: handler, log: log) }
                    }
                }
            }
        }
        return ScriptedServer(port: port, channel: channel, task: task, log: log)
    }

    /// Runs `body` with a server and always stops it.
    public static func with<T: Sendable>(_ handler: @escaping Handler, _ body: (ScriptedServer) async throws -> T) async throws -> T {
        let server = try await start(handler)
        return try await withCleanUp({ try await body(server) }, cleanUp: server.stop)
    }

    public func stop() async {
        task.cancel()
        try? await channel.close()
        await task.value
    }

    private static func serve(
        _ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, handler: Handler,
        log: RequestLog
    ) async throws {
        try await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body = ByteBuffer()
            for try await part in inbound {
                switch part {
                case .head(let received):
                    head = received
                    body.clear()
                case .body(var chunk):
                    body.writeBuffer(&chunk)
                case .end:
                    guard let head else { return }
                    var headers: [String: String] = [:]
                    for (name, value) in head.headers { headers[name.lowercased()] = value }
                    let request = Request(method: head.method.rawValue, uri: head.uri, headers: headers, body: String(buffer: body))
                    let index = log.append(request)
                    switch await handler(request, index) {
                    case .hang:
                        try await Task.sleep(for: .seconds(3600))
                        return
                    case .close:
                        return
                    case .respond(let status, let extra, let text):
                        var headers = HTTPHeaders()
                        for (name, value) in extra { headers.add(name: name, value: value) }
                        headers.add(name: "Content-Length", value: String(text.utf8.count))
                        try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: status), headers: headers)))
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(string: text))))
                        try await outbound.write(.end(nil))
                    }
                }
            }
        }
    }
}
