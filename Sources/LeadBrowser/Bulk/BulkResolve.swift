import TiledeskLeads

/// `*` then an action: the query is read page by page before the review, so the review counts the
/// leads as they are now and the action works on ids, not on a query whose pages would shift
/// under it as leads change.
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

    public init(goal: Goal, query: LeadQuery, expected: Int) {
        self.goal = goal
        self.query = query
        self.expected = expected
    }

    public var progressLine: String {
        "Reading the matching leads: \(NumberText.grouped(seen.count)) of \(NumberText.grouped(expected)) — Esc to stop"
    }
}
