import TiledeskLeads

/// A view: a name, a query (search, email, tag, trash), a sort and a column set, as written
/// under `[[views]]` in config.toml. A shared view is a Tiledesk segment on the server instead:
/// its filters are the segment's, and the segment holds no sort and no columns (models/segment.js
/// has only name, match and filters), so it lists in the server's default order with the
/// configured columns.
public struct SavedView: Sendable, Hashable {
    public var name: String
    /// Whole-word search over name and email (`full_text`).
    public var search: String?
    public var email: String?
    public var tag: String?
    public var trash: Bool
    public var sort: LeadSortField?
    public var direction: SortDirection?
    /// Nil keeps the configured `[columns]`.
    public var columns: [LeadColumn]?
    /// The segment a shared view stands for.
    public var segment: Segment?

    public init(
        name: String, search: String? = nil, email: String? = nil, tag: String? = nil, trash: Bool = false,
        sort: LeadSortField? = nil, direction: SortDirection? = nil, columns: [LeadColumn]? = nil
    ) {
        self.name = name
        self.search = search.flatMap { $0.isEmpty ? nil : $0 }
        self.email = email.flatMap { $0.isEmpty ? nil : $0 }
        self.tag = tag.flatMap { $0.isEmpty ? nil : $0 }
        self.trash = trash
        self.sort = sort
        self.direction = direction
        self.columns = columns
    }

    /// The view a segment from the server stands for.
    public init(shared segment: Segment) {
        self.init(name: segment.name)
        self.segment = segment
    }

    public var isShared: Bool { segment != nil }

    /// The server query this view lists, pages of `limit`.
    public func query(limit: Int) -> LeadQuery {
        LeadQuery(
            limit: limit, sort: sort ?? .createdAt, direction: direction ?? .descending, fullText: search, email: email, tag: tag,
            trash: trash, segment: segment?.id)
    }

    /// What the view selects, for the picker: `tag vip · sorted by Updated ↓`, or the segment's filters.
    public var summary: String {
        var parts: [String] = []
        if let segment {
            parts = segment.filters.map(\.description)
            if parts.isEmpty { parts.append("every lead") }
            return parts.joined(separator: ", ") + " (shared)"
        }
        if trash { parts.append("trash") }
        if let search { parts.append("search “\(search)”") }
        if let email { parts.append("email \(email)") }
        if let tag { parts.append("tag \(tag)") }
        if let sort { parts.append("sorted by \(sort.label) \((direction ?? .descending) == .ascending ? "↑" : "↓")") }
        if let columns { parts.append(columns.map(\.title).joined(separator: "/")) }
        return parts.isEmpty ? "every lead" : parts.joined(separator: " · ")
    }
}
