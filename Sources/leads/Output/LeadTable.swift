import Foundation
import LeadBrowser
import TiledeskLeads

/// Leads for people: on a terminal a table that fits the width, with wide characters aligned;
/// otherwise one tab-separated line per lead (`id, name, email, phone, company, tags`) for
/// `cut` and `awk`. Either way every value is sanitized: lead data comes from strangers, and an
/// escape sequence in a name must never reach the terminal raw.
enum LeadTable {
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

    /// A table fitting `width` columns: flexible columns shrink (longest first) until it fits.
    static func table(_ leads: [Lead], width: Int) -> String {
        let cells = leads.map { lead in columns.map { TerminalText.sanitized($0.value(lead)) } }
        var widths = columns.indices.map { index in
            max(TerminalText.width(of: columns[index].title), cells.map { TerminalText.width(of: $0[index]) }.max() ?? 0)
        }
        for index in widths.indices where !columns[index].fixed { widths[index] = min(widths[index], 40) }
        let gap = 2
        func total() -> Int { widths.reduce(0, +) + gap * (widths.count - 1) }
        while total() > width {
            guard let widest = widths.indices.filter({ !columns[$0].fixed && widths[$0] > 6 }).max(by: { widths[$0] < widths[$1] })
            else { break }
            widths[widest] -= 1
        }
        func line(_ values: [String]) -> String {
            var text = ""
            for (index, value) in values.enumerated() {
                if index > 0 { text += String(repeating: " ", count: gap) }
                text += index == values.count - 1
                    ? TerminalText.truncated(value, toWidth: widths[index]) : TerminalText.fitted(value, toWidth: widths[index])
            }
            return text
        }
        var out = line(columns.map(\.title)) + "\n"
        for row in cells { out += line(row) + "\n" }
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
