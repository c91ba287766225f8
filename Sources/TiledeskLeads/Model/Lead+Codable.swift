import Foundation

/// The wire form of a lead: `_id` (or `id`), `__v`, camelCase fields, ISO-8601 times with
/// milliseconds. Null and missing are the same; unknown keys land in `extra`.
extension Lead: Codable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Keys this type maps to properties; everything else is `extra`.
    static let knownKeys: Set<String> = [
        "_id", "id", "__v", "lead_id", "fullname", "email", "phone", "company", "note", "streetAddress",
        "city", "region", "zipcode", "country", "tags", "attributes", "properties", "id_project", "createdBy",
        "status", "createdAt", "updatedAt",
    ]

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func text(_ key: String) -> String? {
            guard let value = try? c.decodeIfPresent(JSONValue.self, forKey: Key(key)) else { return nil }
            switch value {
            case .string(let s): return s
            case .int(let n): return String(n)
            case .double(let d): return JSONValue.double(d).jsonText
            case .bool(let b): return b ? "true" : "false"
            default: return nil
            }
        }
        guard let id = text("_id") ?? text("id") else {
            throw DecodingError.keyNotFound(Key("_id"), .init(codingPath: c.codingPath, debugDescription: "a lead has no _id"))
        }
        self.init(id: id)
        if case .int(let v)? = try? c.decodeIfPresent(JSONValue.self, forKey: Key("__v")) { version = Int(v) }
        leadID = text("lead_id")
        for field in LeadField.allCases { self[field] = text(field.rawValue) }
        if case .array(let items)? = try? c.decodeIfPresent(JSONValue.self, forKey: Key("tags")) {
            tags = items.compactMap(\.stringValue)
        }
        attributes = (try? c.decodeIfPresent(JSONValue.self, forKey: Key("attributes")))??.objectValue
        properties = (try? c.decodeIfPresent(JSONValue.self, forKey: Key("properties")))??.objectValue
        projectID = text("id_project")
        createdBy = text("createdBy")
        switch try? c.decodeIfPresent(JSONValue.self, forKey: Key("status")) {
        case .int(let n)?: status = Int(n)
        case .string(let s)?: status = Int(s)
        default: status = nil
        }
        createdAt = text("createdAt").flatMap(ISOTime.parse)
        updatedAt = text("updatedAt").flatMap(ISOTime.parse)
        for key in c.allKeys where !Lead.knownKeys.contains(key.stringValue) {
            extra[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
        }
    }

    public func encode(to encoder: Encoder) throws {
        try jsonObject.encode(to: encoder)
    }

    /// The lead as a JSON object with the server's key names, nil fields left out.
    public var jsonObject: JSONValue {
        var o = extra
        o["_id"] = .string(id)
        if let version { o["__v"] = .int(Int64(version)) }
        if let leadID { o["lead_id"] = .string(leadID) }
        for field in LeadField.allCases {
            if let value = self[field] { o[field.rawValue] = .string(value) }
        }
        o["tags"] = .array(tags.map(JSONValue.string))
        if let attributes { o["attributes"] = .object(attributes) }
        if let properties { o["properties"] = .object(properties) }
        if let projectID { o["id_project"] = .string(projectID) }
        if let createdBy { o["createdBy"] = .string(createdBy) }
        if let status { o["status"] = .int(Int64(status)) }
        if let createdAt { o["createdAt"] = .string(ISOTime.format(createdAt)) }
        if let updatedAt { o["updatedAt"] = .string(ISOTime.format(updatedAt)) }
        return .object(o)
    }
}
