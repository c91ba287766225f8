import TiledeskLeads

/// One column of the lead table as laid out: its title (the sorted one marked), its width in
/// terminal columns, and what it shows.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Int
    public var field: LeadColumn

    public init(title: String, width: Int, field: LeadColumn) {
        self.title = title
        self.width = width
        self.field = field
    }
}
