import LeadDuplicates
import TiledeskLeads

/// Merging from the browser and undoing it: the review's `y` reads the leads again
/// (`AppState+MergeCheck`), then runs the plan's steps (the same `MergeStep`s `leads merge` runs)
/// one request at a time; `u` reads the leads again, plans the
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
            if let run = mergeRun, run.kind == .merge, run.plan == review.plan, run.done > 0 {
                mergeRun?.failure = nil  // the survivor is written: go on from the failed step
                setStatus("Merging…")
                return nextMergeStep()
            }
            return rereadBeforeMerge(review.plan)
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
        if let run = mergeRun, run.kind == .undo, run.plan == plan, run.isReread {
            mergeRun?.failure = nil
            setStatus("Undoing the merge…")
            return nextMergeStep()
        }
        return reread(MergeRun(kind: .undo, plan: plan), saying: "Undoing the merge: reading the leads again…")
    }

    /// Sends the next step of the run, or ends it.
    mutating func nextMergeStep() -> [Effect] {
        guard var run = mergeRun else { return [] }
        guard run.done < run.steps.count else { return finishMerge(run) }
        let request: APIRequest = switch run.steps[run.done] {
        case .update(let id, let change): .update(id: id, change: change, justRead: false)
        case .recordMerge(let id, let record): .mergeAttributes(id: id, attributes: [MergeRecord.key: record])
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
        if purpose == .mergeRead {
            run.reread[lead.id] = lead
            mergeRun = run
            return run.isReread ? allReread(run) : []
        }
        run.done += 1
        mergeRun = run
        return nextMergeStep()
    }

    /// A step (or read) failed: the run stops where it is, and says how to go on. A lead the
    /// server no longer knows is no failure of a read: the check or the undo says so.
    mutating func mergeFailed(_ error: APIError, request: PendingRequest, requestID: Int) -> [Effect] {
        guard var run = mergeRun, run.requestIDs.remove(requestID) != nil else { return [] }
        if request.purpose == .mergeRead, error.kind == .notFound, case .get(let id) = request.request, id != run.plan.survivor.id || run.kind == .merge {
            run.missing.insert(id)
            mergeRun = run
            return run.isReread ? allReread(run) : []
        }
        if error.kind == .offline || error.kind == .timeout { connection = .offline(error.message) }
        if !run.isReread {
            run.reread = [:]  // read them all again on the retry
            run.missing = []
            run.requestIDs = []
        }
        run.failure = error.description
        mergeRun = run
        let step = run.done < run.steps.count ? " at \(run.steps[run.done].summary)" : ""
        switch run.kind {
        case .merge: setStatus("Merge stopped\(step): \(error.description) — y sends it again", error: true)
        case .undo: setStatus("Undo stopped\(step): \(error.description) — u sends it again", error: true)
        }
        return []
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
