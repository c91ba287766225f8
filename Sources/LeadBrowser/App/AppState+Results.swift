import TiledeskLeads

/// Results of effects. Each is matched to its request by id; an id no longer pending, or a page
/// no longer awaited, is stale and changes nothing.
extension AppState {
    mutating func handleResult(_ msg: Msg) -> [Effect] {
        switch msg {
        case .pageLoaded(let requestID, let page):
            if pending[requestID]?.purpose == .duplicateCheck {
                pending.removeValue(forKey: requestID)
                return duplicatesArrived(page.leads)
            }
            guard case .page(let number)? = pending.removeValue(forKey: requestID)?.purpose else { return [] }
            connection = .online
            guard list.isAwaited(page: number, requestID: requestID) else { return [] }
            list.receive(page: number, items: page.leads, totalCount: page.count)
            return fetchMissingPages()
        case .leadLoaded(let requestID, let lead):
            guard let request = pending.removeValue(forKey: requestID) else { return [] }
            connection = .online
            if request.purpose == .saveCheck { return preSaveChecked(lead, requestID: requestID) }
            return leadArrived(lead, for: request, requestID: requestID)
        case .leadDeleted(let requestID):
            guard pending.removeValue(forKey: requestID) != nil else { return [] }
            connection = .online
            popDetails()
            setStatus("Deleted for good")
            return requery(keepSelection: false)
        case .requestFailed(let requestID, let error):
            guard let request = pending.removeValue(forKey: requestID) else { return [] }
            return failed(request, requestID: requestID, error: error)
        case .editorClosed(let requestID, let text):
            guard let target = editing.removeValue(forKey: requestID) else { return [] }
            guard let text else {
                setStatus("The editor failed; nothing changed", error: true)
                return []
            }
            switch target {
            case .formRow(let focus): return applyEditorText(text, to: focus)
            case .leadYAML(let lead): return saveYAML(text, original: lead)
            }
        default:
            return []
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
                    stack[i] = .form(form)
                }
            }
            setStatus("Not saved: \(error.description) — ^S to retry", error: true)
        case .saveCheck:
            return preSaveFailed(error, requestID: requestID)
        case .listChange:
            stack.append(.error(error.description))
        case .duplicateCheck:
            break  // only a warning: without it the form works as before
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
