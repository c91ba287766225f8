import AsyncHTTPClient
import NIOCore
import NIOPosix

/// A request that got no reply, classified: a connection that could not be made (safe to retry
/// for an idempotent request: nothing reached the server, or repeating it is harmless) versus a
/// request that was sent and never answered (a timeout: the real server hangs on some malformed
/// requests, and repeating those only doubles the wait).
struct TransportFailure: Error {
    var error: APIError
    var isConnectionFailure: Bool

    init(_ underlying: any Error, endpoint: Endpoint, base: ServerURL, timeout: Duration) {
        let place = "\(base.host)\(base.port.map { ":\($0)" } ?? "")"
        if let client = underlying as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                error = APIError(.timeout, message: "\(endpoint.summary): no answer from \(place) within \(timeout)")
                isConnectionFailure = false
                return
            case .connectTimeout:
                error = APIError(.timeout, message: "cannot connect to \(place): the connection timed out")
                isConnectionFailure = true
                return
            case .remoteConnectionClosed:
                error = APIError(.offline, message: "\(endpoint.summary): \(place) closed the connection without answering")
                isConnectionFailure = true
                return
            case .tlsHandshakeTimeout:
                error = APIError(.timeout, message: "cannot connect to \(place): the TLS handshake timed out")
                isConnectionFailure = true
                return
            default:
                break
            }
        }
        if underlying is NIOConnectionError || underlying is ChannelError || underlying is IOError {
            error = APIError(.offline, message: "cannot connect to \(place): \(Self.reason(underlying))")
            isConnectionFailure = true
            return
        }
        error = APIError(.offline, message: "\(endpoint.summary) to \(place) failed: \(Self.reason(underlying))")
        isConnectionFailure = false
    }

    /// A short reason: "connection refused" rather than a dump of NIO's connection attempts.
    private static func reason(_ error: any Error) -> String {
        if let connection = error as? NIOConnectionError {
            if let first = connection.connectionErrors.first { return reason(first.error) }
            if let dns = connection.dnsAAAAError ?? connection.dnsAError { return "cannot resolve the host name (\(dns))" }
            return "the connection failed"
        }
        if let io = error as? IOError {
            switch io.errnoCode {
            case 111: return "connection refused"
            case 113, 101: return "no route to the host"
            case 110: return "the connection timed out"
            default: return "\(io)"
            }
        }
        return "\(error)"
    }
}
