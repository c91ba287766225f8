import ArgumentParser
import TiledeskLeads

/// The edits `leads update` was given (`--set`, `--unset`, `--tag`, `--attr`, `--attr-unset`,
/// `--prop`), kept as text and applied to each lead as it is read, so a bulk update computes every
/// lead's minimal change from that lead's own current values.
struct LeadEdits: Sendable {
    var assignments: [String]
    var unset: [String]
    var tags: [String]
    var attributes: [String]
    var attributesToRemove: [String]
    var properties: [String]

    /// The lead as it should be after these edits.
    func applied(to lead: Lead) throws -> Lead {
        var lead = lead
        for assignment in assignments {
            let (field, value) = try FieldAssignments.field(assignment)
            lead[field] = value
        }
        for name in unset { lead[try FieldAssignments.fieldName(name)] = "" }
        for tag in tags {
            if tag.hasPrefix("-") {
                let name = String(tag.dropFirst())
                lead.tags.removeAll { $0 == name }
            } else {
                let name = tag.hasPrefix("+") ? String(tag.dropFirst()) : tag
                guard !name.isEmpty else { throw ValidationError("--tag needs a tag name after + or -") }
                if !lead.tags.contains(name) { lead.tags.append(name) }
            }
        }
        for text in attributes {
            let (key, value) = try FieldAssignments.json(text, option: "--attr")
            lead.attributes = (lead.attributes ?? [:]).merging([key: value]) { $1 }
        }
        for key in attributesToRemove { lead.attributes?[key] = nil }
        for text in properties {
            let (key, value) = try FieldAssignments.json(text, option: "--prop")
            lead.properties = (lead.properties ?? [:]).merging([key: value]) { $1 }
        }
        return lead
    }
}
