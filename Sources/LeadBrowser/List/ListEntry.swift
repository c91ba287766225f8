/// One visible row of a list as the front end draws it: an item, or the state of the page it
/// belongs to when that page has not arrived (or failed). Nothing is left for the view to infer.
public enum ListEntry<Item: ListItem>: Sendable, Hashable {
    case item(Item, selected: Bool)
    case loading(selected: Bool)
    case failed(String, selected: Bool)
}

extension PagedList {
    /// The rows on screen, top to bottom (fewer than `visibleRows` at the end of the list).
    public var visibleEntries: [ListEntry<Item>] {
        let end = min(scrollOffset + visibleRows, rowCount)
        guard scrollOffset < end else { return [] }
        if narrowing != nil {
            let items = narrowedItems
            return (scrollOffset..<end).map { .item(items[$0], selected: $0 == cursor) }
        }
        return (scrollOffset..<end).map { row in
            let selected = row == cursor
            if let item = item(at: row) { return .item(item, selected: selected) }
            if case .failed(let message) = cache.peek(page(ofRow: row)) { return .failed(message, selected: selected) }
            return .loading(selected: selected)
        }
    }
}
