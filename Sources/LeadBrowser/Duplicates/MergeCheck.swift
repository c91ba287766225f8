import LeadDuplicates
import TiledeskLeads

/// The browser's look at a group's leads just before a merge writes, as the form's save re-reads
/// its lead: each lead read again is compared with the lead the review was made from. A lead
/// someone changed, trashed or deleted meanwhile is named, and nothing is written — the review is
/// made again from the leads as they are (or the merge is refused when one is gone), so a
/// colleague's change is never overwritten unseen. What this merge itself wrote before an answer
/// was lost (its record on the survivor, the survivor's update, a `mergedInto` mark) is not a
/// colleague's change, so `y` after a failed first step goes on.
public struct MergeCheck: Sendable, Hashable {
    /// One line per lead that is not as shown: "a2 changed since the group was shown".
    public var notes: [String]
    /// Leads deleted for good meanwhile: they cannot be merged.
    public var deleted: [String]
    /// The leads as read, by id, to make the review again from.
    public var fresh: [String: Lead]

    public var isUnchanged: Bool { notes.isEmpty }

    /// `reread` holds the leads read again; `missing` the ids the server no longer knows.
    public init(_ plan: MergePlan, reread: [String: Lead], missing: Set<String>) {
        var notes: [String] = []
        for shown in [plan.survivor] + plan.others {
            if missing.contains(shown.id) {
                notes.append("\(shown.id) was deleted meanwhile")
                continue
            }
            guard let now = reread[shown.id], !Self.isSame(shown, now, plan) else { continue }
            if now.isTrashed && !shown.isTrashed && now.attributes?[MergePlan.mergedIntoKey] != .string(plan.survivor.id) {
                notes.append("\(shown.id) was moved to the trash meanwhile")
            } else {
                notes.append("\(shown.id) changed since the group was shown")
            }
        }
        self.notes = notes
        deleted = plan.leadIDs.filter { missing.contains($0) }
        fresh = reread
    }

    /// The same lead, or the same but for what this merge has written to it already.
    static func isSame(_ shown: Lead, _ now: Lead, _ plan: MergePlan) -> Bool {
        if LeadChange.between(shown, now).isEmpty { return true }
        var ours = now
        if shown.id == plan.survivor.id {
            if LeadChange.between(plan.result, now).isEmpty { return true }
            if let record = plan.record, now.attributes?[MergeRecord.key] == record.json {
                ours.attributes?[MergeRecord.key] = shown.attributes?[MergeRecord.key]
            }
        } else if now.attributes?[MergePlan.mergedIntoKey] == .string(plan.survivor.id) {
            ours.attributes?[MergePlan.mergedIntoKey] = shown.attributes?[MergePlan.mergedIntoKey]
            ours.status = shown.status
        }
        if ours.attributes == [:] && shown.attributes == nil { ours.attributes = nil }
        return LeadChange.between(shown, ours).isEmpty
    }
}

extension MergePlan {
    /// The survivor's and the merged leads' ids.
    public var leadIDs: [String] { [survivor.id] + others.map(\.id) }
}
