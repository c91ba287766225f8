import NIOCore
import NIOHTTP1

/// One request to send: method, path segments (each encoded on its own), query, JSON body, and
/// whether sending it twice is harmless — which decides if the transport may retry it.
struct Endpoint: Sendable {
    var method: HTTPMethod
    /// Unencoded segments after the base URL, e.g. `[project, "leads", id, "tag", tag]`.
    var segments: [String]
    var query: [(name: String, value: String)] = []
    var body: JSONValue?
    /// GET, PUT, DELETE and the merging PATCHes are idempotent; POST never is.
    var idempotent: Bool
    /// False for sign-in, which carries its own credentials in the body.
    var authenticated = true

    init(_ method: HTTPMethod, _ segments: [String], query: [(name: String, value: String)] = [], body: JSONValue? = nil,
        idempotent: Bool? = nil, authenticated: Bool = true)
    {
        self.method = method
        self.segments = segments
        self.query = query
        self.body = body
        self.idempotent = idempotent ?? (method != .POST)
        self.authenticated = authenticated
    }

    /// The full URL under `base`.
    func url(base: ServerURL) -> String {
        var text = base.description
        for segment in segments {
            text += "/"
            text += PercentEncoding.encode(segment)
        }
        if !query.isEmpty { text += "?" + PercentEncoding.query(query) }
        return text
    }

    /// `METHOD /path` for messages (no query: it may hold an email address).
    var summary: String { "\(method.rawValue) /" + segments.map(PercentEncoding.encode).joined(separator: "/") }
}
