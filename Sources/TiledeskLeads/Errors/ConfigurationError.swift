/// A setting that cannot work (a bad URL, plain http to a remote host, no project, no
/// credentials), found before any request is sent. The message says how to fix it.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
