import TiledeskLeads

/// Clicks on the list (`--mouse`): a row selects that lead, a double click opens it, a column
/// header sorts by that column (again: the other direction). The geometry is the list screen's:
/// title on row 0, the header on row 1, lead rows from row 2.
extension AppState {
    mutating func handleClick(x: Int, y: Int, double: Bool) -> [Effect] {
        guard stack.isEmpty, search.input == nil else { return [] }
        if y == 1 { return sortByColumn(atX: x) }
        let row = list.scrollOffset + (y - 2)
        guard y >= 2, y - 2 < list.visibleRows, row < list.rowCount else { return [] }
        list.setCursor(row)
        return double ? performOnList(.open) : fetchMissingPages()
    }

    /// The header cell under `x`, as laid out on screen now, becomes the column cursor and the sort.
    private mutating func sortByColumn(atX x: Int) -> [Effect] {
        var left = 0
        for column in ListScreenText.tableLines(self, width: columns).columns {
            if x >= left, x < left + column.width {
                columnCursor = LeadTable.candidates(tableColumns, sort: query.sort).firstIndex(of: column.field)
                return performOnList(.sortField)
            }
            left += column.width + 1
        }
        return []
    }
}
