import TiledeskLeads

/// Turning a JSON object (from JSON, NDJSON, or a CSV row) into a lead to import. Only the
/// fields a user can set are taken; ids and times the server assigns are ignored.
enum ImportFields {
    /// Fields taken from a record; `_id`, dates, status and the like are the server's.
    static func lead(from members: [String: JSONValue]) throws(ImportProblem) -> Lead {
        var lead = Lead()
        var used = false
        for field in LeadField.allCases {
            switch members[field.rawValue] {
            case nil, .null?: break
            case .string(let text)?:
                lead[field] = text
                used = used || !text.isEmpty
            case .int(let n)?:
                // A CSV tool may have turned a phone or zip code into a number: keep its digits.
                lead[field] = String(n)
                used = true
            case let value?:
                throw ImportProblem("\(field.rawValue) must be text, not \(value.typeName)")
            }
        }
        switch members["lead_id"] {
        case nil, .null?: break
        case .string(let text)?: lead.leadID = text.isEmpty ? nil : text
        case let value?: throw ImportProblem("lead_id must be text, not \(value.typeName)")
        }
        switch members["tags"] {
        case nil, .null?: break
        case .array(let items)?:
            lead.tags = try items.map { item throws(ImportProblem) in
                guard case .string(let tag) = item, !tag.isEmpty else { throw ImportProblem("tags must be non-empty strings") }
                return tag
            }
            used = used || !lead.tags.isEmpty
        case let value?: throw ImportProblem("tags must be an array of strings, not \(value.typeName)")
        }
        for key in ["attributes", "properties"] {
            switch members[key] {
            case nil, .null?: break
            case .object(let object)?:
                if key == "attributes" { lead.attributes = object } else { lead.properties = object }
                used = used || !object.isEmpty
            case let value?: throw ImportProblem("\(key) must be a JSON object, not \(value.typeName)")
            }
        }
        if let email = lead.email, !email.isEmpty, !email.contains("@") {
            throw ImportProblem("email \(email) has no @")
        }
        guard used else { throw ImportProblem("no field to import (expected fullname, email, phone, … by their API names)") }
        return lead
    }
}
