import TiledeskLeads

/// What to do with an edit once the lead has been read again just before saving it: the one
/// rule every way of writing a lead follows (the form, the YAML document, `leads edit`).
/// Unchanged on the server: send my change. Changed: merge three ways (`LeadMerge`) and send
/// what is still mine, or stop at the overlaps. Trashed or deleted meanwhile: never write,
/// since the server's PUT would bring the lead back.
public enum SavePlan: Sendable, Hashable {
    /// Send this change (measured from what the server holds now).
    case send(LeadChange)
    /// Nothing left to send: someone else made the same change meanwhile.
    case nothingToSend
    /// Both sides changed the same part differently; `merge.merged` holds every one-sided
    /// change, and the conflicts wait for the user.
    case conflicts(theirs: Lead, merge: LeadMerge)
    /// The lead was trashed (`theirs`) or deleted for good (`nil`) since the edit began.
    case gone(theirs: Lead?)

    /// The plan for saving `mine`, an edit of `base`, given the lead re-read as `theirs`
    /// (nil when the server no longer has it).
    public static func after(reRead theirs: Lead?, base: Lead, mine: Lead) -> SavePlan {
        guard let theirs else { return .gone(theirs: nil) }
        if theirs.isTrashed, !base.isTrashed { return .gone(theirs: theirs) }
        if isUnchanged(theirs, since: base) {
            let change = LeadChange.between(base, mine)
            return change.isEmpty ? .nothingToSend : .send(change)
        }
        let merge = LeadMerge(base: base, mine: mine, theirs: theirs)
        guard merge.conflicts.isEmpty else { return .conflicts(theirs: theirs, merge: merge) }
        let change = LeadChange.between(theirs, merge.merged)
        return change.isEmpty ? .nothingToSend : .send(change)
    }

    /// Whether the server's lead is still the one the edit began from: the same `updatedAt`
    /// (a server that gives none must match in every part).
    public static func isUnchanged(_ theirs: Lead, since base: Lead) -> Bool {
        theirs.updatedAt == base.updatedAt && (theirs.updatedAt != nil || theirs == base)
    }
}
