import LeadDuplicates
import TiledeskLeads

/// The read before a merge writes, and what follows from it: every lead of the group is read
/// again, and only when each is as the review showed it (`MergeCheck`) do the steps go out.
/// Otherwise nothing is written: the group takes the leads as they are now and the review is made
/// again from them (same survivor, same choices), with the status line naming who changed; a lead
/// deleted meanwhile, or a survivor trashed meanwhile, stops the merge with the reason.
extension AppState {
    /// `y` in the review: reads the survivor and every merged lead again.
    mutating func rereadBeforeMerge(_ plan: MergePlan) -> [Effect] {
        reread(MergeRun(kind: .merge, plan: plan), saying: "Merging: reading the leads again first…")
    }

    /// Starts `run` by reading every one of its leads again (a merge to check, an undo to plan).
    mutating func reread(_ run: MergeRun, saying status: String) -> [Effect] {
        var run = run
        let effects = run.leadIDs.map { id in
            let (requestID, effect) = send(.get(id: id), for: .mergeRead)
            run.requestIDs.insert(requestID)
            return effect
        }
        mergeRun = run
        setStatus(status)
        return effects
    }

    /// Every lead has been read again: an undo is planned, a merge checked.
    mutating func allReread(_ run: MergeRun) -> [Effect] {
        var run = run
        switch run.kind {
        case .undo:
            guard let survivor = run.reread[run.plan.survivor.id] else { return [] }
            let way = MergeUndo(run.plan, survivorNow: survivor, othersNow: Array(run.reread.values))
            run.steps = way.steps
            run.kept = way.kept
            mergeRun = run
            setStatus("Undoing the merge…")
            return nextMergeStep()
        case .merge:
            let check = MergeCheck(run.plan, reread: run.reread, missing: run.missing)
            guard check.isUnchanged else {
                mergeRun = nil
                mergeChanged(run.plan, check)
                return []
            }
            run.steps = run.plan.steps
            mergeRun = run
            setStatus("Merging…")
            return nextMergeStep()
        }
    }

    /// Someone changed the group meanwhile: nothing is written, and the user sees why.
    private mutating func mergeChanged(_ plan: MergePlan, _ check: MergeCheck) {
        let said = check.notes.joined(separator: "; ")
        guard let groupIndex = stack.lastIndex(where: { $0.kind == .duplicateGroup }),
            case .duplicateGroup(var group) = stack[groupIndex]
        else {
            setStatus("Not merged: \(said)", error: true)
            return
        }
        for (id, lead) in check.fresh { group.leads[id] = lead }
        for id in check.deleted { group.leads[id] = nil }  // no plan, so no merge, from this group
        let survivorTrashed = check.fresh[group.survivorID]?.isTrashed == true
        if !check.deleted.isEmpty || survivorTrashed {
            if !check.deleted.isEmpty { group.failure = "deleted meanwhile: " + check.deleted.joined(separator: ", ") }
            stack[groupIndex] = .duplicateGroup(group)
            while stack.last?.kind == .mergeReview { stack.removeLast() }
            let next = survivorTrashed ? "choose another survivor with s" : "r on the Duplicates screen looks again"
            setStatus("Not merged: \(said) — \(next)", error: true)
            return
        }
        stack[groupIndex] = .duplicateGroup(group)
        if let review = group.plan, case .mergeReview? = stack.last {
            replaceTop(.mergeReview(MergeReviewState(plan: review)))
        }
        setStatus("Not merged: \(said); the review now shows the leads as they are — y to merge", error: true)
    }
}
