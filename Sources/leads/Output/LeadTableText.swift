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

    /// A table fitting `width` columns. Columns empty on every row are left out; the widest
    /// flexible column shrinks (down to 8) until the table fits; if it still does not, the least
    /// useful columns go (tags, company, phone, email). The id is never cut.
    static func table(_ leads: [Lead], width: Int) -> String {
        let allCells = leads.map { lead in columns.map { TerminalText.sanitized($0.value(lead)) } }
        var shown = columns.indices.filter { index in
            columns[index].fixed || leads.isEmpty || allCells.contains { !$0[index].isEmpty }
        }
        let gap = 2
        var widths: [Int: Int] = [:]
        func layout() {
            for index in shown {
                let natural = max(TerminalText.width(of: columns[index].title), allCells.map { TerminalText.width(of: $0[index]) }.max() ?? 0)
                widths[index] = columns[index].fixed ? natural : min(natural, 40)
            }
        }
        func total() -> Int { shown.reduce(0) { $0 + (widths[$1] ?? 0) } + gap * max(0, shown.count - 1) }
        layout()
        while total() > width {
            if let widest = shown.filter({ !columns[$0].fixed && (widths[$0] ?? 0) > 8 }).max(by: { widths[$0]! < widths[$1]! }) {
                widths[widest]! -= 1
            } else if let drop = shown.last(where: { !columns[$0].fixed && $0 > 1 }) {
                shown.removeAll { $0 == drop }
                layout()
            } else {
                break
            }
        }
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
