import TiledeskLeads

/// The light poll (see `PollState`): one request per tick at most, for the screen on top.
extension AppState {
    /// The next tick of the poll's timer.
    mutating func schedulePoll() -> Effect {
        poll.token += 1
        return .schedulePoll(token: poll.token, after: PollState.interval)
    }

    /// Forgets what the poll knew: the list is (re)loaded now. No request of its own: the newest
    /// lead comes with the first page when the list is newest first, else the next tick looks.
    mutating func resetPoll() {
        poll.newestID = nil
        poll.newLeads = 0
        if isAnnouncement(status) { setStatus(nil) }
    }

    /// The first page of a newest-first list carries the newest lead: the poll's starting point.
    mutating func notePollBaseline(firstPage items: [Lead]) {
        guard poll.newestID == nil, query.direction == .descending, query.sort == .createdAt || query.sort == .id else { return }
        poll.newestID = items.map(\.id).max() ?? ""
    }

    /// One tick: the newest leads while the list is on top, the open lead while a detail is;
    /// nothing while typing a search, in a form or a dialog, or while the last look is unanswered.
    mutating func pollNow() -> [Effect] {
        guard !pending.values.contains(where: { $0.purpose == .poll || $0.purpose == .detailCheck }) else { return [] }
        switch stack.last {
        case nil:
            guard search.input == nil, list.narrowing == nil else { return [] }
            return [send(.list(pollQuery), for: .poll).effect]
        case .detail(let detail):
            guard detail.load == .loaded else { return [] }
            return [send(.get(id: detail.lead.id), for: .detailCheck).effect]
        default:
            return []
        }
    }

    /// The list's filters, newest `_id` first: what arrived since the list was loaded.
    var pollQuery: LeadQuery {
        var request = query
        request.page = 0
        request.limit = PollState.window
        request.sort = .id
        request.direction = .descending
        return request
    }

    /// A poll's answer: the first sets the baseline; later ones count what is newer.
    mutating func polled(_ page: LeadPage) -> [Effect] {
        guard let newest = poll.newestID else {
            poll.newestID = page.leads.first?.id ?? ""
            return []
        }
        poll.newLeads = page.leads.filter { $0.id > newest }.count
        // Shown when nothing else is being said (the greeting gives way); a key clears it and the
        // next tick says it again.
        if stack.isEmpty, status == nil || status?.isBackground == true || isAnnouncement(status) {
            if let text = poll.announcement { status = StatusMessage(text) } else if isAnnouncement(status) { status = nil }
        }
        return []
    }

    private func isAnnouncement(_ message: StatusMessage?) -> Bool {
        message?.text.hasSuffix(" — r to show") == true
    }

    /// The open lead as the server has it now: when someone else changed it, say so and offer
    /// the reload (`r`); the screen keeps what it shows until then, and an edit's save still
    /// merges against a fresh read.
    mutating func detailChecked(_ lead: Lead) -> [Effect] {
        guard case .detail(let detail)? = stack.last, detail.lead.id == lead.id, detail.load == .loaded else { return [] }
        if lead.updatedAt != detail.lead.updatedAt || lead.status != detail.lead.status {
            setStatus("Someone else changed this lead — r to reload")
        }
        return []
    }
}
