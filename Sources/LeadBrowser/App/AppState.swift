import TiledeskLeads

/// The whole app as one value: the lead list under a stack of screens, the status line and the
/// connection. The front end draws it; `update(_:)` is the only way it changes.
public struct AppState: Sendable, Hashable {
    public var list: PagedList<Lead>
    /// The server query behind the list (search, filters, sort, trash). Page numbers vary per fetch.
    public var query: LeadQuery
    /// The search box, open while typing after `/`.
    public var searchInput: TextBuffer?
    public var match: MatchKind = .all
    /// True when `query.email` came from the search box (Esc clears it) rather than the filter.
    public var emailFromSearch = false
    /// Screens above the list, top last. Empty means the list is on top.
    public var stack: [Screen] = []
    /// One line of feedback (“Saved”, “Moved to trash — u to undo”).
    public var status: String?
    public var statusIsError = false
    public var connection: ConnectionState = .unknown
    /// Requests in flight by id; an answer whose id is not here is stale and dropped.
    public var pending: [Int: PendingRequest] = [:]
    public var nextRequestID = 1
    /// The newest search timer; older timers firing are ignored (debounce).
    public var searchToken = 0
    /// Long enough that steady typing (a key every 40–120 ms) sends one search at the end, short
    /// enough that the results follow the last key within a glance (B6: under 300 ms).
    public var searchDebounce: Duration = .milliseconds(150)
    /// The last trash or save of this session, for `u` (undo).
    public var undo: UndoRecord?
    public var rows = 24
    public var columns = 80
    /// Rows the list screen uses for title, table header, status and footer.
    public static let chromeRows = 4
    /// Prefix of `lead_id` for leads created in this session; a counter makes each unique.
    public var leadIDPrefix: String
    public var createdCount = 0
    /// Edits that change at most this many things (review lines: fields, tag sets, attribute
    /// keys) are sent without the review screen; 0 (the default) reviews every save. Creates are
    /// always reviewed. The re-read and the conflict check happen either way.
    public var reviewSkipLimit = 0

    /// A fresh app; `leadIDPrefix` should be unique per run (a UUID) so creates are idempotent.
    public init(leadIDPrefix: String, pageSize: Int = LeadQuery.defaultLimit, cacheBound: Int = 25) {
        self.leadIDPrefix = leadIDPrefix
        self.list = PagedList(pageSize: pageSize, cacheBound: cacheBound)
        self.query = LeadQuery(limit: pageSize)
    }

    /// The effects to run at start: the first page(s).
    public mutating func start() -> [Effect] { fetchMissingPages() }

    /// What is on top.
    public var top: ScreenKind { stack.last?.kind ?? .list }

    /// The key map of the screen on top: dispatch, footer and `?` all read it.
    public var keyMap: KeyMap {
        switch stack.last {
        case nil: KeyMaps.list(trashView: query.trash, undo: undo, searching: query.fullText != nil || query.email != nil || query.tag != nil)
        case .detail(let d): KeyMaps.detail(trashed: d.lead.isTrashed)
        case .form: KeyMaps.form
        case .confirm: KeyMaps.confirm
        case .conflict(let c): KeyMaps.conflict(decided: c.undecided == 0)
        case .pick: KeyMaps.pick
        case .prompt: KeyMaps.prompt
        case .error: KeyMaps.message
        case .help: KeyMaps.help
        }
    }

    // MARK: - Helpers shared by the update files

    mutating func newRequest(_ request: PendingRequest) -> Int {
        let id = nextRequestID
        nextRequestID += 1
        pending[id] = request
        return id
    }

    mutating func setStatus(_ text: String?, error: Bool = false) {
        status = text
        statusIsError = error
    }

    /// Fetch effects for every page the window and the prefetch need.
    mutating func fetchMissingPages() -> [Effect] {
        list.pagesToFetch.map { page in
            let id = newRequest(.page(page))
            list.markLoading(page: page, requestID: id)
            return .fetchPage(requestID: id, query: query.page(page))
        }
    }

    /// A new query: the list starts over (at the top, or on the same lead when `keepSelection`).
    mutating func requery(keepSelection: Bool) -> [Effect] {
        let id = keepSelection ? list.selectedItem?.id : nil
        list.reset(keepSelection: id, toTop: !keepSelection)
        return fetchMissingPages()
    }

    /// Replaces the top screen (the caller checked its kind).
    mutating func replaceTop(_ screen: Screen) {
        if stack.isEmpty { return }
        stack[stack.count - 1] = screen
    }
}

/// Free-function form of `AppState.update`, the Elm shape: `update(&state, msg) -> [Effect]`.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] { state.update(msg) }
