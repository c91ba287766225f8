/// A part of a local view that a Tiledesk segment cannot hold, said instead of dropped.
public struct ViewShareError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
