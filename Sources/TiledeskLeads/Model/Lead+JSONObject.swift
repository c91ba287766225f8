import Foundation

/// Building a lead from an already parsed JSON object: the fast path every HTTP response takes
/// (`JSONParser` then this), with the same rules as the `Codable` form: `_id` or `id`, null and
/// missing alike, scalars accepted where text is expected, unknown keys kept in `extra`.
extension Lead {
    /// Fails only when the value is not an object or has no `_id`/`id`.
    public init(jsonObject value: JSONValue) throws {
        guard case .object(let members) = value else {
            throw LeadDecodingError(message: "a lead is a JSON object, not \(value.typeName)")
        }
        func text(_ key: String) -> String? {
            switch members[key] {
            case .string(let s)?: return s
            case .int(let n)?: return String(n)
            case .double(let d)?: return JSONValue.double(d).jsonText
            case .bool(let b)?: return b ? "true" : "false"
            default: return nil
            }
        }
        guard let id = text("_id") ?? text("id") else { throw LeadDecodingError(message: "a lead has no _id") }
        self.init(id: id)
        if case .int(let v)? = members["__v"] { version = Int(v) }
        leadID = text("lead_id")
        fullname = text("fullname")
        email = text("email")
        phone = text("phone")
        company = text("company")
        note = text("note")
        streetAddress = text("streetAddress")
        city = text("city")
        region = text("region")
        zipcode = text("zipcode")
        country = text("country")
        if case .array(let items)? = members["tags"] { tags = items.compactMap(\.stringValue) }
        attributes = members["attributes"]?.objectValue
        properties = members["properties"]?.objectValue
        projectID = text("id_project")
        createdBy = text("createdBy")
        switch members["status"] {
        case .int(let n)?: status = Int(n)
        case .string(let s)?: status = Int(s)
        default: status = nil
        }
        createdAt = text("createdAt").flatMap(ISOTime.parse)
        updatedAt = text("updatedAt").flatMap(ISOTime.parse)
        for (key, value) in members where !Lead.knownKeys.contains(key) { extra[key] = value }
    }
}
