import TiledeskLeads

/// `x` with leads marked: the marked leads written to a file in the list's order. Marked rows go
/// as last seen; a `*` selection is read to the end first (the same paging as a bulk action), so
/// the file holds the leads matching the query now, pages never loaded included.
extension AppState {
    mutating func exportMarked(to export: LeadExport) -> [Effect] {
        guard !bulkBusy else {
            setStatus("A bulk action is still running — Esc to stop it", error: true)
            return []
        }
        if let all = selection.allMatching {
            bulkResolve = BulkResolve(goal: .export(export), query: all.query, expected: all.count)
            return resolveNextWindow()
        }
        let order = LeadOrder(field: query.sort, direction: query.direction)
        return [.exportLeads(order.sorted(Array(selection.marked.values)), export)]
    }

    mutating func exportFinished(_ export: LeadExport, count: Int, failure: String?) -> [Effect] {
        if let failure {
            setStatus("Not exported to \(export.path): \(failure)", error: true)
        } else {
            setStatus("Exported \(NumberText.grouped(count)) lead\(count == 1 ? "" : "s") to \(export.path) (\(export.format.rawValue))")
        }
        return []
    }
}
