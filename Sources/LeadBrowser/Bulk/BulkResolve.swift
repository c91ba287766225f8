import TiledeskLeads

/// `*` then an action: the query is read page by page before the review, so the review counts the
/// leads as they are now and the action works on ids, not on a query whose pages would shift
/// under it as leads change. The read is `LeadWalk`'s, one window at a time: `_id` ascending (a
/// unique key that never changes, so ties and edits cannot move a lead and new leads land after
/// the end), each window asked from a little before the last lead taken (`anchor`) and checked to
/// start at or before it — one that starts past it slid over leads because others before them
/// left, and is asked again from further back. So a lead there for the whole read is taken once.
public struct BulkResolve: Sendable, Hashable {
    public static let pageSize = 500

    /// What the leads are read for: an action (reviewed next) or a file (written next).
    public enum Goal: Sendable, Hashable {
        case action(BulkAction)
        case export(LeadExport)

        func wants(_ lead: Lead) -> Bool {
            switch self {
            case .action(let action): action.applies(to: lead)
            case .export: true
            }
        }
    }

    public var goal: Goal
    public var query: LeadQuery
    public var expected: Int
    public var targets: [BulkTarget] = []
    public var seen: Set<String> = []
    public var alreadyDone = 0
    public var requestID: Int?
    /// The largest `_id` taken so far; nil before the first window.
    public var anchor: String?
    /// Leads of the list up to the anchor as last seen, and the overlap the next window asks for.
    public var position = 0
    public var margin = 4
    /// The window in flight: where it starts in the list and how many leads it asks for.
    public var windowSkip = 0
    public var windowLimit = 0
    /// Windows asked for so far (the request purpose's number).
    public var windows = 0

    public init(goal: Goal, query: LeadQuery, expected: Int) {
        self.goal = goal
        self.query = query
        self.expected = expected
    }

    public var progressLine: String {
        "Reading the matching leads: \(NumberText.grouped(seen.count)) of \(NumberText.grouped(expected)) — Esc to stop"
    }
}
