import TiledeskLeads

/// The whole app as one value: the lead list under a stack of screens, the status line and the
/// connection. The front end sets a fresh one up (settings, `start()`), then draws it;
/// from then on `update(_:)` is the only way it changes.
public struct AppState: Sendable, Hashable {
    public var list: PagedList<Lead>
    /// The server query behind the list (search, filters, sort, trash). Page numbers vary per fetch.
    public var query: LeadQuery
    /// The search box and the parts of `query` it owns.
    public var search = SearchState()
    /// The list's columns in priority order (`[columns]` in config.toml); the sort column is
    /// added on screen when it is not among them.
    public var tableColumns: [LeadColumn] = LeadColumn.defaults
    /// The columns when no view sets its own (`[columns]` in config.toml).
    public var defaultColumns: [LeadColumn] = LeadColumn.defaults
    /// The views of `[[views]]` in config.toml, in their order (`1`–`9` count them first).
    public var views: [SavedView] = []
    /// Views kept on the server as segments, as last read (after the local ones in the picker).
    public var sharedViews: [SavedView] = []
    /// The view last chosen; the title names it.
    public var currentView: SavedView?
    /// The column `←`/`→` moved to, an index into `LeadTable.candidates`; `s` sorts by it. Nil
    /// until the user moves it, and then `s` opens the list of sort fields.
    public var columnCursor: Int?
    /// The front end can keep the columns in config.toml (`w` in the column picker).
    public var canSaveColumns = false
    /// The light poll for other people's changes.
    public var poll = PollState()
    /// Screens above the list, top last. Empty means the list is on top.
    public var stack: [Screen] = []
    /// One line of feedback (“Saved”, “Moved to trash — u to undo”).
    public var status: StatusMessage?
    public var connection: ConnectionState = .unknown
    /// Requests in flight by id; an answer whose id is not here is stale and dropped.
    public var pending: [Int: PendingRequest] = [:]
    /// Texts out in `$EDITOR` by id, and where each goes back to.
    public var editing: [Int: EditorTarget] = [:]
    public var nextRequestID = 1
    /// The last trash, save or bulk action of this session, for `u` (undo).
    public var undo: UndoRecord?
    /// The leads marked for a bulk action.
    public var selection = Selection()
    /// A merge or its undo being written, step by step.
    public var mergeRun: MergeRun?
    /// A bulk action reviewed and waiting for its yes.
    public var bulkReview: BulkRun?
    /// The bulk action running or last run (kept for `R`, retry the failures).
    public var bulk: BulkRun?
    /// A `*` selection being read before its review.
    public var bulkResolve: BulkResolve?
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
    /// `[keys]` of config.toml: applied to every default map, so dispatch, the footer and `?`
    /// all follow the remapping.
    public var keys = KeyOverrides()
    /// The keys of a chord typed so far (`^X` of `^X ^E`): the next key completes it, or, when
    /// it completes none, goes on as itself.
    public var pendingChord: [Key] = []

    /// A fresh app; `leadIDPrefix` should be unique per run (a UUID) so creates are idempotent.
    public init(leadIDPrefix: String, pageSize: Int = LeadQuery.defaultLimit, cacheBound: Int = 25) {
        self.leadIDPrefix = leadIDPrefix
        self.list = PagedList(pageSize: pageSize, cacheBound: cacheBound)
        self.query = LeadQuery(limit: pageSize)
    }

    /// The effects to run at start: the first page(s) and the poll's timer.
    public mutating func start() -> [Effect] { fetchMissingPages() + [schedulePoll()] }

    /// What is on top.
    public var top: ScreenKind { stack.last?.kind ?? .list }

    /// The key map of the screen on top, remapped by `keys`: dispatch, footer and `?` all read it.
    public var keyMap: KeyMap { keys.apply(to: defaultKeyMap) }

    /// The editors' maps (text fields, tags, attributes, input lines), remapped by `keys`.
    public var editorKeys: EditorKeys { keys.editorKeys }

    /// The default map of the screen on top, for the state it is in.
    var defaultKeyMap: KeyMap {
        switch stack.last {
        case nil where search.input != nil: KeyMaps.searchBox
        case nil:
            KeyMaps.list(
                trashView: query.trash, undo: undo, searching: query.fullText != nil || query.email != nil || query.tag != nil,
                columnCursor: columnCursor != nil, marked: selection.count, canRetry: !bulkBusy && !(bulk?.failed.isEmpty ?? true),
                bulkRunning: bulkBusy)
        case .detail(let d): KeyMaps.detail(trashed: d.lead.isTrashed)
        case .form: KeyMaps.form(editors: editorKeys)
        case .confirm: KeyMaps.confirm
        case .conflict(let c): KeyMaps.conflict(decided: c.undecided == 0)
        case .pick(let dialog) where dialog.purpose == .views:
            KeyMaps.viewPicker(canShare: dialog.choices.indices.contains(dialog.selected) && !(dialog.chosen.view?.isShared ?? true))
        case .pick: KeyMaps.pick
        case .prompt: KeyMaps.prompt
        case .error: KeyMaps.message
        case .help: KeyMaps.help
        case .duplicates: KeyMaps.duplicates(undo: canUndoMerge)
        case .duplicateGroup: KeyMaps.duplicateGroup(undo: canUndoMerge)
        case .mergeReview: KeyMaps.mergeReview
        case .columns: KeyMaps.columns(canSave: canSaveColumns)
        }
    }

    // MARK: - Helpers shared by the update files

    /// The one way to ask for an API call: registers it as pending (so its answer is awaited) and
    /// returns its id with the effect that makes it.
    mutating func send(_ request: APIRequest, for purpose: RequestPurpose) -> (id: Int, effect: Effect) {
        let id = nextRequestID
        nextRequestID += 1
        pending[id] = PendingRequest(request, for: purpose)
        return (id, .request(id: id, request))
    }

    /// Hands `text` to `$EDITOR`; the edited text comes back to `target`. A lead document is
    /// journaled under its draft key while the editor is open.
    mutating func edit(_ text: String, fileExtension: String, for target: EditorTarget) -> Effect {
        let id = nextRequestID
        nextRequestID += 1
        editing[id] = target
        let draftKey: String? = if case .document(let session) = target { session.draftKey } else { nil }
        return .openEditor(requestID: id, text: text, fileExtension: fileExtension, draftKey: draftKey)
    }

    mutating func setStatus(_ text: String?, error: Bool = false) {
        status = text.map { StatusMessage($0, isError: error) }
    }

    /// Fetch effects for every page the window and the prefetch need.
    mutating func fetchMissingPages() -> [Effect] {
        let pages = list.pagesToFetch
        return pages.map { fetch(page: $0, margin: PageBoundary.margin, alongside: Set(pages)) }
    }

    /// Asks for one page: plainly, or as a wider window when a neighbour is loaded, on its way or
    /// asked `alongside`, so the page can be cut to continue it or checked against it (see
    /// `PageBoundary`).
    mutating func fetch(page: Int, margin: Int, alongside: Set<Int> = []) -> Effect {
        var request = query.page(page)
        request.limit = list.pageSize
        let neighbours = [page - 1, page + 1]
        if neighbours.contains(where: { hasNeighbour($0) || alongside.contains($0) }) {
            (request.page, request.limit) = PageBoundary.window(page: page, pageSize: list.pageSize, margin: margin)
        }
        let (id, effect) = send(.list(request), for: .page(page))
        list.markLoading(page: page, requestID: id)
        return effect
    }

    /// A page loaded with rows or on its way, which a page next to it must join.
    private func hasNeighbour(_ page: Int) -> Bool {
        switch list.cache.peek(page) {
        case .loaded(let items)?: !items.isEmpty
        case .loading?: true
        case .failed?, nil: false
        }
    }

    /// A new query: the list starts over (at the top, or on the same lead when `keepSelection`).
    mutating func requery(keepSelection: Bool) -> [Effect] {
        let id = keepSelection ? list.selectedItem?.id : nil
        list.reset(keepSelection: id, toTop: !keepSelection)
        resetPoll()
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
