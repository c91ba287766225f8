import TiledeskLeads

/// What a command that changes many leads does to each one, as the minimal write: tags through
/// the tag routes, fields as a PUT of just those fields, attributes as a PATCH of the keys; a
/// trash, restore or delete is one call. Concurrent edits by others to anything else are kept.
enum BulkEdit: Sendable {
    /// Adds and removes tags with the tag routes only.
    case tags(add: [String], remove: [String])
    /// Any change `leads update` can make: the lead as it should be after.
    case edit(@Sendable (Lead) throws -> Lead)
    case trash
    case restore
    case deleteForever

    /// "tag", "trash"…: for the confirmation ("Trash 1,234 leads?").
    var verb: String {
        switch self {
        case .tags: "tag"
        case .edit: "update"
        case .trash: "trash"
        case .restore: "restore"
        case .deleteForever: "delete for good"
        }
    }

    var pastTense: String {
        switch self {
        case .tags: "tagged"
        case .edit: "updated"
        case .trash: "trashed"
        case .restore: "restored"
        case .deleteForever: "deleted for good"
        }
    }

    /// What a lead that needs nothing already is ("already had it").
    var alreadyDone: String {
        switch self {
        case .tags, .edit: "already as asked"
        case .trash: "already in the trash"
        case .restore: "not in the trash"
        case .deleteForever: "already gone"
        }
    }

    /// True when the edit works on leads in the trash (so a query selection is the trash).
    var actsOnTrash: Bool {
        switch self {
        case .restore: true
        default: false
        }
    }

    /// False for tag and update, which leave leads in the trash alone.
    var touchesTrashedLeads: Bool {
        switch self {
        case .tags, .edit: false
        default: true
        }
    }

    /// The change this lead needs, or nil when it needs none. Trash, restore and delete are
    /// described by the status they lead to (0 for deleted).
    func plan(_ lead: Lead) throws -> LeadChange? {
        switch self {
        case .tags(let add, let remove):
            // The edit's own lists where nothing is left out (nearly every lead): a copy of one
            // tag list for each of 98,039 leads was 6 MB of a bulk action's memory (B9c).
            let adding = add.filter { !lead.tags.contains($0) }
            let removing = remove.filter { lead.tags.contains($0) }
            let change = LeadChange(
                tagsToAdd: adding.count == add.count ? add : adding, tagsToRemove: removing.count == remove.count ? remove : removing)
            return change.isEmpty ? nil : change
        case .edit(let edited):
            let change = LeadChange.between(lead, try edited(lead))
            return change.isEmpty ? nil : change
        case .trash: return lead.isTrashed ? nil : LeadChange(status: LeadStatus.trashed)
        case .restore: return lead.isTrashed ? LeadChange(status: LeadStatus.normal) : nil
        case .deleteForever: return LeadChange(status: 0)
        }
    }

    /// One line for `--dry-run`: what the change would do.
    func describe(_ change: LeadChange) -> String {
        switch self {
        case .trash, .restore, .deleteForever: return verb
        case .tags, .edit:
            var parts: [String] = []
            for (field, value) in change.fields.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                parts.append(value.isEmpty ? "clear \(field.rawValue)" : "\(field.rawValue)=\(value)")
            }
            parts += change.tagsToAdd.map { "+" + $0 } + change.tagsToRemove.map { "-" + $0 }
            if let replace = change.attributesReplace { parts.append("attributes=\(JSONValue.object(replace).jsonText)") }
            for (key, value) in change.attributesMerge.sorted(by: { $0.key < $1.key }) { parts.append("attributes.\(key)=\(value.jsonText)") }
            for (key, value) in change.propertiesMerge.sorted(by: { $0.key < $1.key }) { parts.append("properties.\(key)=\(value.jsonText)") }
            return parts.joined(separator: " ")
        }
    }
}
