import Foundation
import TiledeskLeads

/// The MongoDB query that `Segment2MongoConverter.convert` (utils/segment2mongoConverter.js)
/// builds from a segment's filters, and its evaluation on a lead. The converter assigns
/// `query[field] = …` filter by filter, so a later filter on the same field replaces an earlier
/// one; an operator it does not know adds nothing; `match` ("all"/"any") is not read. Values are
/// cast as Mongoose casts them to the lead schema's path types (models/lead.js).
struct SegmentQuery: Sendable {
    enum Condition: Sendable {
        case equal(MongoValue)
        case notEqual(MongoValue)
        case greater(MongoValue, orEqual: Bool)
        case regex(String)
        case exists(Bool)
    }

    /// Field → condition, in the order first assigned (a JavaScript object's key order).
    private(set) var conditions: [(field: String, condition: Condition)] = []

    init(filters: [SegmentFilter]) throws(SegmentQueryError) {
        for filter in filters {
            guard let op = SegmentOperator(rawValue: filter.operator) else { continue }
            let condition: Condition
            switch op {
            case .equal: condition = .equal(try Self.cast(filter.value, for: filter.field, keepArray: true))
            case .notEqual: condition = .notEqual(try Self.cast(filter.value, for: filter.field, keepArray: true))
            case .greater: condition = .greater(try Self.cast(filter.value, for: filter.field, keepArray: false), orEqual: false)
            case .greaterOrEqual: condition = .greater(try Self.cast(filter.value, for: filter.field, keepArray: false), orEqual: true)
            case .startsWith: throw .missingFunction("this.convertStarsWithOperatorFilter is not a function")
            case .contains:
                guard case .string(let pattern) = filter.value, (try? NSRegularExpression(pattern: pattern)) != nil else {
                    throw .badQuery("contains needs a valid regular expression as a string, not \(filter.value.jsonText)")
                }
                guard Self.pathType(filter.field) == .text || Self.pathType(filter.field) == .mixed else {
                    throw .badQuery("Can't use $regex with the \(filter.field) field")
                }
                condition = .regex(pattern)
            case .isNull: condition = .exists(false)
            case .isNotNull: condition = .exists(true)
            }
            guard !filter.field.hasPrefix("$"), !filter.field.isEmpty else {
                throw .badQuery("unknown top level operator: \(filter.field)")
            }
            assign(filter.field, condition)
        }
    }

    /// routes/lead.js sets these keys after the segment's: a request parameter on the same field
    /// replaces the segment's condition (`status` and `id_project` always do).
    mutating func dropConditions(on fields: Set<String>) {
        conditions.removeAll { fields.contains($0.field) }
    }

    /// Whether `lead` satisfies every condition.
    func matches(_ lead: Lead) -> Bool {
        let document = lead.jsonObject
        return conditions.allSatisfy { field, condition in
            let value = Self.value(at: field, in: document, lead: lead)
            switch condition {
            case .equal(let wanted): return MongoValue.equal(value, wanted)
            case .notEqual(let unwanted): return !MongoValue.equal(value, unwanted)
            case .greater(let bound, let orEqual): return MongoValue.greater(value, bound, orEqual: orEqual)
            case .exists(let present): return (value != nil) == present
            case .regex(let pattern):
                guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
                return value?.regexSubjects.contains { text in
                    regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                } ?? false
            }
        }
    }

    private mutating func assign(_ field: String, _ condition: Condition) {
        if let index = conditions.firstIndex(where: { $0.field == field }) {
            conditions[index].condition = condition
        } else {
            conditions.append((field, condition))
        }
    }

    // MARK: - The lead schema's types

    enum PathType { case text, textArray, date, number, objectID, mixed }

    /// models/lead.js: which paths are String, [String], Date, Number, ObjectId; everything else
    /// (attributes.*, properties.*, unknown paths) is Mixed and compared as stored.
    static func pathType(_ field: String) -> PathType {
        switch field {
        case "lead_id", "fullname", "email", "phone", "company", "note", "streetAddress", "city", "region", "zipcode", "country",
            "createdBy", "id_project":
            .text
        case "tags": .textArray
        case "createdAt", "updatedAt": .date
        case "status", "__v": .number
        case "_id": .objectID
        default: .mixed
        }
    }

    /// Mongoose's cast of a query value to the path's type; a failed cast fails the query.
    static func cast(_ value: JSONValue, for field: String, keepArray: Bool) throws(SegmentQueryError) -> MongoValue {
        let fail = SegmentQueryError.badQuery("Cast to \(pathType(field)) failed for value \(value.jsonText) at path \"\(field)\"")
        switch (pathType(field), value) {
        case (.mixed, _): return MongoValue(value)
        case (.text, .string(let s)), (.textArray, .string(let s)): return .string(s)
        case (.text, .int), (.text, .double), (.text, .bool), (.textArray, .int), (.textArray, .double), (.textArray, .bool):
            return .string(value.jsonText)
        case (.textArray, .array(let items)) where keepArray:
            var cast: [MongoValue] = []
            for item in items { cast.append(try Self.cast(item, for: field, keepArray: false)) }
            return .array(cast)
        case (.date, .string(let s)):
            guard let ms = ISOTime.parseMilliseconds(s) ?? dateOnly(s) else { throw fail }
            return .date(ms)
        case (.date, .int(let ms)): return .date(ms)
        case (.number, .int(let n)): return .number(Double(n))
        case (.number, .double(let d)): return .number(d)
        case (.number, .string(let s)):
            guard let d = Double(s) else { throw fail }
            return .number(d)
        case (.objectID, .string(let s)) where s.count == 24 && s.allSatisfy(\.isHexDigit): return .string(s.lowercased())
        default: throw fail
        }
    }

    /// `2024-05-01`: JavaScript reads a date-only ISO string as midnight UTC.
    private static func dateOnly(_ text: String) -> Int64? {
        ISOTime.parseMilliseconds(text + "T00:00:00.000Z")
    }

    /// The value at a dotted path of the lead's document; dates as dates. Through an array of
    /// objects, the values of every element (MongoDB's implicit array traversal).
    static func value(at field: String, in document: JSONValue, lead: Lead) -> MongoValue? {
        switch field {
        case "createdAt": return lead.createdAt.map { .date(Int64(($0.timeIntervalSince1970 * 1000).rounded())) }
        case "updatedAt": return lead.updatedAt.map { .date(Int64(($0.timeIntervalSince1970 * 1000).rounded())) }
        default: break
        }
        var current: [JSONValue] = [document]
        for key in field.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            var next: [JSONValue] = []
            for value in current {
                switch value {
                case .object(let members): if let member = members[key] { next.append(member) }
                case .array(let items): next += items.compactMap { $0.objectValue?[key] }
                default: break
                }
            }
            if next.isEmpty { return nil }
            current = next
        }
        return current.count == 1 ? MongoValue(current[0]) : .array(current.map(MongoValue.init))
    }
}
