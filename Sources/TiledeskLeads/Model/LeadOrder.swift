import Foundation

/// Sorting leads on the client the way the server sorts a list: by one field, missing values
/// first when ascending, text by code point (MongoDB's and SQLite's binary order), and `_id`
/// breaking ties so the result is the same every time. Used where the leads were read in `_id`
/// order (the only order that stays exact on a live project, see `LeadWalk`) and the user asked
/// for another.
public struct LeadOrder: Sendable, Hashable {
    public var field: LeadSortField
    public var direction: SortDirection

    public init(field: LeadSortField, direction: SortDirection) {
        self.field = field
        self.direction = direction
    }

    /// `leads` in this order.
    public func sorted(_ leads: [Lead]) -> [Lead] {
        leads.sorted { inOrder($0, $1) }
    }

    /// True when `a` comes before `b`.
    public func inOrder(_ a: Lead, _ b: Lead) -> Bool {
        let order = Self.compare(key(a), key(b))
        let resolved = order != 0 ? order : Self.compare(.text(a.id), .text(b.id))
        return direction == .ascending ? resolved < 0 : resolved > 0
    }

    /// A sort value: missing, a number, or text.
    enum Key {
        case missing
        case number(Double)
        case text(String)
    }

    func key(_ lead: Lead) -> Key {
        switch field {
        case .id: .text(lead.id)
        case .leadID: lead.leadID.map(Key.text) ?? .missing
        case .createdAt: lead.createdAt.map { .number($0.timeIntervalSince1970) } ?? .missing
        case .updatedAt: lead.updatedAt.map { .number($0.timeIntervalSince1970) } ?? .missing
        case .status: lead.status.map { .number(Double($0)) } ?? .missing
        default:
            LeadField(rawValue: field.rawValue).flatMap { lead[$0] }.map(Key.text) ?? .missing
        }
    }

    /// -1, 0 or 1. Missing before numbers before text, as BSON orders types.
    static func compare(_ a: Key, _ b: Key) -> Int {
        switch (a, b) {
        case (.missing, .missing): return 0
        case (.missing, _): return -1
        case (_, .missing): return 1
        case (.number(let x), .number(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.number, .text): return -1
        case (.text, .number): return 1
        case (.text(let x), .text(let y)):
            if x.utf8.elementsEqual(y.utf8) { return 0 }
            return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
        }
    }
}
