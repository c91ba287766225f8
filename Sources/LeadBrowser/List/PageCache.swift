/// Server pages kept in memory with a bound, least recently used evicted first, so memory stays
/// flat however far one scrolls through a hundred thousand leads. Evicting a page still loading
/// also forgets its request id, so its late answer is dropped as stale.
public struct PageCache<Item: Sendable & Hashable>: Sendable, Hashable {
    /// Most pages held at once (25 by default, 1,000 leads at 40 a page).
    public let bound: Int
    public private(set) var pages: [Int: PageState<Item>] = [:]
    /// Page numbers, least recently used first.
    public private(set) var order: [Int] = []

    /// An empty cache holding at most `bound` pages.
    public init(bound: Int = 25) { self.bound = max(1, bound) }

    /// Pages held, loading ones included (what the bound limits).
    public var count: Int { pages.count }

    /// The state of a page, without counting as a use.
    public func peek(_ page: Int) -> PageState<Item>? { pages[page] }

    /// Marks a page as used (it is on screen), so it is evicted last.
    public mutating func touch(_ page: Int) {
        guard pages[page] != nil else { return }
        order.removeAll { $0 == page }
        order.append(page)
    }

    /// Stores a page's state and evicts the least recently used beyond the bound, never one in `keep`.
    public mutating func set(_ page: Int, _ state: PageState<Item>, keep: Set<Int> = []) {
        pages[page] = state
        touch(page)
        var index = 0
        while pages.count > bound, index < order.count {
            let candidate = order[index]
            if candidate == page || keep.contains(candidate) {
                index += 1
                continue
            }
            order.remove(at: index)
            pages[candidate] = nil
        }
    }

    /// Forgets one page.
    public mutating func remove(_ page: Int) {
        pages[page] = nil
        order.removeAll { $0 == page }
    }

    /// Forgets everything (a new query).
    public mutating func removeAll() {
        pages = [:]
        order = []
    }
}
