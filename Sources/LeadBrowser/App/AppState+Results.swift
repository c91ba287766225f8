import TiledeskLeads

/// Results of effects. Each is matched to its request by id; an id no longer pending, or a page
/// no longer awaited, is stale and changes nothing.
extension AppState {
    mutating func handleResult(_ msg: Msg) -> [Effect] {
        switch msg {
        case .pageLoaded(let requestID, let page):
            guard let request = pending.removeValue(forKey: requestID) else { return [] }
            if request.purpose == .duplicateCheck { return duplicatesArrived(page.leads) }
            connection = .online
            if case .bulkResolve(let number) = request.purpose { return bulkPageArrived(page, number: number, requestID: requestID) }
            if request.purpose == .poll { return polled(page) }
            guard case .page(let number) = request.purpose, case .list(let sent) = request.request,
                list.isAwaited(page: number, requestID: requestID)
            else { return [] }
            let items = PageBoundary.cut(
                page.leads, skip: sent.page * sent.limit, limit: sent.limit, page: number, pageSize: list.pageSize,
                before: list.cache.peek(number - 1)?.items?.map(\.id) ?? [], after: list.cache.peek(number + 1)?.items?.map(\.id) ?? [])
            guard let items else {
                // The neighbour's lead sat too near the window's edge: ask again, wider.
                let margin = (sent.limit - list.pageSize) * 2 + PageBoundary.margin
                return [fetch(page: number, margin: margin)]
            }
            list.receive(page: number, items: items, totalCount: page.count)
            if number == 0 { notePollBaseline(firstPage: items) }
            forgetNeighboursThatNoLongerJoin(page: number, items: items, window: page.leads)
            return fetchMissingPages()
        case .leadLoaded(let requestID, let lead):
            guard let request = pending.removeValue(forKey: requestID) else { return [] }
            connection = .online
            if request.purpose == .saveCheck { return preSaveChecked(lead, requestID: requestID) }
            if request.purpose == .detailCheck { return detailChecked(lead) }
            if request.purpose == .bulk { return bulkAnswer(request, requestID: requestID, lead: lead, error: nil) }
            if request.purpose == .mergeStep || request.purpose == .mergeRead {
                return mergeAnswer(lead, requestID: requestID, purpose: request.purpose)
            }
            if request.purpose == .duplicateGroup {
                groupLeadArrived(lead)
                return []
            }
            return leadArrived(lead, for: request, requestID: requestID)
        case .leadDeleted(let requestID):
            guard let request = pending.removeValue(forKey: requestID) else { return [] }
            connection = .online
            if request.purpose == .bulk { return bulkAnswer(request, requestID: requestID, lead: nil, error: nil) }
            popDetails()
            setStatus("Deleted for good")
            return requery(keepSelection: false)
        case .requestFailed(let requestID, let error):
            guard let request = pending.removeValue(forKey: requestID) else { return [] }
            if request.purpose == .bulk { return bulkAnswer(request, requestID: requestID, lead: nil, error: error) }
            return failed(request, requestID: requestID, error: error)
        case .editorClosed(let requestID, let text):
            guard let target = editing.removeValue(forKey: requestID) else { return [] }
            switch target {
            case .formRow(let focus): return applyEditorText(text, to: focus)
            case .formAttributes(let round): return attributesClosed(text, round)
            case .document(let session): return documentClosed(text, session)
            }
        case .editorFailed(let requestID, let reason):
            guard let target = editing.removeValue(forKey: requestID) else { return [] }
            return editorFailed(target, reason: reason)
        default:
            return []
        }
    }

    /// A neighbour that arrived before this page (both were in flight) may overlap it or leave a
    /// gap when leads came or went between the two answers: it is forgotten, and asked again cut
    /// at this page if it is still wanted (see `PageBoundary`).
    private mutating func forgetNeighboursThatNoLongerJoin(page: Int, items: [Lead], window: [Lead]) {
        if let next = list.cache.peek(page + 1)?.items, !next.isEmpty,
            !PageBoundary.joins(items, window: window, next: next.map(\.id)) {
            list.forget(page: page + 1)
        }
        if page > 0, let previous = list.cache.peek(page - 1)?.items, !previous.isEmpty,
            !PageBoundary.joins(items, window: window, previous: previous.map(\.id)) {
            list.forget(page: page - 1)
        }
    }

    private mutating func leadArrived(_ lead: Lead, for request: PendingRequest, requestID: Int) -> [Effect] {
        list.replace(lead)
        updateDetails(with: lead, requestID: requestID)
        switch request.request {
        case .update:
            setStatus("Saved")
            if case .form(let form) = stack.last, form.savingRequestID == requestID {
                undo = .save(id: lead.id, before: form.original, after: lead)
                setStatus("Saved — u in the list to undo")
                stack.removeLast()
                return [.discardDraft(key: form.draftKey)]
            }
        case .create:
            setStatus("Created \(LeadTable.title(of: lead))")
            var effects: [Effect] = []
            if case .form(let form) = stack.last, form.savingRequestID == requestID {
                stack.removeLast()
                effects.append(.discardDraft(key: form.draftKey))
            }
            // The new lead becomes the selection when the refreshed pages hold it.
            list.reset(keepSelection: lead.id, toTop: false)
            return effects + fetchMissingPages()
        case .trash(let id):
            undo = .trash(id: id)
            popDetails()
            setStatus("Moved to trash — u to undo")
            return requery(keepSelection: false)
        case .restore:
            if case .trash = undo { undo = nil }
            setStatus("Restored")
            return requery(keepSelection: true)
        default:
            break
        }
        return []
    }

    private mutating func failed(_ request: PendingRequest, requestID: Int, error: APIError) -> [Effect] {
        if error.kind == .offline || error.kind == .timeout { connection = .offline(error.message) }
        switch request.purpose {
        case .page(let number):
            if list.isAwaited(page: number, requestID: requestID) { list.fail(page: number, message: error.description) }
        case .detail:
            for (i, screen) in stack.enumerated() {
                if case .detail(var detail) = screen, detail.requestID == requestID {
                    detail.load = .failed(error.description)
                    stack[i] = .detail(detail)
                }
            }
        case .save:
            for (i, screen) in stack.enumerated() {
                if case .form(var form) = screen, form.savingRequestID == requestID {
                    form.savingRequestID = nil
                    form.saveError = error.description
                    if form.isCreate { form.createMayExist = true }
                    stack[i] = .form(form)
                }
            }
            setStatus("Not saved: \(error.description) — ^S to retry", error: true)
        case .saveCheck:
            return preSaveFailed(error, requestID: requestID)
        case .listChange:
            stack.append(.error(error.description))
        case .poll, .detailCheck:
            break  // the next tick asks again; the connection state already says what is wrong
        case .bulkResolve:
            bulkResolve = nil
            setStatus("Could not read the matching leads: \(error.description); nothing was changed", error: true)
        case .bulk:
            break  // answered in handleResult
        case .duplicateCheck:
            break  // only a warning: without it the form works as before
        case .duplicateGroup:
            groupLeadFailed(error)
        case .mergeStep, .mergeRead:
            return mergeFailed(error, request: request, requestID: requestID)
        case .sharedViews, .shareView:
            viewRequestFailed(request.purpose, error)
        }
        return []
    }

    /// Refreshes every detail screen showing this lead.
    private mutating func updateDetails(with lead: Lead, requestID: Int) {
        for (i, screen) in stack.enumerated() {
            if case .detail(var detail) = screen, detail.lead.id == lead.id {
                detail.lead = lead
                if detail.requestID == requestID || detail.load == .loading && detail.requestID == nil {
                    detail.load = .loaded
                    detail.requestID = nil
                }
                stack[i] = .detail(detail)
            }
        }
    }

    /// After a lead leaves the list (trash, delete), its detail has nothing to show.
    private mutating func popDetails() {
        while case .detail = stack.last { stack.removeLast() }
    }
}
