import TiledeskLeads

/// The column picker's actions. Every change is applied to the list at once (the table behind the
/// picker is redrawn with it); `w` asks the front end to keep the set in config.toml.
extension AppState {
    /// `c` on the list: the picker over every candidate column, the attribute paths taken from
    /// the leads loaded now.
    mutating func openColumnPicker() -> [Effect] {
        let loaded = list.cache.pages.values.lazy.compactMap(\.items).joined()
        stack.append(.columns(ColumnPicker(shown: tableColumns, attributePaths: ColumnPicker.attributePaths(of: loaded))))
        return []
    }

    mutating func performOnColumns(_ action: KeyAction, _ picker: ColumnPicker) -> [Effect] {
        var picker = picker
        switch action {
        case .moveDown: picker.select(by: 1)
        case .moveUp: picker.select(by: -1)
        case .toggleColumn:
            guard picker.toggleSelected() else {
                setStatus("The list needs at least one column", error: true)
                return []
            }
        case .moveColumnUp: picker.moveSelected(by: -1)
        case .moveColumnDown: picker.moveSelected(by: 1)
        case .saveColumns:
            guard canSaveColumns else { return [] }
            setStatus("Saving the columns…")
            return [.saveColumns(picker.shownColumns)]
        case .help: return showHelp()
        case .dismiss:
            stack.removeLast()
            return []
        default: return []
        }
        replaceTop(.columns(picker))
        applyColumns(picker.shownColumns)
        return []
    }

    /// A click on line `index` of the picker selects it; a double click shows or hides it too.
    mutating func clickColumnEntry(_ index: Int, double: Bool) -> [Effect] {
        guard case .columns(var picker) = stack.last, picker.entries.indices.contains(index) else { return [] }
        picker.selected = index
        replaceTop(.columns(picker))
        return double ? performOnColumns(.toggleColumn, picker) : []
    }

    /// The list shows `columns` from now on. The column cursor goes back to none: the column it
    /// stood on may have moved or gone.
    mutating func applyColumns(_ columns: [LeadColumn]) {
        guard columns != tableColumns else { return }
        tableColumns = columns
        columnCursor = nil
    }
}
