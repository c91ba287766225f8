/// One request for a page of leads: every query parameter `GET /leads` understands.
/// Pages count from 0, as on the wire.
public struct LeadQuery: Sendable, Hashable, Codable {
    public var page: Int
    public var limit: Int
    public var sort: LeadSortField
    public var direction: SortDirection
    /// Whole-word search over fullname and email (`full_text`).
    public var fullText: String?
    /// Exact, case-sensitive email match.
    public var email: String?
    /// Leads carrying this tag.
    public var tag: String?
    /// True lists the trash (`status=1000`).
    public var trash: Bool
    public var withEmail: Bool
    public var withFullname: Bool
    /// A Tiledesk segment's id (`segment`): its filters are applied first, then the parameters
    /// above, which replace a segment condition on the same field (routes/lead.js).
    public var segment: String?

    public static let defaultLimit = 40

    public init(
        page: Int = 0, limit: Int = LeadQuery.defaultLimit, sort: LeadSortField = .createdAt,
        direction: SortDirection = .descending, fullText: String? = nil, email: String? = nil, tag: String? = nil,
        trash: Bool = false, withEmail: Bool = false, withFullname: Bool = false, segment: String? = nil
    ) {
        self.page = page
        self.limit = limit
        self.sort = sort
        self.direction = direction
        self.fullText = fullText
        self.email = email
        self.tag = tag
        self.trash = trash
        self.withEmail = withEmail
        self.withFullname = withFullname
        self.segment = segment
    }

    /// The query with another page number.
    public func page(_ n: Int) -> LeadQuery {
        var copy = self
        copy.page = n
        return copy
    }

    /// The query parameters in wire form, in a stable order.
    public var queryItems: [(name: String, value: String)] {
        var items: [(String, String)] = [
            ("page", String(page)), ("limit", String(limit)), ("sort", sort.rawValue),
            ("direction", String(direction.rawValue)),
        ]
        if let fullText, !fullText.isEmpty { items.append(("full_text", fullText)) }
        if let email, !email.isEmpty { items.append(("email", email)) }
        if let tag, !tag.isEmpty { items.append(("tags", tag)) }
        if trash { items.append(("status", String(LeadStatus.trashed))) }
        if withEmail { items.append(("with_email", "true")) }
        if withFullname { items.append(("with_fullname", "true")) }
        if let segment, !segment.isEmpty { items.append(("segment", segment)) }
        return items
    }
}
