import TiledeskLeads

/// Bulk actions on the marked leads: plan (or first resolve a `*` query), review, run with a few
/// requests in flight, cancel with Esc, report, retry the failures, undo exactly what was done.
extension AppState {
    /// True while a resolve or a run is under way.
    public var bulkBusy: Bool { bulkResolve != nil || (bulk.map { !$0.isFinished } ?? false) }

    /// Starts `action` on the marked leads: straight to the review for marks, after reading the
    /// query to the end for `*`.
    mutating func startBulk(_ action: BulkAction) -> [Effect] {
        guard !bulkBusy else {
            setStatus("A bulk action is still running — Esc to stop it", error: true)
            return []
        }
        if let all = selection.allMatching {
            bulkResolve = BulkResolve(goal: .action(action), query: all.query, expected: all.count)
            return resolveNextWindow()
        }
        return review(action, selection.marked.values.sorted { $0.id < $1.id }.map { BulkTarget(id: $0.id, before: $0) }, already: 0)
    }

    /// Asks for the next window of a `*` read (see `BulkResolve`): from a little before the
    /// anchor to a page after it, in `_id` order.
    mutating func resolveNextWindow() -> [Effect] {
        guard var resolve = bulkResolve else { return [] }
        let (page, limit) = LeadWalk.window(from: max(0, resolve.position - 1 - resolve.margin), to: resolve.position + BulkResolve.pageSize)
        var query = resolve.query
        query.page = page
        query.limit = limit
        query.sort = .id
        query.direction = .ascending
        resolve.windowSkip = page * limit
        resolve.windowLimit = limit
        resolve.windows += 1
        let (id, effect) = send(.list(query), for: .bulkResolve(resolve.windows))
        resolve.requestID = id
        bulkResolve = resolve
        return [effect]
    }

    /// A window of a `*` query arrived: check it continues the read, plan its new leads, then
    /// read on or review (or write the file) in the list's order.
    mutating func bulkPageArrived(_ page: LeadPage, number: Int, requestID: Int) -> [Effect] {
        guard var resolve = bulkResolve, resolve.requestID == requestID else { return [] }
        let leads = page.leads
        if let anchor = resolve.anchor, resolve.windowSkip > 0, leads.first.map({ $0.id > anchor }) ?? true {
            // Leads before this window left the list: it may have slid over unread ones.
            resolve.position = resolve.windowSkip
            resolve.margin = min(resolve.margin * 4, 1_000_000)
            bulkResolve = resolve
            return resolveNextWindow()
        }
        let fresh = resolve.anchor.map { anchor in leads.filter { $0.id > anchor } } ?? leads
        if let last = fresh.last { resolve.anchor = last.id }
        resolve.position = resolve.windowSkip + leads.count
        resolve.margin = max(4, resolve.margin / 2)
        for lead in fresh where resolve.seen.insert(lead.id).inserted {
            if resolve.goal.wants(lead) {
                resolve.targets.append(BulkTarget(id: lead.id, before: lead))
            } else {
                resolve.alreadyDone += 1
            }
        }
        bulkResolve = resolve
        if leads.count == resolve.windowLimit { return resolveNextWindow() }
        bulkResolve = nil
        let order = LeadOrder(field: resolve.query.sort, direction: resolve.query.direction)
        let targets = resolve.targets.sorted { order.inOrder($0.before, $1.before) }
        switch resolve.goal {
        case .action(let action): return review(action, targets, already: resolve.alreadyDone)
        case .export(let export): return [.exportLeads(targets.map(\.before), export)]
        }
    }

    /// The review: what will change on how many leads, and how many need nothing. A delete for
    /// good is confirmed by typing the count; everything else by `y`.
    private mutating func review(_ action: BulkAction, _ candidates: [BulkTarget], already: Int) -> [Effect] {
        let targets = candidates.filter { action.applies(to: $0.before) }
        let alreadyDone = already + candidates.count - targets.count
        guard !targets.isEmpty else {
            setStatus("Nothing to do: \(NumberText.grouped(alreadyDone)) \(action.alreadyText)")
            return []
        }
        bulkReview = BulkRun(action: action, targets: targets, alreadyDone: alreadyDone)
        var text = action.review(targets.count)
        if alreadyDone > 0 { text += "; \(NumberText.grouped(alreadyDone)) \(action.alreadyText)" }
        if case .deleteForever = action {
            stack.append(.prompt(PromptDialog(title: "\(text). This cannot be undone. Type \(targets.count) to confirm", purpose: .bulkDeleteCount)))
        } else {
            stack.append(.confirm(ConfirmDialog(question: text + "?", action: .runBulk)))
        }
        return []
    }

    /// Starts the reviewed run.
    mutating func runReviewedBulk() -> [Effect] {
        guard let run = bulkReview else { return [] }
        bulkReview = nil
        return startRun(run)
    }

    /// Makes `run` the running action: its clock starts and its first requests go out.
    private mutating func startRun(_ run: BulkRun) -> [Effect] {
        var run = run
        run.clockToken = nextRequestID
        nextRequestID += 1
        bulk = run
        return sendMoreBulk() + [.scheduleBulkTick(token: run.clockToken, after: BulkRun.tick)]
    }

    /// A second of the running action has passed: the progress line's rate and time left move on.
    mutating func bulkTick(_ token: Int) -> [Effect] {
        guard var run = bulk, run.clockToken == token, !run.isFinished else { return [] }
        run.seconds += 1
        bulk = run
        return [.scheduleBulkTick(token: token, after: BulkRun.tick)]
    }

    /// Keeps `BulkRun.inFlightLimit` requests in flight until the queue is done or cancelled.
    mutating func sendMoreBulk() -> [Effect] {
        guard var run = bulk else { return [] }
        var effects: [Effect] = []
        while !run.cancelled, run.next < run.targets.count, run.inFlight.count + run.takingBack.count < BulkRun.inFlightLimit {
            let (id, effect) = send(run.action.request(for: run.targets[run.next].id), for: .bulk)
            run.inFlight[id] = run.next
            run.next += 1
            effects.append(effect)
        }
        bulk = run
        if run.isFinished { return effects + finishBulk() }
        setStatus(run.progressLine)
        return effects
    }

    /// One lead's answer (`lead` nil for a delete for good, `error` when it failed).
    mutating func bulkAnswer(_ request: PendingRequest, requestID: Int, lead: Lead?, error: APIError?) -> [Effect] {
        guard var run = bulk else { return [] }
        if let index = run.takingBack.removeValue(forKey: requestID) {
            let id = run.targets[index].id
            if let error {
                run.failed.append(BulkProblem(id: id, reason: "trashed meanwhile; taking the change back failed: \(error.description)"))
            } else {
                run.skipped.append(BulkProblem(id: id, reason: "trashed meanwhile; the change was taken back"))
            }
            bulk = run
            return sendMoreBulk()
        }
        guard let index = run.inFlight.removeValue(forKey: requestID) else { return [] }
        let target = run.targets[index]
        let trashedMeanwhile = lead.map { $0.isTrashed && !target.before.isTrashed && !run.action.changesTrash } ?? false
        if let error {
            let reason = error.kind == .notFound ? "deleted meanwhile" : error.description
            if error.kind == .notFound {
                run.skipped.append(BulkProblem(id: target.id, reason: reason))
            } else {
                run.failed.append(BulkProblem(id: target.id, reason: reason))
            }
        } else if case .get = request.request, trashedMeanwhile {
            run.skipped.append(BulkProblem(id: target.id, reason: "trashed meanwhile"))
        } else if case .get = request.request, let lead {
            // The action reads first (an attribute removed, an undo): decide on the lead as it is now.
            switch run.action.secondStep(target, fresh: lead) {
            case .write(let write):
                let (id, effect) = send(write, for: .bulk)
                run.inFlight[id] = index
                bulk = run
                return [effect]
            case .skip(let reason): run.skipped.append(BulkProblem(id: target.id, reason: reason))
            case .nothing: run.alreadyDone += 1
            }
        } else if trashedMeanwhile, let lead {
            // The write landed on a lead someone trashed meanwhile (the server's tag and PUT
            // routes take trashed leads): take back exactly what it wrote, and report the lead.
            guard let takeBack = run.action.takeBack(target, after: lead) else {
                run.skipped.append(BulkProblem(id: target.id, reason: "trashed meanwhile"))
                bulk = run
                return sendMoreBulk()
            }
            let (id, effect) = send(takeBack, for: .bulk)
            run.takingBack[id] = index
            bulk = run
            return [effect] + sendMoreBulk()
        } else {
            run.changed.append(target)
            if let lead { list.replace(lead) }
        }
        bulk = run
        return sendMoreBulk()
    }

    /// The end: the result line, the problems listed, undo recorded, the list refreshed.
    private mutating func finishBulk() -> [Effect] {
        guard let run = bulk else { return [] }
        if let inverse = run.action.inverse, !run.allChanged.isEmpty {
            undo = .bulk(action: inverse, targets: run.allChanged)
        }
        if run.action.removesFromList, run.failed.isEmpty { selection = Selection() }
        setStatus(run.resultLine, error: !run.failed.isEmpty)
        if let problems = run.problemsText { stack.append(.error(problems)) }
        return requery(keepSelection: true)
    }

    /// Esc while a bulk action runs: no new requests; those in flight finish.
    mutating func cancelBulk() -> [Effect] {
        if bulkResolve != nil {
            bulkResolve = nil
            setStatus("Stopped before anything was changed")
            return []
        }
        guard var run = bulk, !run.isFinished else { return [] }
        run.cancelled = true
        bulk = run
        if run.isFinished { return finishBulk() }
        setStatus(run.progressLine)
        return []
    }

    /// `R`: the same action again on the leads that failed.
    mutating func retryFailedBulk() -> [Effect] {
        guard let last = bulk, last.isFinished, !last.failed.isEmpty else { return [] }
        let failedIDs = Set(last.failed.map(\.id))
        var retry = BulkRun(action: last.action, targets: last.targets.filter { failedIDs.contains($0.id) }, alreadyDone: 0)
        retry.changedBefore = last.allChanged
        return startRun(retry)
    }

    /// `u` after a bulk action: the inverse on exactly the leads it changed.
    mutating func undoBulk(_ action: BulkAction, _ targets: [BulkTarget]) -> [Effect] {
        guard !bulkBusy else { return [] }
        undo = nil
        return startRun(BulkRun(action: action, targets: targets, alreadyDone: 0))
    }
}
