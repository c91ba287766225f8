import TiledeskLeads

/// Marking leads in the list: Space, `V` ranges, `*` every lead matching the query, Esc clears.
extension AppState {
    mutating func toggleMark() -> [Effect] {
        guard let lead = list.selectedItem else { return [] }
        if selection.allMatching != nil {
            // Leaving "all matching" for explicit marks: start from the rows loaded now.
            selection.allMatching = nil
        }
        if selection.marked.removeValue(forKey: lead.id) == nil { selection.marked[lead.id] = lead }
        list.move(by: 1)
        return fetchMissingPages()
    }

    mutating func markRange() -> [Effect] {
        guard let anchor = selection.rangeAnchor else {
            selection.rangeAnchor = list.cursor
            if let lead = list.selectedItem { selection.marked[lead.id] = lead }
            setStatus("Range from here: move and press V again")
            return []
        }
        selection.allMatching = nil
        selection.rangeAnchor = nil
        for row in min(anchor, list.cursor)...max(anchor, list.cursor) {
            if let lead = list.item(at: row) { selection.marked[lead.id] = lead }
        }
        return []
    }

    mutating func markAllMatching() -> [Effect] {
        guard let count = list.totalCount, count > 0 else { return [] }
        selection.marked = [:]
        selection.rangeAnchor = nil
        selection.allMatching = Selection.AllMatching(query: query.page(0), count: count)
        return []
    }

    /// Esc: clears the marks, asking first when they are more than a page's worth.
    mutating func clearMarks(confirmed: Bool = false) -> [Effect] {
        if !confirmed, selection.count > list.pageSize {
            stack.append(.confirm(ConfirmDialog(question: "Clear the marks? (\(selection.summary))", action: .clearMarks)))
            return []
        }
        selection = Selection()
        setStatus("Marks cleared")
        return []
    }
}
