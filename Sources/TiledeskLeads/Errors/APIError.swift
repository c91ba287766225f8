/// Every failure of the client, typed so callers (and exit codes) can tell them apart, with the
/// server's message whichever key it used (`msg`, `message`, `error`, `err`, `errors`, or plain text).
public struct APIError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case authentication, forbidden, notFound, conflict, invalid, server, timeout, offline, undecodable
    }

    public var kind: Kind
    /// The HTTP status, when the server answered.
    public var status: Int?
    public var message: String

    public init(_ kind: Kind, status: Int? = nil, message: String) {
        self.kind = kind
        self.status = status
        self.message = message
    }

    public var description: String {
        if let status { return "\(message) (HTTP \(status))" }
        return message
    }

    /// The kind a status code stands for.
    public static func kind(forStatus status: Int) -> Kind {
        switch status {
        case 401: .authentication
        case 403: .forbidden
        case 404: .notFound
        case 409, 412: .conflict
        case 400, 413, 422: .invalid
        case 408, 504: .timeout
        default: .server
        }
    }

}
