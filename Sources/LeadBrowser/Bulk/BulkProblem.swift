/// A lead a bulk action did not change, and why.
public struct BulkProblem: Sendable, Hashable {
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }
}
