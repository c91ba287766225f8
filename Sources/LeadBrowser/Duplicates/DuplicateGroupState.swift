import LeadDuplicates
import TiledeskLeads

/// One duplicate group open side by side: its leads read whole (the index holds only a few fields
/// each), a cursor on a field row and a lead column, the survivor (the oldest unless chosen) and
/// the lead whose value each differing field takes. The merge plan follows from these at once,
/// so the screen always shows what `m` would do.
public struct DuplicateGroupState: Sendable, Hashable {
    public var group: DuplicateGroup
    /// The leads as read, by id; the group's order is `group.ids`.
    public var leads: [String: Lead] = [:]
    /// Why a lead could not be read; nothing can be merged then.
    public var failure: String?
    /// The row under the cursor (see `DuplicateGroupTable.rows`) and the lead column.
    public var row = 0
    public var column = 0
    public var survivorID: String
    /// Per field, the lead whose value the survivor takes (by default the survivor's unless empty).
    public var choices: [LeadField: String] = [:]
    /// Per attribute path the leads hold with different values (`attributes.plan`), the lead whose
    /// value the survivor takes (by default the survivor's, else the oldest's that has one).
    public var keyChoices: [String: String] = [:]

    public init(group: DuplicateGroup) {
        self.group = group
        survivorID = group.ids.first ?? ""
    }

    /// True once every lead of the group has been read.
    public var isLoaded: Bool { group.ids.allSatisfy { leads[$0] != nil } }

    /// The leads in the group's order (oldest first); those not read yet are left out.
    public var orderedLeads: [Lead] { group.ids.compactMap { leads[$0] } }

    /// The merge as chosen so far; nil until every lead is read.
    public var plan: MergePlan? {
        guard isLoaded, orderedLeads.count >= 2 else { return nil }
        return MergePlan(leads: orderedLeads, into: survivorID, choices: choices, keyChoices: keyChoices)
    }
}
