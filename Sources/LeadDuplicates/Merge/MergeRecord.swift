import TiledeskLeads

/// What a merge changed on its survivor, kept on the survivor itself as `attributes.mergedFrom`:
/// the merged leads' ids and, for each part the merge wrote (a text field, the tag list, a
/// top-level attribute or property key), the value before and the value written.
///
/// Why on the survivor, and why an attribute: the way back from a merge needs the survivor's
/// values from before it, and after the merge those exist nowhere else — the trashed leads hold
/// their own values, not the survivor's, and the browser's plan dies with its session. An
/// attribute is the one place the API lets a client keep structured data on a lead, it travels
/// with the lead (export, import, another machine), and it is written first, as a step of its
/// own before the survivor's update, so a survivor is never changed without its way back — even
/// when a merge stops half-way and is finished by a later run, which keeps this record (it names
/// the same leads) instead of recording the half-merged values as "before". A later merge into
/// the same survivor keeps the earlier record inside its own `before`, so undoing the later one
/// puts the earlier one back and merges are undone newest first. `leads merge --undo` reads it.
public struct MergeRecord: Sendable, Hashable {
    /// The attribute holding the record on the survivor.
    public static let key = "mergedFrom"

    /// The `_id`s of the leads merged into the survivor (and trashed with `mergedInto`).
    public var leads: [String]
    /// Per part the merge wrote, the survivor's value before: field names (`company`), `tags`,
    /// and `attributes`/`properties` objects of the top-level keys written (null: there was none).
    public var before: [String: JSONValue]
    /// The same parts as the merge wrote them; a part that no longer holds this was changed by
    /// someone since, and an undo leaves it as it is.
    public var after: [String: JSONValue]

    public init(leads: [String], before: [String: JSONValue], after: [String: JSONValue]) {
        self.leads = leads
        self.before = before
        self.after = after
    }

    /// The record of turning `survivor` into `result` (neither holding a record of this merge);
    /// the survivor's earlier record, if any, goes into `before`.
    init(survivor: Lead, result: Lead, others: [String]) {
        var before: [String: JSONValue] = [:], after: [String: JSONValue] = [:]
        for field in LeadField.allCases where (survivor[field] ?? "") != (result[field] ?? "") {
            before[field.rawValue] = .string(survivor[field] ?? "")
            after[field.rawValue] = .string(result[field] ?? "")
        }
        if survivor.tags != result.tags {
            before["tags"] = .array(survivor.tags.map(JSONValue.string))
            after["tags"] = .array(result.tags.map(JSONValue.string))
        }
        for (name, old, new) in [("attributes", survivor.attributes, result.attributes), ("properties", survivor.properties, result.properties)] {
            let old = old ?? [:], new = new ?? [:]
            var was: [String: JSONValue] = [:], now: [String: JSONValue] = [:]
            for key in Set(old.keys).union(new.keys) where key != Self.key && old[key] != new[key] {
                was[key] = old[key] ?? .null
                now[key] = new[key] ?? .null
            }
            if name == "attributes", let earlier = survivor.attributes?[Self.key] { was[Self.key] = earlier }
            if !was.isEmpty { before[name] = .object(was) }
            if !now.isEmpty { after[name] = .object(now) }
        }
        self.init(leads: others, before: before, after: after)
    }

    /// The record as the attribute holds it; nil when `value` is not one.
    public init?(_ value: JSONValue?) {
        guard let object = value?.objectValue, case .array(let ids)? = object["leads"] else { return nil }
        leads = ids.compactMap(\.stringValue)
        before = object["before"]?.objectValue ?? [:]
        after = object["after"]?.objectValue ?? [:]
        guard !leads.isEmpty else { return nil }
    }

    public var json: JSONValue {
        .object(["leads": .array(leads.map(JSONValue.string)), "before": .object(before), "after": .object(after)])
    }

    /// The merge as it was, rebuilt over the survivor as it is now (`now` holds this record):
    /// the survivor before and after, and the merged leads as they were (as they are now without
    /// `mergedInto`; a lead not found is a bare id). `MergeUndo` plans the way back from it.
    public func plan(survivorNow now: Lead, othersNow: [Lead]) -> MergePlan {
        let others = leads.map { id in
            var lead = othersNow.first { $0.id == id } ?? Lead(id: id)
            lead.attributes?[MergePlan.mergedIntoKey] = nil
            return lead
        }
        var was = Self.overlaid(now, before)
        // The record itself is not among its parts: before the merge the survivor held the
        // earlier record, if any; after it, this one.
        was.attributes?[Self.key] = before["attributes"]?.objectValue?[Self.key].flatMap(Self.present)
        return MergePlan(survivor: was, others: others, result: Self.overlaid(now, after), dropped: [])
    }

    /// `lead` with the recorded parts set; a null attribute or property is a key that was not there.
    static func overlaid(_ lead: Lead, _ parts: [String: JSONValue]) -> Lead {
        var lead = lead
        for field in LeadField.allCases { if let value = parts[field.rawValue]?.stringValue { lead[field] = value } }
        if case .array(let tags)? = parts["tags"] { lead.tags = tags.compactMap(\.stringValue) }
        for (name, path) in [("attributes", \Lead.attributes), ("properties", \Lead.properties)] {
            guard let keys = parts[name]?.objectValue else { continue }
            var object = lead[keyPath: path] ?? [:]
            for (key, value) in keys { object[key] = Self.present(value) }
            lead[keyPath: path] = object
        }
        return lead
    }

    /// A recorded value, or nil for null (no key); spelled out, as `nil` alone would read as
    /// `JSONValue.null` here.
    static func present(_ value: JSONValue) -> JSONValue? {
        if case .null = value { return Optional<JSONValue>.none }
        return value
    }
}
