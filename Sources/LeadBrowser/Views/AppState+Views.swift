import TiledeskLeads

/// Views: `v` opens the picker (local views, then the shared ones the server has), `1`–`9` switch
/// to the first nine, `s` in the picker shares a local view as a segment.
extension AppState {
    /// Local views first, then the shared ones: the order of the picker and of `1`–`9`.
    public var allViews: [SavedView] { views + sharedViews }

    /// Opens the picker on what is known and asks the server for its segments; they join the
    /// picker when they come.
    mutating func openViewPicker() -> [Effect] {
        let choices = Self.viewChoices(allViews)
        let selected = currentView.flatMap { allViews.firstIndex(of: $0) } ?? 0
        let message = allViews.isEmpty ? "No views yet: add [[views]] to config.toml, or wait for the shared ones…" : ""
        stack.append(.pick(PickDialog(title: "Views", message: message, choices: choices, selected: selected, purpose: .views)))
        return [send(.listSegments, for: .sharedViews).effect]
    }

    /// Asks for the shared views in the background at start, so `1`–`9` count them before the
    /// picker is ever opened; a failure here is silent (the picker asks again and says why).
    public mutating func loadSharedViews() -> [Effect] {
        [send(.listSegments, for: .sharedViews).effect]
    }

    /// `1`–`9` (position 0–8): on the list, that view; in the picker, that choice.
    mutating func switchView(_ position: Int) -> [Effect] {
        if case .pick(let dialog)? = stack.last, dialog.purpose == .views {
            guard dialog.choices.indices.contains(position), let view = dialog.choices[position].view else { return [] }
            stack.removeLast()
            return use(view)
        }
        guard allViews.indices.contains(position) else {
            setStatus("No view \(position + 1): \(allViews.isEmpty ? "add [[views]] to config.toml" : "there are \(allViews.count)") (v lists them)", error: true)
            return []
        }
        return use(allViews[position])
    }

    /// Makes `view` the list's query, sort and columns, and remembers it for the next start.
    public mutating func use(_ view: SavedView) -> [Effect] {
        currentView = view
        list.narrow(nil)
        _ = search.reset(&query)
        query = view.query(limit: list.pageSize)
        if let text = view.search { search.match = .wholeWords(text) }
        if view.email != nil { search.ownsEmail = false }
        tableColumns = view.columns ?? defaultColumns
        columnCursor = nil
        setStatus("View: \(view.name)")
        return requery(keepSelection: false) + [.rememberView(name: view.name, segmentID: view.segment?.id)]
    }

    /// `s` in the picker: a create, or an update of the shared view of the same name.
    mutating func share(_ view: SavedView) -> [Effect] {
        guard !view.isShared else { return [] }
        let filters: [SegmentFilter]
        do {
            filters = try view.segmentFilters()
        } catch {
            stack.append(.error(error.message))
            return []
        }
        let existing = sharedViews.first { $0.name == view.name }?.segment?.id
        setStatus("Sharing \(view.name)…")
        return [send(.saveSegment(id: existing, name: view.name, filters: filters), for: .shareView).effect]
    }

    mutating func sharedViewsArrived(_ segments: [Segment], requestID: Int) -> [Effect] {
        guard pending.removeValue(forKey: requestID) != nil else { return [] }
        sharedViews = segments.map(SavedView.init(shared:))
        refreshViewPicker()
        return []
    }

    mutating func viewShared(_ segment: Segment, requestID: Int) -> [Effect] {
        guard pending.removeValue(forKey: requestID) != nil else { return [] }
        sharedViews.removeAll { $0.segment?.id == segment.id }
        sharedViews.append(SavedView(shared: segment))
        refreshViewPicker()
        var note = "Shared \(segment.name) on the server"
        if let local = views.first(where: { $0.name == segment.name }), let left = local.unsharedParts { note += "; " + left }
        setStatus(note)
        return []
    }

    /// A failed segment request: the picker keeps the local views and the status says why.
    mutating func viewRequestFailed(_ purpose: RequestPurpose, _ error: APIError) {
        switch purpose {
        case .sharedViews:
            guard case .pick(let dialog)? = stack.last, dialog.purpose == .views else { return }
            setStatus("Shared views could not be read: \(error.description)", error: true)
        default: stack.append(.error("Not shared: \(error.description)"))
        }
    }

    /// The picker on top, rebuilt on the current lists with the same view highlighted.
    private mutating func refreshViewPicker() {
        guard case .pick(var dialog)? = stack.last, dialog.purpose == .views else { return }
        let highlighted = dialog.choices.indices.contains(dialog.selected) ? dialog.chosen.view?.name : nil
        dialog.choices = Self.viewChoices(allViews)
        dialog.selected = highlighted.flatMap { name in allViews.firstIndex { $0.name == name } } ?? 0
        dialog.message = allViews.isEmpty ? "No views: add [[views]] to config.toml, or share one with leads view save NAME --shared" : ""
        replaceTop(.pick(dialog))
    }

    static func viewChoices(_ views: [SavedView]) -> [PickChoice] {
        views.enumerated().map { .view($1, number: $0 < 9 ? $0 + 1 : 0) }
    }
}
