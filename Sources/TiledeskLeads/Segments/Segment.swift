/// A Tiledesk segment (`models/segment.js`): a named, saved lead filter kept on the server per
/// project, which `GET /leads?segment=ID` applies. The schema has `match` ("all" by default, an
/// "any" is stored but ignored by the converter) and no sort or columns: those stay with the client.
public struct Segment: Sendable, Hashable {
    public var id: String
    public var name: String
    public var match: String
    public var filters: [SegmentFilter]
    /// 100 while listed; 0 after DELETE (a soft delete).
    public var status: Int?
    public var createdBy: String?

    public init(id: String, name: String, match: String = "all", filters: [SegmentFilter], status: Int? = 100, createdBy: String? = nil) {
        self.id = id
        self.name = name
        self.match = match
        self.filters = filters
        self.status = status
        self.createdBy = createdBy
    }

    /// Reads a segment as the server sends it; throws when `_id` or `name` is missing.
    public init(jsonObject value: JSONValue) throws {
        guard let members = value.objectValue, let id = members["_id"]?.stringValue ?? members["id"]?.stringValue else {
            throw LeadDecodingError(message: "a segment is a JSON object with an _id")
        }
        let filters: [SegmentFilter]
        if case .array(let items)? = members["filters"] {
            filters = items.compactMap(SegmentFilter.init(jsonObject:))
        } else {
            filters = []
        }
        let status: Int? = if case .int(let n)? = members["status"] { Int(n) } else { nil }
        self.init(
            id: id, name: members["name"]?.stringValue ?? "", match: members["match"]?.stringValue ?? "all", filters: filters,
            status: status, createdBy: members["createdBy"]?.stringValue)
    }

    /// The body of a POST or PUT: the three members the routes read.
    public static func body(name: String, filters: [SegmentFilter]) -> JSONValue {
        .object(["name": .string(name), "match": "all", "filters": .array(filters.map(\.jsonObject))])
    }
}
