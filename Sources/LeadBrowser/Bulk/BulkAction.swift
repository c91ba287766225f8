import TiledeskLeads

/// What a bulk action does to each marked lead, as the minimal write: a tag through the tag
/// routes, a field as a PUT of that field (after the client's own read, so a lead that is gone is
/// never re-created), an attribute as a PATCH of that key, a trash, restore or delete as one call.
/// Concurrent edits to anything else are kept. Actions that must see the lead as it is now (an
/// attribute removed, an undo) read it first and decide in `secondStep`.
public enum BulkAction: Sendable, Hashable {
    case addTag(String)
    case removeTag(String)
    case trash
    case restore
    case deleteForever
    /// Sets one field; "" clears it.
    case setField(LeadField, String)
    /// Undo of `setField`: each lead gets back the value it had (kept with its target), unless the
    /// field no longer holds `set` (someone changed it since), which is reported, not overwritten.
    case putBack(LeadField, set: String)
    /// Sets one attribute (a top-level key) to a JSON value.
    case setAttribute(String, JSONValue)
    /// Removes one attribute: the server has no route for that, so the lead is read and its
    /// attributes written back without the key (only where it still has it).
    case removeAttribute(String)
    /// Undo of the two above: the old value (or no key) comes back where the attribute still holds
    /// `set` (nil: still absent); otherwise reported, not overwritten.
    case putBackAttribute(String, set: JSONValue?)

    /// True when the lead needs this action (a lead that already has the tag is not written, and
    /// an undo of the tag leaves it alone).
    public func applies(to lead: Lead) -> Bool {
        switch self {
        case .addTag(let tag): !lead.tags.contains(tag)
        case .removeTag(let tag): lead.tags.contains(tag)
        case .trash: !lead.isTrashed
        case .restore: lead.isTrashed
        case .deleteForever: true
        case .setField(let field, let value): (lead[field] ?? "") != value
        case .putBack, .putBackAttribute: true
        case .setAttribute(let key, let value): lead.attributes?[key] != value
        case .removeAttribute(let key): lead.attributes?[key] != nil
        }
    }

    /// The call for one lead.
    public func request(for id: String) -> APIRequest {
        switch self {
        case .addTag(let tag): .update(id: id, change: LeadChange(tagsToAdd: [tag]), justRead: true)
        case .removeTag(let tag): .update(id: id, change: LeadChange(tagsToRemove: [tag]), justRead: true)
        case .trash: .trash(id: id)
        case .restore: .restore(id: id)
        case .deleteForever: .deleteForever(id: id)
        case .setField(let field, let value): .update(id: id, change: LeadChange(fields: [field: value]), justRead: false)
        case .setAttribute(let key, let value): .update(id: id, change: LeadChange(attributesMerge: [key: value]), justRead: false)
        case .putBack, .removeAttribute, .putBackAttribute: .get(id: id)
        }
    }

    /// The action that takes this one back, for the leads it changed; nil when nothing can.
    public var inverse: BulkAction? {
        switch self {
        case .addTag(let tag): .removeTag(tag)
        case .removeTag(let tag): .addTag(tag)
        case .trash: .restore
        case .restore: .trash
        case .deleteForever, .putBack, .putBackAttribute: nil
        case .setField(let field, let value): .putBack(field, set: value)
        case .setAttribute(let key, let value): .putBackAttribute(key, set: value)
        case .removeAttribute(let key): .putBackAttribute(key, set: nil)
        }
    }

    /// The review line: `add tag vip to 1,234 leads`.
    public func review(_ count: Int) -> String {
        let leads = "\(NumberText.grouped(count)) lead\(count == 1 ? "" : "s")"
        switch self {
        case .addTag(let tag): return "Add tag \(tag) to \(leads)"
        case .removeTag(let tag): return "Remove tag \(tag) from \(leads)"
        case .trash: return "Move \(leads) to the trash"
        case .restore: return "Restore \(leads) from the trash"
        case .deleteForever: return "Delete \(leads) for good"
        case .setField(let field, let value):
            return value.isEmpty ? "Clear \(field.label) on \(leads)" : "Set \(field.label) to \(value) on \(leads)"
        case .putBack(let field, _): return "Put back \(field.label) on \(leads)"
        case .setAttribute(let key, let value): return "Set attribute \(key) to \(value.jsonText) on \(leads)"
        case .removeAttribute(let key): return "Remove attribute \(key) from \(leads)"
        case .putBackAttribute(let key, _): return "Put back attribute \(key) on \(leads)"
        }
    }

    /// What leads that need nothing are: `17 already have it`.
    public var alreadyText: String {
        switch self {
        case .addTag: "already have it"
        case .removeTag: "do not have it"
        case .trash: "are already in the trash"
        case .restore: "are not in the trash"
        case .setField, .setAttribute: "already have that value"
        case .removeAttribute: "do not have it"
        case .deleteForever, .putBack, .putBackAttribute: "need nothing"
        }
    }

    /// `Tagging`, for the progress line.
    public var progressWord: String {
        switch self {
        case .addTag, .removeTag: "Tagging"
        case .trash: "Trashing"
        case .restore: "Restoring"
        case .deleteForever: "Deleting"
        case .setField, .putBack, .setAttribute, .removeAttribute, .putBackAttribute: "Updating"
        }
    }

    /// `Tagged`, for the result.
    public var doneWord: String {
        switch self {
        case .addTag: "Tagged"
        case .removeTag: "Untagged"
        case .trash: "Trashed"
        case .restore: "Restored"
        case .deleteForever: "Deleted"
        case .setField, .putBack, .setAttribute, .removeAttribute, .putBackAttribute: "Updated"
        }
    }

    /// True for the actions that move leads in or out of the trash (or delete them); the others
    /// leave a lead found in the trash alone.
    public var changesTrash: Bool {
        switch self {
        case .trash, .restore, .deleteForever: true
        default: false
        }
    }

    /// True when the marked leads leave the list shown (so the marks are dropped afterwards).
    public var removesFromList: Bool {
        switch self {
        case .trash, .restore, .deleteForever: true
        default: false
        }
    }
}
