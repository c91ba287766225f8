import TiledeskLeads

/// A value as MongoDB compares it in a query: numbers of any width as one type, dates as their
/// own type (a string never equals or orders against a date), arrays matched element by element.
enum MongoValue: Sendable, Hashable {
    case null, bool(Bool), number(Double), string(String), date(Int64)
    case array([MongoValue])
    case object([String: MongoValue])

    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let n): self = .number(Double(n))
        case .double(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .array(let items): self = .array(items.map(MongoValue.init))
        case .object(let members): self = .object(members.mapValues(MongoValue.init))
        }
    }

    /// `{field: value}`: equal, or (for an array in the document) an element equal.
    static func equal(_ document: MongoValue?, _ value: MongoValue) -> Bool {
        guard let document else { return value == .null }
        if document == value { return true }
        if case .array(let items) = document { return items.contains(value) }
        return false
    }

    /// `$gt`/`$gte`: only values of the same type class compare ("type bracketing"); a missing
    /// field never matches; an array matches when an element does.
    static func greater(_ document: MongoValue?, _ value: MongoValue, orEqual: Bool) -> Bool {
        guard let document else { return false }
        if case .array(let items) = document { return items.contains { greater($0, value, orEqual: orEqual) } }
        let order: Int
        switch (document, value) {
        case (.number(let a), .number(let b)): order = a < b ? -1 : (a > b ? 1 : 0)
        case (.date(let a), .date(let b)): order = a < b ? -1 : (a > b ? 1 : 0)
        case (.bool(let a), .bool(let b)): order = a == b ? 0 : (a ? 1 : -1)
        case (.string(let a), .string(let b)):
            order = a.utf8.elementsEqual(b.utf8) ? 0 : (a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1)
        default: return false
        }
        return orEqual ? order >= 0 : order > 0
    }

    /// The strings a `$regex` is tried on: the value, or the string elements of an array.
    var regexSubjects: [String] {
        switch self {
        case .string(let s): [s]
        case .array(let items): items.flatMap(\.regexSubjects)
        default: []
        }
    }
}
