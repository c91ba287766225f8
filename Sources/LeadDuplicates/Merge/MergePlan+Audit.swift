import TiledeskLeads

/// The promise of a merge, checked: every value of every merged lead is in the result or listed
/// as dropped. The command line refuses to apply a plan that breaks it, and the tests hold every
/// plan (faults included) to it.
extension MergePlan {
    /// Values of the merged leads (`leadID`, path, value) neither in `result` nor in `dropped`.
    public var unaccountedValues: [DroppedValue] {
        var missing: [DroppedValue] = []
        let droppedKeys = Set(dropped.map { "\($0.leadID)\u{1F}\($0.path)\u{1F}\($0.value)" })
        func accounted(_ lead: Lead, _ path: String, _ value: String) -> Bool {
            droppedKeys.contains("\(lead.id)\u{1F}\(path)\u{1F}\(value)")
        }
        for lead in [survivor] + others {
            for field in LeadField.allCases where field != .note {
                let value = lead[field] ?? ""
                if !value.isEmpty, result[field] != value, !accounted(lead, field.rawValue, value) {
                    missing.append(DroppedValue(leadID: lead.id, path: field.rawValue, value: value, kept: result[field] ?? ""))
                }
            }
            let note = (lead.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !note.isEmpty, !(result.note ?? "").contains(note) {
                missing.append(DroppedValue(leadID: lead.id, path: "note", value: note, kept: result.note ?? ""))
            }
            for tag in lead.tags where !result.tags.contains(tag) {
                missing.append(DroppedValue(leadID: lead.id, path: "tags", value: tag, kept: ""))
            }
            var attributes = lead.attributes ?? [:]
            if lead.id != survivor.id { attributes[Self.mergedIntoKey] = nil }
            // Bookkeeping, not a value: an earlier record stays on its lead or inside the new one.
            attributes[MergeRecord.key] = nil
            for (path, value) in Self.leaves(.object(attributes), path: "attributes")
            where Self.value(at: path, in: .object(["attributes": .object(result.attributes ?? [:])])) != value
                && !accounted(lead, path, value.jsonText)
            {
                missing.append(DroppedValue(leadID: lead.id, path: path, value: value.jsonText, kept: ""))
            }
            for (path, value) in Self.leaves(.object(lead.properties ?? [:]), path: "properties")
            where Self.value(at: path, in: .object(["properties": .object(result.properties ?? [:])])) != value
                && !accounted(lead, path, value.jsonText)
            {
                missing.append(DroppedValue(leadID: lead.id, path: path, value: value.jsonText, kept: ""))
            }
            if lead.id != survivor.id, let leadID = lead.leadID, !leadID.isEmpty, leadID != result.leadID,
                !accounted(lead, "lead_id", leadID)
            {
                missing.append(DroppedValue(leadID: lead.id, path: "lead_id", value: leadID, kept: result.leadID ?? ""))
            }
        }
        return missing
    }

    /// Every leaf under `value` with its dotted path; null and empty objects hold no value.
    static func leaves(_ value: JSONValue, path: String) -> [(String, JSONValue)] {
        switch value {
        case .null: return []
        case .object(let members): return members.flatMap { leaves($0.value, path: path + "." + $0.key) }
        default: return [(path, value)]
        }
    }

    static func value(at path: String, in root: JSONValue) -> JSONValue? {
        var current: JSONValue? = root
        for key in path.split(separator: ".", omittingEmptySubsequences: false) {
            current = current?.objectValue?[String(key)]
        }
        return current
    }
}
