import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Sends endpoints over AsyncHTTPClient with a deadline on every request and retries where a
/// retry is safe: idempotent requests, on connection failures and 429/502/503/504, after a
/// jittered backoff or the server's `Retry-After`. A POST is sent exactly once: what happened to a
/// POST that got no answer is for the caller to find out.
struct HTTPTransport: Sendable {
    let client: HTTPClient
    let base: ServerURL
    let configuration: ClientConfiguration
    let logger: Logger

    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]

    /// Sends `endpoint` (retrying as allowed) and returns the last reply, whatever its status.
    /// Throws `APIError` with kind `.timeout` or `.offline` when no reply came.
    func send(_ endpoint: Endpoint, authorization: String?) async throws -> HTTPReply {
        let policy = configuration.retry
        var attempt = 0
        while true {
            attempt += 1
            let canRetry = endpoint.idempotent && attempt < policy.maxAttempts
            let reply: HTTPReply
            do {
                reply = try await once(endpoint, authorization: authorization)
            } catch let failure as TransportFailure {
                guard canRetry, failure.isConnectionFailure else { throw failure.error }
                let delay = policy.backoff(afterAttempt: attempt)
                logger.debug("retrying after a connection failure", metadata: ["request": "\(endpoint.summary)", "delay": "\(delay)"])
                try await Task.sleep(for: delay)
                continue
            }
            guard canRetry, Self.retryableStatuses.contains(reply.status) else { return reply }
            var delay = policy.backoff(afterAttempt: attempt)
            if let asked = RetryAfter.delay(reply.headers.first(name: "retry-after")) {
                guard asked <= policy.maxRetryAfter else { return reply }
                delay = asked
            }
            logger.debug("retrying", metadata: ["request": "\(endpoint.summary)", "status": "\(reply.status)", "delay": "\(delay)"])
            try await Task.sleep(for: delay)
        }
    }

    /// One attempt, with the request deadline covering the answer's body too.
    private func once(_ endpoint: Endpoint, authorization: String?) async throws -> HTTPReply {
        var request = HTTPClientRequest(url: endpoint.url(base: base))
        request.method = endpoint.method
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        if let authorization, endpoint.authenticated { request.headers.add(name: "Authorization", value: authorization) }
        if let body = endpoint.body {
            request.headers.add(name: "Content-Type", value: "application/json")
            var buffer = ByteBuffer()
            buffer.writeString(body.jsonText)
            request.body = .bytes(buffer)
        }
        let deadline = NIODeadline.now() + TimeAmount(configuration.requestTimeout)
        do {
            let response = try await client.execute(request, deadline: deadline, logger: logger)
            let body = try await response.body.collect(upTo: configuration.maxResponseBytes)
            return HTTPReply(status: Int(response.status.code), headers: response.headers, body: body)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw TransportFailure(error, endpoint: endpoint, base: base, timeout: configuration.requestTimeout)
        }
    }
}
