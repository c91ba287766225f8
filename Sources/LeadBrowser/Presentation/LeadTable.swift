import ScreenText
import TiledeskLeads

/// Leads as table rows: pure functions from data to fitted, sanitized cells, so the front end
/// only prints strings and every width question is answered (and tested) here.
public enum LeadTable {
    /// Columns in priority order with their minimum and preferred widths; narrower terminals drop
    /// the columns at the end rather than squeezing every column to nothing.
    static let layout: [(title: String, min: Int, preferred: Int, sort: LeadSortField?, field: LeadTableField)] = [
        ("Name", 10, 24, .fullname, .name),
        ("Email", 10, 28, .email, .email),
        ("Company", 8, 18, .company, .company),
        ("Phone", 8, 16, .phone, .phone),
        ("City", 6, 14, .city, .city),
        ("Tags", 6, 18, nil, .tags),
        ("Updated", 10, 10, .updatedAt, .updated),
    ]

    /// The columns that fit in `width` terminal columns (one space between columns).
    public static func columns(forWidth width: Int) -> [TableColumn] {
        var chosen: [(Int, Int)] = []  // (layout index, width)
        var used = 0
        for (i, c) in layout.enumerated() {
            let gap = chosen.isEmpty ? 0 : 1
            if used + gap + c.min > width { break }
            chosen.append((i, c.min))
            used += gap + c.min
        }
        // Share the spare columns out towards the preferred widths, left first.
        var spare = width - used
        for k in chosen.indices where spare > 0 {
            let grow = min(spare, layout[chosen[k].0].preferred - chosen[k].1)
            chosen[k].1 += grow
            spare -= grow
        }
        if spare > 0, !chosen.isEmpty { chosen[0].1 += spare }
        return chosen.map { i, w in TableColumn(title: layout[i].title, width: w, sortField: layout[i].sort, field: layout[i].field) }
    }

    /// The header line; the sorted column carries ↑ or ↓.
    public static func header(_ columns: [TableColumn], sort: LeadSortField, direction: SortDirection) -> String {
        columns.map { column in
            let mark = column.sortField == sort ? (direction == .ascending ? " ↑" : " ↓") : ""
            return TerminalText.cell(column.title + mark, width: column.width)
        }.joined(separator: " ")
    }

    /// One lead as a line exactly as wide as the columns.
    public static func row(_ lead: Lead, columns: [TableColumn]) -> String {
        TableLine(.cells(cells(lead, columns: columns)), selected: false).text(columns: columns)
    }

    /// One lead's text per column, neither sanitized nor fitted yet.
    public static func cells(_ lead: Lead, columns: [TableColumn]) -> [String] {
        columns.map { $0.field.text(of: lead) }
    }

    /// A placeholder line for a row whose page is loading or failed.
    public static func placeholderRow(_ state: PageState<Lead>?, width: Int) -> String {
        TerminalText.cell(placeholder(state), width: width)
    }

    /// What a row whose page is loading or failed says.
    public static func placeholder(_ state: PageState<Lead>?) -> String {
        switch state {
        case .failed(let message): "⚠ " + message + " — r to retry"
        default: "loading…"
        }
    }

    /// A short name for messages: the name, else the email, else the id. Sanitized.
    public static func title(of lead: Lead) -> String {
        let name = [lead.fullname, lead.email].compactMap { $0 }.first { !$0.isEmpty } ?? lead.id
        return TerminalText.sanitized(name)
    }
}
