import TiledeskLeads

/// What a `PUT /leads/:id` body changes, with the real server's rules: a field is applied only
/// when present and not null; `""` stores an empty string; `tags: []` clears; `attributes`
/// replaces the whole object; `lead_id`, `properties`, `id_project` and `createdBy` are ignored.
struct LeadUpdate: Sendable {
    var fields: [LeadField: String] = [:]
    var tags: [String]?
    var attributes: [String: JSONValue]?
    var status: Int?

    init(body: JSONValue) throws {
        guard case .object(let members) = body else {
            throw SandboxFailure.badRequest("the body must be a JSON object")
        }
        for field in LeadField.allCases {
            guard let value = members[field.rawValue] else { continue }
            switch value {
            case .null: continue
            case .string(let text): fields[field] = text
            case .int, .double, .bool: fields[field] = value.jsonText
            default: throw SandboxFailure.badRequest("\(field.rawValue) must be a string")
            }
        }
        switch members["tags"] {
        case nil, .null?: break
        case .array(let items)?:
            tags = try items.map {
                guard case .string(let tag) = $0 else { throw SandboxFailure.badRequest("tags must be strings") }
                return tag
            }
        default: throw SandboxFailure.badRequest("tags must be an array of strings")
        }
        switch members["attributes"] {
        case nil, .null?: break
        case .object(let object)?: attributes = object
        default: throw SandboxFailure.badRequest("attributes must be a JSON object")
        }
        switch members["status"] {
        case nil, .null?: break
        case .int(let n)?: status = Int(n)
        case .string(let s)?:
            guard let n = Int(s) else { throw SandboxFailure.badRequest("status must be a number") }
            status = n
        default: throw SandboxFailure.badRequest("status must be a number")
        }
        if let status, ![LeadStatus.temporary, LeadStatus.normal, LeadStatus.trashed].contains(status) {
            throw SandboxFailure.badRequest("status must be 50, 100 or 1000")
        }
    }

    func apply(to lead: inout Lead) {
        for (field, value) in fields { lead[field] = value }
        if let tags { lead.tags = tags }
        if let attributes { lead.attributes = attributes }
        if let status { lead.status = status }
    }
}
