import Hummingbird
import Logging
import NIOCore

/// Injects the faults of `--faults` in front of every route, and logs each one (method, path,
/// fault) so a failing client run can be matched with what the server did.
struct FaultMiddleware<Context: RequestContext>: RouterMiddleware {
    let injector: FaultInjector
    let shutdown: ShutdownLatch
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let decision = injector.next()
        if decision.delayMilliseconds > 0 { try await Task.sleep(for: .milliseconds(decision.delayMilliseconds)) }
        let target = "\(request.method) \(request.uri.path)"
        switch decision.action {
        case .none:
            return try await next(request, context)
        case .error(let status):
            logger.warning("fault: \(status) for \(target)")
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            if status == 429 || status == 503 { headers[.retryAfter] = "1" }
            let body = #"{"success":false,"msg":"injected fault \#(status)"}"#
            return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        case .hang(let afterHandling):
            logger.warning("fault: hang \(afterHandling ? "after" : "before") handling \(target)")
            if afterHandling { _ = try await next(request, context) }
            try await shutdown.hang()
        case .drop:
            logger.warning("fault: connection dropped mid-response for \(target)")
            _ = try await next(request, context)
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            let body = ResponseBody(contentLength: 4096) { writer in
                try await writer.write(ByteBuffer(string: #"{"perPage":40,"count":1,"leads":[{"_id":"#))
                throw DroppedConnection()
            }
            return Response(status: .ok, headers: headers, body: body)
        }
    }

    /// Thrown from the body writer: Hummingbird closes the connection, the client gets a short body.
    struct DroppedConnection: Error {}
}
