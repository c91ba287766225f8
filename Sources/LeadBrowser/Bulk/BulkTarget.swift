import TiledeskLeads

/// One lead of a bulk action: its id and the lead as it was before (what undo puts back).
public struct BulkTarget: Sendable, Hashable {
    public var id: String
    public var before: Lead

    public init(id: String, before: Lead) {
        self.id = id
        self.before = before
    }
}
