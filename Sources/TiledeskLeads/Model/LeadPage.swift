/// One page of `GET /leads`: `{"perPage":N,"count":TOTAL,"leads":[…]}`.
public struct LeadPage: Sendable, Hashable, Codable {
    public var perPage: Int
    /// Total leads matching the query, over all pages.
    public var count: Int
    public var leads: [Lead]

    public init(perPage: Int, count: Int, leads: [Lead]) {
        self.perPage = perPage
        self.count = count
        self.leads = leads
    }

    /// Number of pages for this total at this page size (at least 1).
    public var pageCount: Int {
        guard perPage > 0 else { return 1 }
        return max(1, (count + perPage - 1) / perPage)
    }
}
