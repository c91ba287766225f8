import TiledeskLeads

/// The column picker (`c` on the list): every column the list could show, the shown ones first
/// in their order, each shown or hidden. A change applies to the list at once, so what the picker
/// says is what the table behind it shows; `w` keeps it in config.toml.
public struct ColumnPicker: Sendable, Hashable {
    /// One line of the picker.
    public struct Entry: Sendable, Hashable {
        public var column: LeadColumn
        public var shown: Bool
        public init(_ column: LeadColumn, shown: Bool) {
            self.column = column
            self.shown = shown
        }
    }

    public var entries: [Entry]
    public var selected = 0

    /// The shown columns in their order, then every other candidate: each text field, the times,
    /// `lead_id`, the tags, and the attribute paths seen on the loaded leads.
    public init(shown: [LeadColumn], attributePaths: [String]) {
        let fixed: [LeadColumn] = LeadField.allCases.map { .field($0) } + [.createdAt, .updatedAt, .leadID, .tags]
        let attributes = attributePaths.sorted().map { LeadColumn.attribute($0) }
        var seen = Set(shown)
        entries = shown.map { Entry($0, shown: true) }
        for column in fixed + attributes where seen.insert(column).inserted {
            entries.append(Entry(column, shown: false))
        }
    }

    /// What the list shows, in priority order.
    public var shownColumns: [LeadColumn] { entries.filter(\.shown).map(\.column) }

    /// Shows or hides the selected column; false (and nothing changes) when it is the last one
    /// shown, because a list with no column at all shows nothing to choose from.
    mutating func toggleSelected() -> Bool {
        guard entries.indices.contains(selected) else { return false }
        if entries[selected].shown, shownColumns.count == 1 { return false }
        entries[selected].shown.toggle()
        return true
    }

    /// Moves the selected column one place up (-1) or down (+1), the selection with it; the
    /// order of the shown ones is the list's order and priority.
    mutating func moveSelected(by delta: Int) {
        let target = selected + delta
        guard entries.indices.contains(selected), entries.indices.contains(target) else { return }
        entries.swapAt(selected, target)
        selected = target
    }

    /// Moves the highlight, wrapping as the other pick lists do.
    mutating func select(by delta: Int) {
        guard !entries.isEmpty else { return }
        selected = (selected + delta + entries.count) % entries.count
    }

    /// The dotted paths of every leaf attribute of `leads` (an object is walked into; a list is a
    /// leaf), at most `limit` of them: the attributes a user can see on their leads are the ones
    /// worth offering. A key holding a dot cannot be named by a dotted path and is left out.
    public static func attributePaths(of leads: some Sequence<Lead>, limit: Int = 60) -> [String] {
        var paths = Set<String>()
        func walk(_ members: [String: JSONValue], prefix: String) {
            for (key, value) in members where !key.isEmpty && !key.contains(".") && paths.count < limit {
                if case .object(let inner) = value, !inner.isEmpty {
                    walk(inner, prefix: prefix + key + ".")
                } else {
                    paths.insert(prefix + key)
                }
            }
        }
        for lead in leads {
            guard let attributes = lead.attributes, paths.count < limit else { continue }
            walk(attributes, prefix: "")
        }
        return paths.sorted()
    }
}
