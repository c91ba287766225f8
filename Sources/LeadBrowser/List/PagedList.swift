/// One list view-model for every list (leads, trash, search results): a window of
/// `visibleRows` over `totalCount` rows that live in server pages. It knows which pages the
/// screen and the prefetch need; the app turns those into fetch effects with request ids.
/// Selection and scrolling are absolute row indexes, so the list never holds more than the cache.
public struct PagedList<Item: ListItem>: Sendable, Hashable {
    public var pageSize: Int
    /// Total rows matching the query, from the server's `count`; nil before the first answer.
    public private(set) var totalCount: Int?
    public private(set) var cache: PageCache<Item>
    /// The selected row (absolute index).
    public private(set) var cursor: Int = 0
    /// The first row on screen.
    public private(set) var scrollOffset: Int = 0
    /// How many rows the screen shows, from the front end's resize message.
    public private(set) var visibleRows: Int = 20
    /// Rows before a page boundary at which the next page is fetched.
    public var prefetchMargin: Int
    /// A lead to select again when it shows up (kept across refresh and sort).
    public private(set) var pendingSelection: String?
    /// While typing a search: the loaded rows narrowed by this substring.
    public private(set) var narrowing: String?

    /// An empty list; the first `resize` and `pagesToFetch` start the loading.
    public init(pageSize: Int = 40, cacheBound: Int = 25, prefetchMargin: Int = 10) {
        self.pageSize = max(1, pageSize)
        self.cache = PageCache(bound: cacheBound)
        self.prefetchMargin = prefetchMargin
    }

    // MARK: - Reading

    /// The page holding a row.
    public func page(ofRow row: Int) -> Int { row / pageSize }

    /// The item at a row, when its page is loaded.
    public func item(at row: Int) -> Item? {
        guard let items = cache.peek(page(ofRow: row))?.items else { return nil }
        let offset = row % pageSize
        return offset < items.count ? items[offset] : nil
    }

    /// Row count the cursor moves over: the narrowed rows while narrowing, else the server total.
    public var rowCount: Int { narrowing != nil ? narrowedItems.count : (totalCount ?? 0) }

    /// Loaded rows containing the narrowing text, in order.
    public var narrowedItems: [Item] {
        guard let narrowing, !narrowing.isEmpty else { return loadedItems }
        return loadedItems.filter { $0.searchableText.lowercased().contains(narrowing.lowercased()) }
    }

    private var loadedItems: [Item] {
        cache.pages.keys.sorted().flatMap { cache.peek($0)?.items ?? [] }
    }

    /// The selected item, if its page is loaded.
    public var selectedItem: Item? {
        if narrowing != nil {
            let items = narrowedItems
            return cursor < items.count ? items[cursor] : nil
        }
        return item(at: cursor)
    }

    /// Pages the window and the prefetch need that are neither loaded nor loading.
    public var pagesToFetch: [Int] {
        guard narrowing == nil else { return [] }
        let first = page(ofRow: scrollOffset)
        var wanted = Array(first...page(ofRow: scrollOffset + max(visibleRows, 1) - 1))
        let next = page(ofRow: cursor + prefetchMargin)
        if !wanted.contains(next) { wanted.append(next) }
        if let total = totalCount { wanted = wanted.filter { $0 * pageSize < max(total, 1) } }
        return wanted.filter { page in
            switch cache.peek(page) {
            case nil: return true
            case .loaded, .loading, .failed: return false
            }
        }
    }

    /// Pages the screen is showing right now, never evicted.
    public var visiblePages: Set<Int> {
        Set(page(ofRow: scrollOffset)...page(ofRow: scrollOffset + max(visibleRows, 1) - 1))
    }

    /// `1,204 of 98,311`: where the cursor is, for the status line.
    public var positionText: String {
        guard rowCount > 0 else { return totalCount == nil ? "loading…" : "0 of 0" }
        return "\(NumberText.grouped(cursor + 1)) of \(NumberText.grouped(rowCount))"
    }

    // MARK: - Changing

    /// Records a fetch in flight; its request id is the only answer accepted for that page.
    public mutating func markLoading(page: Int, requestID: Int) {
        cache.set(page, .loading(requestID: requestID), keep: visiblePages)
    }

    /// True when `requestID` is the answer awaited for `page` (anything else is stale).
    public func isAwaited(page: Int, requestID: Int) -> Bool {
        cache.peek(page) == .loading(requestID: requestID)
    }

    /// Stores an arrived page; moves the cursor to the pending selection if it is there.
    public mutating func receive(page: Int, items: [Item], totalCount: Int) {
        self.totalCount = totalCount
        cache.set(page, .loaded(items), keep: visiblePages)
        if let pending = pendingSelection, let offset = items.firstIndex(where: { $0.id == pending }) {
            pendingSelection = nil
            setCursor(page * pageSize + offset)
        } else {
            clamp()
        }
    }

    /// Marks a page failed with a message shown in its rows; `r` asks again.
    public mutating func fail(page: Int, message: String) {
        cache.set(page, .failed(message), keep: visiblePages)
    }

    /// Updates one item in place (after a save) wherever it is loaded.
    public mutating func replace(_ item: Item) {
        for (page, state) in cache.pages {
            guard var items = state.items, let i = items.firstIndex(where: { $0.id == item.id }) else { continue }
            items[i] = item
            cache.set(page, .loaded(items))
        }
    }

    /// Forgets one page (it no longer joins the page next to it); it is asked again when needed.
    public mutating func forget(page: Int) {
        cache.remove(page)
    }

    /// Forgets every page (new query or refresh) and keeps the selection on `keepSelection`.
    public mutating func reset(keepSelection: String?, toTop: Bool) {
        pendingSelection = keepSelection
        cache.removeAll()
        if toTop {
            totalCount = nil
            cursor = 0
            scrollOffset = 0
        }
    }

    /// Sets the screen height.
    public mutating func resize(visibleRows rows: Int) {
        visibleRows = max(1, rows)
        clamp()
    }

    /// Moves the cursor by a number of rows (negative is up).
    public mutating func move(by delta: Int) { setCursor(cursor + delta) }

    /// Moves the cursor to a row, scrolling so it stays visible.
    public mutating func setCursor(_ row: Int) {
        cursor = row
        clamp()
        for page in visiblePages { cache.touch(page) }
    }

    /// Starts, changes or ends narrowing of loaded rows by a substring.
    public mutating func narrow(_ text: String?) {
        narrowing = text
        cursor = 0
        scrollOffset = 0
    }

    private mutating func clamp() {
        cursor = max(0, min(cursor, max(rowCount - 1, 0)))
        if cursor < scrollOffset { scrollOffset = cursor }
        if cursor >= scrollOffset + visibleRows { scrollOffset = cursor - visibleRows + 1 }
        scrollOffset = max(0, min(scrollOffset, max(rowCount - visibleRows, 0)))
    }
}
