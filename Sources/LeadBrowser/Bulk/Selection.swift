import TiledeskLeads

/// The leads marked in the list, kept by `_id` so the marks survive scrolling, paging, a refresh
/// and the page cache dropping pages. Each mark keeps the lead as last seen, which is what a bulk
/// action plans from ("17 already have it"). `*` marks every lead of a query instead, pages not
/// loaded included; it is resolved to ids only when an action is confirmed.
public struct Selection: Sendable, Hashable {
    /// Every lead matching a query, as counted by the server when it was chosen.
    public struct AllMatching: Sendable, Hashable {
        public var query: LeadQuery
        public var count: Int
    }

    public var marked: [String: Lead] = [:]
    public var allMatching: AllMatching?
    /// The row `V` started a range at; the next `V` marks every loaded row between it and the cursor.
    public var rangeAnchor: Int?

    public init() {}

    public var isEmpty: Bool { marked.isEmpty && allMatching == nil }

    /// How many leads an action would act on.
    public var count: Int { allMatching?.count ?? marked.count }

    /// True when the row's lead is marked (all rows are, under `*` on the query shown).
    public func contains(_ lead: Lead, shownQuery: LeadQuery) -> Bool {
        if let allMatching { return allMatching.query == shownQuery.page(0) }
        return marked[lead.id] != nil
    }

    /// `3 marked`, `all 12,345 matching marked`.
    public var summary: String {
        if let allMatching { return "all \(NumberText.grouped(allMatching.count)) matching marked" }
        return "\(NumberText.grouped(marked.count)) marked"
    }
}
