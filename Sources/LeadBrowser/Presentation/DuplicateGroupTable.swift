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
        /// The attribute path a value can be chosen for (`attributes.plan`): a key the leads
        /// hold with different values, one row each under the attributes.
        public var attributePath: String?
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
            return Row(label: label, field: field, attributePath: nil, values: raw.map(show), differs: differs, chosen: chosen)
        }
        var rows = LeadField.allCases.map { field in row(field.label, field: field) { $0[field] ?? "" } }
        rows.append(row("Tags", field: nil) { $0.tags.joined(separator: ", ") })
        rows.append(row("Attributes", field: nil) { lead in lead.attributes.map { JSONValue.object($0).jsonText } ?? "" })
        rows += attributeOverlaps(state, leads: leads, plan: state.plan)
        rows.append(row("Created", field: nil) { lead in lead.createdAt.map { String(ISOTime.format($0).prefix(10)) } ?? "" })
        rows.append(row("Id", field: nil) { $0.id })
        return rows
    }

    /// A row per attribute path where the leads hold different values — the paths the merge has
    /// to settle, which are those with a value not kept — the kept one ticked.
    static func attributeOverlaps(_ state: DuplicateGroupState, leads: [Lead?], plan: MergePlan?) -> [Row] {
        guard let plan else { return [] }
        var paths: [String] = []
        for value in plan.dropped where value.path.hasPrefix("attributes.") && !paths.contains(value.path) { paths.append(value.path) }
        return paths.sorted().map { path in
            let raw = leads.map { lead in lead.flatMap { value(at: path, in: $0) }?.jsonText ?? "" }
            let kept = value(at: path, in: plan.result)?.jsonText
            let preferred = state.keyChoices[path].flatMap { state.group.ids.firstIndex(of: $0) }
            let chosen = preferred.flatMap { raw[$0] == kept ? $0 : nil } ?? kept.flatMap { raw.firstIndex(of: $0) }
            let label = "  " + path.dropFirst("attributes.".count)
            return Row(label: label, field: nil, attributePath: path, values: raw.map(show), differs: true, chosen: chosen)
        }
    }

    /// The value at a dotted `attributes.…` path of a lead; nil when it holds none there.
    static func value(at path: String, in lead: Lead) -> JSONValue? {
        var current: JSONValue? = .object(["attributes": .object(lead.attributes ?? [:])])
        for key in path.split(separator: ".", omittingEmptySubsequences: false) { current = current?.objectValue?[String(key)] }
        return current == .null ? nil : current
    }

    /// One line, inert in a terminal.
    static func show(_ text: String) -> String {
        TerminalText.sanitized(text.replacingOccurrences(of: "\n", with: " ⏎ "))
    }
}
