import Foundation
import LeadDuplicates
import ScreenText
import TiledeskLeads

/// A duplicate group side by side, as rows of text: one column per lead, one row per field, and
/// for each row whether the leads differ there (drawn highlighted) and which lead's value the
/// merge takes (marked). A pure function of `DuplicateGroupState`, so a test reads what the
/// screen shows without drawing it.
public enum DuplicateGroupTable {
    public struct Row: Sendable, Hashable {
        public var label: String
        /// The field a value can be chosen for; nil for tags, attributes and dates (merged or kept).
        public var field: LeadField?
        /// One value per lead, sanitised, on one line.
        public var values: [String]
        /// The leads do not all hold the same here.
        public var differs: Bool
        /// The column whose value the merged lead takes, when the leads differ and a value is chosen.
        public var chosen: Int?
    }

    /// The column headings: `#1 oldest · survivor`, then the id.
    public static func headings(_ state: DuplicateGroupState) -> [String] {
        state.group.ids.enumerated().map { index, id in
            var text = "#\(index + 1)"
            if index == 0 { text += " oldest" }
            if id == state.survivorID { text += " · survivor" }
            return text
        }
    }

    public static func rows(_ state: DuplicateGroupState) -> [Row] {
        let leads = state.group.ids.map { state.leads[$0] }
        let result = state.plan?.result
        func row(_ label: String, field: LeadField?, _ value: (Lead) -> String) -> Row {
            let raw = leads.map { $0.map(value) ?? "…" }
            let present = Set(raw.filter { !$0.isEmpty })
            let differs = present.count > 1 || (present.count == 1 && raw.contains(""))
            var chosen: Int?
            if differs, let field, field != .note, let kept = result?[field], !kept.isEmpty {
                let preferred = state.choices[field].flatMap { state.group.ids.firstIndex(of: $0) }
                chosen = preferred.flatMap { raw[$0] == kept ? $0 : nil } ?? raw.firstIndex(of: kept)
            }
            return Row(label: label, field: field, values: raw.map(show), differs: differs, chosen: chosen)
        }
        var rows = LeadField.allCases.map { field in row(field.label, field: field) { $0[field] ?? "" } }
        rows.append(row("Tags", field: nil) { $0.tags.joined(separator: ", ") })
        rows.append(row("Attributes", field: nil) { lead in lead.attributes.map { JSONValue.object($0).jsonText } ?? "" })
        rows.append(row("Created", field: nil) { lead in lead.createdAt.map { String(ISOTime.format($0).prefix(10)) } ?? "" })
        rows.append(row("Id", field: nil) { $0.id })
        return rows
    }

    /// One line, inert in a terminal.
    static func show(_ text: String) -> String {
        TerminalText.sanitized(text.replacingOccurrences(of: "\n", with: " ⏎ "))
    }
}
