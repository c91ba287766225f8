/// One condition of a Tiledesk segment, as `models/segment.js` stores it (`SegmentFilterSchema`):
/// a lead field path, an operator and a value. The server keeps any operator string; only the
/// ones `utils/segment2mongoConverter.js` knows filter anything (see `SegmentOperator`).
public struct SegmentFilter: Sendable, Hashable {
    /// A lead path: `email`, `tags`, `createdAt`, `attributes.plan`…
    public var field: String
    /// The operator as sent on the wire (`=`, `!=`, `>`, `>=`, `contains`, `is null`…).
    public var `operator`: String
    /// Any JSON value; the schema requires one (null fails validation), even for `is null`.
    public var value: JSONValue

    public init(field: String, operator: String, value: JSONValue) {
        self.field = field
        self.operator = `operator`
        self.value = value
    }

    public init(field: String, _ op: SegmentOperator, _ value: JSONValue) {
        self.init(field: field, operator: op.rawValue, value: value)
    }

    /// `{"field":…,"operator":…,"value":…}`.
    public var jsonObject: JSONValue {
        .object(["field": .string(field), "operator": .string(`operator`), "value": value])
    }

    /// Reads one filter; nil when a member is missing or of the wrong type.
    public init?(jsonObject: JSONValue) {
        guard let members = jsonObject.objectValue, let field = members["field"]?.stringValue,
            let op = members["operator"]?.stringValue, let value = members["value"]
        else { return nil }
        self.init(field: field, operator: op, value: value)
    }

    /// `email = "a@b.c"`, for lists and messages.
    public var description: String {
        switch SegmentOperator(rawValue: `operator`) {
        case .isNull?, .isNotNull?: "\(field) \(`operator`)"
        default: "\(field) \(`operator`) \(value.stringValue.map { "\"\($0)\"" } ?? value.jsonText)"
        }
    }
}

/// The operators `utils/segment2mongoConverter.js` switches on. `startsWith` is there too, but
/// its case calls `convertStarsWithOperatorFilter`, a function that does not exist (the file
/// defines `convertStartWithOperatorFilter`, twice): the list request fails with a 500.
public enum SegmentOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case greater = ">"
    case greaterOrEqual = ">="
    case startsWith = "starts with"
    case contains
    case isNull = "is null"
    case isNotNull = "is not null"
}
