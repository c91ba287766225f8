import ScreenText
import TiledeskLeads

/// Leads as table rows: pure functions from data to fitted, sanitized cells, so the front end
/// only prints strings and every width question is answered (and tested) here.
public enum LeadTable {
    /// The columns to lay out, in priority order: the chosen ones, then the sort column when it is
    /// not among them, because the list must always show what it is sorted by.
    public static func candidates(_ chosen: [LeadColumn], sort: LeadSortField) -> [LeadColumn] {
        guard let sortColumn = LeadColumn(sortField: sort), !chosen.contains(sortColumn) else { return chosen }
        return chosen + [sortColumn]
    }

    /// The header title of a column; the sorted column carries ↑ or ↓.
    public static func title(of column: LeadColumn, sort: LeadSortField, direction: SortDirection) -> String {
        column.sortField == sort ? column.title + (direction == .ascending ? " ↑" : " ↓") : column.title
    }

    /// The candidates that fit in `width` terminal columns (one space between columns), each as
    /// wide as its content on screen needs (`rows`: the cells of each visible row, one per
    /// candidate), by `ColumnFit`. The name, the sort column and the column under the column
    /// cursor are never dropped. `index` in each result is the candidate it shows.
    public static func fit(
        _ candidates: [LeadColumn], rows: [[String]], sort: LeadSortField, direction: SortDirection, keep: LeadColumn? = nil, width: Int
    ) -> [(index: Int, column: TableColumn)] {
        let demands = candidates.enumerated().map { i, column in
            column.demand(
                title: title(of: column, sort: sort, direction: direction), cells: rows.map { $0[i] },
                keep: column == .field(.fullname) || column.sortField == sort || column == keep)
        }
        return ColumnFit.widths(demands, width: width, gap: 1).enumerated().compactMap { i, width in
            width.map { (i, TableColumn(title: title(of: candidates[i], sort: sort, direction: direction), width: $0, field: candidates[i])) }
        }
    }

    /// The header line.
    public static func header(_ columns: [TableColumn]) -> String {
        columns.map { TerminalText.cell($0.title, width: $0.width) }.joined(separator: " ")
    }

    /// One lead as a line exactly as wide as the columns.
    public static func row(_ lead: Lead, columns: [TableColumn]) -> String {
        TableLine(.cells(cells(lead, columns: columns)), selected: false).text(columns: columns)
    }

    /// One lead's text per column, neither sanitized nor fitted yet.
    public static func cells(_ lead: Lead, columns: [TableColumn]) -> [String] {
        columns.map { $0.field.text(of: lead) }
    }

    /// One lead's text per candidate column.
    public static func cells(_ lead: Lead, candidates: [LeadColumn]) -> [String] {
        candidates.map { $0.text(of: lead) }
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
