import TiledeskLeads

/// One column of the lead table: its title, its width in terminal columns, and the sort field it
/// stands for, so the header can mark the sorted column.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Int
    public var sortField: LeadSortField?
    public var value: @Sendable (Lead) -> String

    /// A column reading its cell text from a lead with `value`.
    public init(title: String, width: Int, sortField: LeadSortField?, value: @escaping @Sendable (Lead) -> String) {
        self.title = title
        self.width = width
        self.sortField = sortField
        self.value = value
    }

    public static func == (a: TableColumn, b: TableColumn) -> Bool {
        a.title == b.title && a.width == b.width && a.sortField == b.sortField
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(width)
    }
}
