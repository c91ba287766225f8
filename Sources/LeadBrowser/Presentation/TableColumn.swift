import TiledeskLeads

/// One column of the lead table: its title, its width in terminal columns, what it shows, and the
/// sort field it stands for, so the header can mark the sorted column.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Int
    public var sortField: LeadSortField?
    public var field: LeadTableField

    public init(title: String, width: Int, sortField: LeadSortField?, field: LeadTableField) {
        self.title = title
        self.width = width
        self.sortField = sortField
        self.field = field
    }
}
