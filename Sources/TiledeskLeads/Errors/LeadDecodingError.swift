/// A JSON value that is not a lead.
public struct LeadDecodingError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
