import Foundation
import LeadBrowser
import ScreenText
import TiledeskLeads

/// Leads for people: on a terminal a table that fits the width, with wide characters aligned;
/// otherwise one tab-separated line per lead (`id, name, email, phone, company, tags`) for
/// `cut` and `awk`. Either way every value is sanitized: lead data comes from strangers, and an
/// escape sequence in a name must never reach the terminal raw.
enum LeadTableText {
    struct Column: Sendable {
        var title: String
        var value: @Sendable (Lead) -> String
        /// Never cut (ids are copied into other commands).
        var fixed = false
    }

    static let columns: [Column] = [
        Column(title: "ID", value: { $0.id }, fixed: true),
        Column(title: "NAME", value: { $0.fullname ?? "" }),
        Column(title: "EMAIL", value: { $0.email ?? "" }),
        Column(title: "PHONE", value: { $0.phone ?? "" }),
        Column(title: "COMPANY", value: { $0.company ?? "" }),
        Column(title: "TAGS", value: { $0.tags.joined(separator: ", ") }),
    ]

    /// Tab-separated lines, no header.
    static func tabSeparated(_ leads: [Lead]) -> String {
        var out = ""
        for lead in leads {
            out += columns.map { TerminalText.sanitized($0.value(lead)).replacingOccurrences(of: "\t", with: " ") }
                .joined(separator: "\t")
            out += "\n"
        }
        return out
    }

    /// A table fitting `width` columns. Columns empty on every row are left out; the rest are
    /// fitted by `ColumnFit` (the browser's rule): natural widths up to 40, the widest cut first
    /// down to 8, then the least useful columns go (tags, company, phone, email). The id and the
    /// name are never dropped, and the id is never cut.
    static func table(_ leads: [Lead], width: Int) -> String {
        let allCells = leads.map { lead in columns.map { TerminalText.sanitized($0.value(lead)) } }
        let present = columns.indices.filter { index in
            columns[index].fixed || leads.isEmpty || allCells.contains { !$0[index].isEmpty }
        }
        let gap = 2
        let demands = present.map { index -> ColumnDemand in
            let natural = max(TerminalText.width(of: columns[index].title), allCells.map { TerminalText.width(of: $0[index]) }.max() ?? 0)
            return columns[index].fixed
                ? ColumnDemand(natural: natural, minimum: natural, keep: true)
                : ColumnDemand(natural: min(natural, 40), minimum: 8, keep: index <= 1)
        }
        let fitted = ColumnFit.widths(demands, width: width, gap: gap)
        let shown = present.indices.filter { fitted[$0] != nil }.map { present[$0] }
        var widths: [Int: Int] = [:]
        for (k, index) in present.enumerated() { widths[index] = fitted[k] }
        func line(_ values: [String]) -> String {
            var text = ""
            for (position, index) in shown.enumerated() {
                if position > 0 { text += String(repeating: " ", count: gap) }
                let cellWidth = widths[index] ?? 0
                text += position == shown.count - 1
                    ? TerminalText.truncated(values[index], toWidth: cellWidth) : TerminalText.fitted(values[index], toWidth: cellWidth)
            }
            return text
        }
        var out = line(columns.map(\.title)) + "\n"
        for row in allCells { out += line(row) + "\n" }
        return out
    }

    /// The terminal's width: the window size of stdout, else `$COLUMNS`, else 100.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 100
    }
}
