/// Reads every lead of a query from a project that keeps changing, each exactly once, with
/// nothing but the real server's paging: skip/limit (`page × limit`) on one sort field, no cursor,
/// no tie-breaker, and a `count` that moves between requests.
///
/// Why it works:
/// - It sorts by `_id`, the one key that is unique and never changes. A unique key has no ties,
///   so the server's order is the same on every request (MongoDB's unstable order among equal
///   keys cannot touch it), and an edit never moves a lead. New leads get larger ids, so in
///   ascending order they land after the end instead of shifting what is still to read.
/// - It keeps an anchor: the largest `_id` handed on so far. Because the order is total and
///   stable, a window whose first lead is at or before the anchor holds every lead of the list
///   that comes after the anchor, up to the window's end — nothing between them can be missing.
///   So each window is asked to start a little before the anchor (an overlap of `margin`) and is
///   checked: if its first lead is already past the anchor, leads before it left the list (trashed,
///   or changed out of the filter) and the window slid over unread ones; the walk steps back with
///   a wider overlap and asks again. Only leads after the anchor are handed on, so none twice.
/// - A window shorter than its limit that passed the check ends the walk: every lead after the
///   anchor that existed at that moment was in it.
/// A lead that existed and matched for the whole walk is therefore handed on exactly once; one
/// created, trashed or changed out of the filter meanwhile may be in or out.
public struct LeadWalk: Sendable {
    public let api: any LeadsAPI
    /// The filters (text, email, tag, trash, with_*); its page, limit and sort are not used.
    public var query: LeadQuery
    public var pageSize: Int
    /// `_id` order: ascending (oldest first; new leads join at the end) or descending (newest
    /// first, for look-ups that stop early).
    public var direction: SortDirection

    /// What the walk saw of the project changing under it.
    public struct Summary: Sendable, Equatable {
        /// Leads handed on.
        public var read = 0
        /// The server's count for the query at the first and at the last request.
        public var countAtStart = 0
        public var countAtEnd = 0
        /// Leads handed on that were created after the walk began (ascending walks only).
        public var arrived = 0
        /// Windows asked again because leads before them had left the list.
        public var stepsBack = 0
        /// Window requests sent, with those sent ahead and not used.
        public var requests = 0

        /// Leads that left the list while it was read: trashed, or changed out of the filter.
        public var left: Int { max(0, countAtStart + arrived - countAtEnd) }
        public var changed: Bool { arrived > 0 || left > 0 || stepsBack > 0 || countAtEnd != countAtStart }
    }

    /// Windows asked for ahead of need (see `LeadWindowReader`): 0 asks one at a time, as look-ups
    /// that stop early want; reads of a whole list overlap the server's work with their own.
    public var lookahead: Int

    /// Where the walk stands: leads of the list at or before the anchor as last seen, and the
    /// overlap the next window asks for before it.
    public struct Step: Sendable, Equatable {
        public var position: Int
        public var margin: Int
    }

    public init(api: any LeadsAPI, query: LeadQuery, pageSize: Int = 500, direction: SortDirection = .ascending, lookahead: Int = 0) {
        self.api = api
        self.query = query
        self.pageSize = max(1, pageSize)
        self.direction = direction
        self.lookahead = max(0, lookahead)
    }

    /// Hands each window's new leads to `body` (with the number read so far and the server's
    /// current count) until the list ends or `body` returns false.
    @discardableResult
    public func run(_ body: ([Lead], _ read: Int, _ count: Int) async throws -> Bool) async throws -> Summary {
        var summary = Summary()
        var reader = LeadWindowReader(walk: self)
        defer { reader.cancel() }
        var step = Step(position: 0, margin: 4)  // position: leads of the list at or before the anchor, as last seen
        let newestAtStart = direction == .ascending ? try await newestID() : nil
        var anchor: String?
        var first = true
        while true {
            let (window, result) = try await reader.next(for: step)
            summary.requests = reader.sent
            if first { summary.countAtStart = result.count }
            first = false
            summary.countAtEnd = result.count
            let skip = window.skip
            let leads = result.leads
            if let anchor, skip > 0, leads.first.map({ !passed($0.id, anchor) }) ?? true {
                // Leads before this window left the list: it may have slid over unread ones.
                summary.stepsBack += 1
                step = Step(position: skip, margin: min(step.margin * 4, 1_000_000))
                continue
            }
            let fresh = anchor.map { anchor in leads.filter { !passed($0.id, anchor) } } ?? leads
            if let last = fresh.last { anchor = last.id }
            step = Step(position: skip + leads.count, margin: max(4, step.margin / 2))
            // Full: the walk goes on at the predicted step, so the requests ahead can be sent now.
            if leads.count == window.limit { reader.fill(from: step) }
            if !fresh.isEmpty {
                summary.read += fresh.count
                if let newestAtStart { summary.arrived += fresh.filter { $0.id > newestAtStart }.count }
                guard try await body(fresh, summary.read, result.count) else { return summary }
            }
            if leads.count < window.limit { return summary }
        }
    }

    /// True when `id` is at or before `anchor` in the walk's order. ObjectIds are 24 lowercase
    /// hex digits, so text order is id order.
    private func passed(_ id: String, _ anchor: String) -> Bool {
        direction == .ascending ? id <= anchor : id >= anchor
    }

    /// The newest `_id` when the walk begins, to tell the leads that arrived during it.
    private func newestID() async throws -> String? {
        var request = query
        request.page = 0
        request.limit = 1
        request.sort = .id
        request.direction = .descending
        return try await api.list(request).leads.first?.id
    }

    /// The request of a step: from a little before the anchor to a page after it.
    func window(for step: Step) -> LeadWindowReader.Window {
        let (page, limit) = Self.window(from: max(0, step.position - 1 - step.margin), to: step.position + pageSize)
        return LeadWindowReader.Window(step: step, page: page, limit: limit)
    }

    /// The smallest window the server can give (it skips whole pages: `page × limit`) that starts
    /// at or before `start` and reaches `end`.
    public static func window(from start: Int, to end: Int) -> (page: Int, limit: Int) {
        var limit = max(1, end - start)
        // Terminates: at limit == end the window is page 0, which reaches end.
        while (start / limit) * limit + limit < end { limit += 1 }
        return (start / limit, limit)
    }
}
