extension PagedList {
    /// The rows on screen, top to bottom (fewer than `visibleRows` at the end of the list), each
    /// made by `item` from the row's item, or by `missing` when its page has not arrived (with the
    /// message when it failed). Nothing is left for the view to infer.
    ///
    /// Items are handed over as they sit in their page, not copied out: a lead holds a few dozen
    /// references, and every frame visits every visible row (B3 in `Benchmarks/`).
    public func mapVisibleRows<Row>(item: (Item, _ selected: Bool) -> Row, missing: (_ failure: String?, _ selected: Bool) -> Row) -> [Row] {
        let end = min(scrollOffset + visibleRows, rowCount)
        guard scrollOffset < end else { return [] }
        var rows: [Row] = []
        rows.reserveCapacity(end - scrollOffset)
        if narrowing != nil {
            narrowedItems.withUnsafeBufferPointer { items in
                for row in scrollOffset..<end { rows.append(item(items[row], row == cursor)) }
            }
            return rows
        }
        var row = scrollOffset
        while row < end {
            let pageEnd = min(end, (page(ofRow: row) + 1) * pageSize)
            switch cache.peek(page(ofRow: row)) {
            case .loaded(let items)?:
                items.withUnsafeBufferPointer { items in
                    for r in row..<pageEnd {
                        let offset = r % pageSize
                        rows.append(offset < items.count ? item(items[offset], r == cursor) : missing(nil, r == cursor))
                    }
                }
            case .failed(let message)?:
                for r in row..<pageEnd { rows.append(missing(message, r == cursor)) }
            case .loading?, nil:
                for r in row..<pageEnd { rows.append(missing(nil, r == cursor)) }
            }
            row = pageEnd
        }
        return rows
    }
}
