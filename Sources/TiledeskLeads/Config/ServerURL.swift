import Foundation

/// The base URL of a Tiledesk server, checked once: `https` unless the host is loopback or the
/// user opted in, because a leads request carries a token or a password and lead data is personal.
public struct ServerURL: Sendable, Hashable, CustomStringConvertible {
    public static let hosted = "https://api.tiledesk.com/v3"

    public let scheme: String
    public let host: String
    public let port: Int?
    /// The path prefix without a trailing slash (`/v3` on the hosted server, empty on self-hosted).
    public let path: String

    /// Parses and checks `text`. Throws `ConfigurationError` for anything but an absolute
    /// http(s) URL without query or fragment, and for plain http to a non-loopback host unless
    /// `allowInsecureHTTP`.
    public init(_ text: String, allowInsecureHTTP: Bool = false) throws {
        let trimmed = text.trimmingWhitespace()
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else {
            throw ConfigurationError("\(trimmed.isEmpty ? "an empty URL" : trimmed) is not a server URL such as \(Self.hosted)")
        }
        guard scheme == "https" || scheme == "http" else {
            throw ConfigurationError("the server URL must start with https:// (got \(scheme)://)")
        }
        guard components.query == nil, components.fragment == nil, components.user == nil, components.password == nil else {
            throw ConfigurationError("the server URL must not carry a query, a fragment or credentials: give just https://HOST[:PORT][/PATH]")
        }
        if scheme == "http", !allowInsecureHTTP, !Self.isLoopback(host) {
            throw ConfigurationError(
                "refusing plain http:// to \(host): credentials and lead data would cross the network unencrypted. "
                    + "Use https://, or pass --allow-http if this network is trusted")
        }
        self.scheme = scheme
        self.host = host
        self.port = components.port
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        self.path = path
    }

    /// `scheme://host[:port]path`, ready for path segments to be appended.
    public var description: String {
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(shownHost)\(port.map { ":\($0)" } ?? "")\(path)"
    }

    /// True for 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased()
        return host == "localhost" || host.hasSuffix(".localhost") || host == "::1" || host == "[::1]"
            || host.hasPrefix("127.")
    }
}
