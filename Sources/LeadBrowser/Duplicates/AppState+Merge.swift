import LeadDuplicates
import TiledeskLeads

/// Merging from the browser and undoing it: the review's `y` runs the plan's steps (the same
/// `MergeStep`s `leads merge` runs) one request at a time; `u` reads the leads again, plans the
/// way back with `MergeUndo` and runs its steps the same way. A failed step stops the run; the
/// same key sends it again.
extension AppState {
    mutating func performOnMergeReview(_ action: KeyAction, _ review: MergeReviewState) -> [Effect] {
        var review = review
        switch action {
        case .moveDown: review.scroll = min(review.scroll + 1, max(review.lines.count - 1, 0))
        case .moveUp: review.scroll = max(review.scroll - 1, 0)
        case .confirm:
            if let run = mergeRun, run.isBusy {
                setStatus("Still writing the last merge…")
                return []
            }
            if mergeRun?.kind != .merge || mergeRun?.plan != review.plan {
                mergeRun = MergeRun(kind: .merge, plan: review.plan, steps: review.plan.steps)
            }
            mergeRun?.failure = nil
            setStatus("Merging…")
            return nextMergeStep()
        case .dismiss:
            stack.removeLast()
            return []
        default: return []
        }
        replaceTop(.mergeReview(review))
        return []
    }

    /// `u` after a merge: reads the survivor and the merged leads again (or resumes an undo that
    /// stopped), so the way back sees what changed since.
    mutating func undoMerge() -> [Effect] {
        guard case .merge(let plan) = undo else { return [] }
        if let run = mergeRun, run.isBusy {
            setStatus("Still writing…")
            return []
        }
        if let run = mergeRun, run.kind == .undo, run.plan == plan, run.reread.count == run.leadIDs.count {
            mergeRun?.failure = nil
            setStatus("Undoing the merge…")
            return nextMergeStep()
        }
        var run = MergeRun(kind: .undo, plan: plan)
        let effects = run.leadIDs.map { id in
            let (requestID, effect) = send(.get(id: id), for: .mergeUndoRead)
            run.requestIDs.insert(requestID)
            return effect
        }
        mergeRun = run
        setStatus("Undoing the merge: reading the leads again…")
        return effects
    }

    /// Sends the next step of the run, or ends it.
    mutating func nextMergeStep() -> [Effect] {
        guard var run = mergeRun else { return [] }
        guard run.done < run.steps.count else { return finishMerge(run) }
        let request: APIRequest = switch run.steps[run.done] {
        case .update(let id, let change): .update(id: id, change: change, justRead: false)
        case .markMerged(let id, let into): .mergeAttributes(id: id, attributes: [MergePlan.mergedIntoKey: .string(into)])
        case .trash(let id): .trash(id: id)
        case .restore(let id): .restore(id: id)
        }
        let (id, effect) = send(request, for: .mergeStep)
        run.requestIDs = [id]
        mergeRun = run
        return [effect]
    }

    /// A step's answer (or an undo's read): the next step goes out.
    mutating func mergeAnswer(_ lead: Lead, requestID: Int, purpose: RequestPurpose) -> [Effect] {
        guard var run = mergeRun, run.requestIDs.remove(requestID) != nil else { return [] }
        list.replace(lead)
        if purpose == .mergeUndoRead {
            run.reread[lead.id] = lead
            mergeRun = run
            guard run.reread.count == run.leadIDs.count, let survivor = run.reread[run.plan.survivor.id] else { return [] }
            let way = MergeUndo(run.plan, survivorNow: survivor, othersNow: Array(run.reread.values))
            run.steps = way.steps
            run.kept = way.kept
            mergeRun = run
            setStatus("Undoing the merge…")
            return nextMergeStep()
        }
        run.done += 1
        mergeRun = run
        return nextMergeStep()
    }

    /// A step (or read) failed: the run stops where it is, and says how to go on.
    mutating func mergeFailed(_ error: APIError, requestID: Int) {
        guard var run = mergeRun, run.requestIDs.remove(requestID) != nil else { return }
        if error.kind == .offline || error.kind == .timeout { connection = .offline(error.message) }
        if run.kind == .undo, run.reread.count < run.leadIDs.count {
            run.reread = [:]  // read them all again on the retry
            run.requestIDs = []
        }
        run.failure = error.description
        mergeRun = run
        let step = run.done < run.steps.count ? " at \(run.steps[run.done].summary)" : ""
        switch run.kind {
        case .merge: setStatus("Merge stopped\(step): \(error.description) — y sends it again", error: true)
        case .undo: setStatus("Undo stopped\(step): \(error.description) — u sends it again", error: true)
        }
    }

    private mutating func finishMerge(_ run: MergeRun) -> [Effect] {
        mergeRun = nil
        let ids = Set(run.leadIDs)
        switch run.kind {
        case .merge:
            undo = .merge(run.plan)
            while let top = stack.last, top.kind == .mergeReview || top.kind == .duplicateGroup { stack.removeLast() }
            for (index, screen) in stack.enumerated() {
                guard case .duplicates(var state) = screen else { continue }
                state.groups.removeAll { !Set($0.ids).isDisjoint(with: ids) }
                state.selected = min(state.selected, max(state.groups.count - 1, 0))
                stack[index] = .duplicates(state)
            }
            setStatus("Merged \(run.plan.others.count) lead\(run.plan.others.count == 1 ? "" : "s") into \(LeadTable.title(of: run.plan.result)) — u to undo")
        case .undo:
            undo = nil
            let kept = run.kept.isEmpty ? "" : " — kept as they are now: " + run.kept.joined(separator: "; ")
            setStatus("Merge undone: \(run.plan.others.count + 1) leads as they were" + kept)
        }
        return requery(keepSelection: true)
    }
}
