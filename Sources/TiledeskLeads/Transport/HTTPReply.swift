import NIOCore
import NIOHTTP1

/// A response as received: status, headers and the whole body.
struct HTTPReply: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: ByteBuffer

    var isSuccess: Bool { (200..<300).contains(status) }

    /// The body parsed as JSON (undecodable → `APIError.undecodable`).
    func json(for endpoint: Endpoint) throws -> JSONValue {
        do {
            return try body.withUnsafeReadableBytes { try JSONParser.parse($0) }
        } catch {
            throw APIError(.undecodable, status: status, message: "\(endpoint.summary) answered with something that is not JSON: \(error)")
        }
    }

    /// The body as text (lossy UTF-8).
    var text: String { String(buffer: body) }
}
