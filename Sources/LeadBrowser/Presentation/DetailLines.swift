import ScreenText
import TiledeskLeads

/// One line of the detail screen: a label (empty on continuation lines), a value, and an indent
/// for the attributes tree. Values are sanitized; the front end prints them as they are.
public struct DetailLine: Sendable, Hashable {
    public var label: String
    public var value: String
    public var depth: Int
    /// A line at a depth of the attributes tree (0 for fields).
    public init(label: String, value: String, depth: Int = 0) {
        self.label = label
        self.value = value
        self.depth = depth
    }
}

/// A lead as detail lines: every field, tags, the attributes tree, status and times.
public enum DetailLines {
    /// Every line of the detail screen for a lead, in display order.
    public static func lines(for lead: Lead) -> [DetailLine] {
        var out: [DetailLine] = []
        func add(_ label: String, _ value: String) { out.append(DetailLine(label: label, value: TerminalText.sanitized(value))) }
        for field in LeadField.allCases {
            let text = lead[field] ?? ""
            if field == .note, text.contains(where: \.isNewline) {
                for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    add(i == 0 ? field.label : "", String(line))
                }
            } else {
                add(field.label, text)
            }
        }
        add("Tags", lead.tags.isEmpty ? "—" : lead.tags.map { "[\($0)]" }.joined(separator: " "))
        add("Status", statusText(lead.status))
        add("Created", lead.createdAt.map(ISOTime.format) ?? "—")
        add("Updated", lead.updatedAt.map(ISOTime.format) ?? "—")
        add("Lead id", lead.leadID ?? "—")
        add("Id", lead.id)
        tree("Attributes", lead.attributes, into: &out)
        tree("Properties", lead.properties, into: &out)
        if !lead.extra.isEmpty { tree("Other", lead.extra, into: &out) }
        return out
    }

    /// `normal`, `in trash`, `temporary`, or the raw number.
    public static func statusText(_ status: Int?) -> String {
        switch status {
        case nil: "—"
        case LeadStatus.normal: "normal"
        case LeadStatus.trashed: "in trash"
        case LeadStatus.temporary: "temporary"
        case let other?: String(other)
        }
    }

    private static func tree(_ title: String, _ object: [String: JSONValue]?, into out: inout [DetailLine]) {
        let rows = AttributeRow.rows(of: object ?? [:])
        out.append(DetailLine(label: title, value: rows.isEmpty ? "—" : ""))
        for row in rows {
            out.append(DetailLine(label: TerminalText.sanitized(row.label), value: TerminalText.sanitized(row.summary), depth: row.depth + 1))
        }
    }
}
