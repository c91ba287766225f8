import ScreenText
import TiledeskLeads

/// The text around the lead table: the title (which list, which filters, which kind of match),
/// the status line (message, position, connection) and the footer, all from state, so the front
/// end draws strings and tests read the same strings a user reads.
public enum ListScreenText {
    /// `Leads · tag: vip · sorted by Name ↑` (or `Trash …`), plus the match kind when searching.
    public static func title(_ state: AppState) -> String {
        var parts = [state.query.trash ? "Trash" : "Leads"]
        if let view = state.currentView {
            // A view changed since it was chosen (another sort, a search) is marked with `*`.
            let changed = view.query(limit: state.query.limit) != state.query.page(0) || view.columns.map { $0 != state.tableColumns } == true
            parts.insert(view.name + (view.isShared ? " (shared)" : "") + (changed ? "*" : ""), at: 0)
        }
        if let tag = state.query.tag { parts.append("tag: \(tag)") }
        if let email = state.query.email, !state.search.ownsEmail { parts.append("email: \(email)") }
        parts.append("sorted by \(state.query.sort.label) \(state.query.direction == .ascending ? "↑" : "↓")")
        if state.search.match != .all { parts.append(state.search.match.description) }
        return TerminalText.sanitized(parts.joined(separator: " · "))
    }

    /// The search box line while typing: `/anna`.
    public static func searchLine(_ state: AppState) -> String? {
        state.search.input.map { "/" + TerminalText.sanitized($0.text) }
    }

    /// Left: the status message (or the search box); right: position and connection.
    public static func status(_ state: AppState) -> (left: String, right: String) {
        let progress = state.bulkResolve?.progressLine ?? state.bulk.flatMap { $0.isFinished ? nil : $0.progressLine }
        let left = searchLine(state) ?? progress ?? TerminalText.sanitized(state.status?.text ?? "")
        var right = state.list.positionText
        if !state.selection.isEmpty { right = state.selection.summary + " · " + right }
        switch state.connection {
        case .unknown, .online: break
        case .offline(let why): right += " · offline: " + TerminalText.sanitized(why)
        }
        return (left, right)
    }

    /// `Enter open  / search  …` from the key map on top.
    public static func footer(_ state: AppState) -> String {
        state.keyMap.footer.map { "\($0.keys) \($0.help)" }.joined(separator: "  ")
    }

    /// The table for the visible rows: the columns that fit `width` (sized to the cells on
    /// screen), the header line, and one line per visible row.
    public static func tableLines(_ state: AppState, width: Int) -> (columns: [TableColumn], header: String, rows: [TableLine]) {
        let candidates = LeadTable.candidates(state.tableColumns, sort: state.query.sort)
        let marking = !state.selection.isEmpty
        let lines = state.list.mapVisibleRows(
            item: { lead, selected in
                var cells = LeadTable.cells(lead, candidates: candidates)
                // A marked row carries a check in front of its first cell, readable without colour.
                let marked = marking && state.selection.contains(lead, shownQuery: state.query)
                if marked, !cells.isEmpty { cells[0] = "✓ " + cells[0] }
                return TableLine(.cells(cells), selected: selected, marked: marked)
            },
            missing: { failure, selected in
                TableLine(.placeholder(LeadTable.placeholder(failure.map { .failed($0) } ?? .loading(requestID: 0))), selected: selected)
            })
        let cells = lines.compactMap { line -> [String]? in if case .cells(let cells) = line.content { cells } else { nil } }
        let cursor = state.columnCursor.flatMap { candidates.indices.contains($0) ? candidates[$0] : nil }
        let fitted = LeadTable.fit(candidates, rows: cells, sort: state.query.sort, direction: state.query.direction, keep: cursor, width: width)
        let columns = fitted.map(\.column)
        let rows = lines.map { line -> TableLine in
            guard case .cells(let all) = line.content, fitted.count != candidates.count else { return line }
            return TableLine(.cells(fitted.map { all[$0.index] }), selected: line.selected)
        }
        return (columns, LeadTable.header(columns), rows)
    }
}
