import TiledeskLeads

/// The way back from a merge, planned from the merge and the leads as they are now: every merged
/// lead restored from the trash with its `mergedInto` gone, then the survivor's merged values set
/// back to what it had before. A value someone changed since the merge is theirs and stays; it is
/// listed in `kept` so the user is told instead of finding it overwritten. Pure, like `MergePlan`:
/// the browser's `u` and any other caller run `steps` as they run a merge's.
public struct MergeUndo: Sendable, Hashable {
    /// The writes, merged leads first, so a value never lives only in the trash.
    public var steps: [MergeStep]
    /// What stays as it is now, and why (`company: changed since the merge`).
    public var kept: [String]

    /// `survivorNow` and `othersNow` are the leads as just read (others in any order).
    public init(_ plan: MergePlan, survivorNow: Lead, othersNow: [Lead]) {
        var steps: [MergeStep] = []
        var kept: [String] = []
        for before in plan.others {
            guard let now = othersNow.first(where: { $0.id == before.id }) else {
                kept.append("\(before.id): not found any more")
                continue
            }
            let marked = now.attributes?[MergePlan.mergedIntoKey] == .string(plan.survivor.id)
            // Only a lead the merge trashed comes back; one trashed for another reason stays.
            if now.isTrashed, marked { steps.append(.restore(id: now.id)) }
            if now.isTrashed, !marked { kept.append("\(now.id): in the trash, not marked as merged into \(plan.survivor.id)") }
            if marked {
                var target = now
                target.attributes?[MergePlan.mergedIntoKey] = before.attributes?[MergePlan.mergedIntoKey]
                steps.append(.update(id: now.id, change: LeadChange.between(now, target)))
            }
        }
        let (target, survivorKept) = Self.reverted(plan, now: survivorNow)
        kept += survivorKept
        // The survivor's record of the merge goes last, in a write of its own: an undo stopped
        // half-way still finds it, and a later run finishes the job.
        var values = target
        values.attributes?[MergeRecord.key] = survivorNow.attributes?[MergeRecord.key]
        for (from, to) in [(survivorNow, values), (values, target)] {
            let change = LeadChange.between(from, to)
            if !change.isEmpty { steps.append(.update(id: survivorNow.id, change: change)) }
        }
        self.steps = steps
        self.kept = kept
    }

    /// The survivor with each part the merge changed set back, where it still holds what the
    /// merge wrote; the parts changed since are named.
    static func reverted(_ plan: MergePlan, now: Lead) -> (Lead, [String]) {
        let before = plan.survivor, merged = plan.result
        var target = now
        var kept: [String] = []
        for field in LeadField.allCases where (before[field] ?? "") != (merged[field] ?? "") {
            if (now[field] ?? "") == (merged[field] ?? "") {
                target[field] = before[field] ?? ""
            } else if (now[field] ?? "") != (before[field] ?? "") {  // (already as before: a re-run)
                kept.append("\(field.rawValue): changed since the merge")
            }
        }
        let added = merged.tags.filter { !before.tags.contains($0) }
        target.tags = now.tags.filter { !added.contains($0) }
        let (attributes, attributesKept) = revertedObject(
            before: before.attributes ?? [:], merged: merged.attributes ?? [:], now: now.attributes ?? [:], path: "attributes", canRemove: true)
        target.attributes = now.attributes == nil && attributes.isEmpty ? nil : attributes
        let (properties, propertiesKept) = revertedObject(
            before: before.properties ?? [:], merged: merged.properties ?? [:], now: now.properties ?? [:], path: "properties", canRemove: false)
        target.properties = now.properties == nil && properties.isEmpty ? nil : properties
        return (target, kept + attributesKept + propertiesKept)
    }

    /// Key by key at the top: a key the merge set, still as it set it, goes back (or away); the
    /// API only merges properties, so a property the merge added stays and is named.
    static func revertedObject(
        before: [String: JSONValue], merged: [String: JSONValue], now: [String: JSONValue], path: String, canRemove: Bool
    ) -> ([String: JSONValue], [String]) {
        var out = now
        var kept: [String] = []
        for key in Set(before.keys).union(merged.keys).sorted() where before[key] != merged[key] {
            guard now[key] == merged[key] else {
                if now[key] != before[key] { kept.append("\(path).\(key): changed since the merge") }
                continue
            }
            if before[key] == nil && !canRemove {
                kept.append("\(path).\(key): the API cannot remove a property")
            } else {
                out[key] = before[key]
            }
        }
        return (out, kept)
    }
}
