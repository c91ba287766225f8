import LeadBrowser
import ScreenText
import TiledeskLeads

/// One lead for people, field by field, every value sanitized. Multi-line notes are indented
/// under their label so the layout survives them.
enum LeadDetail {
    static func text(_ lead: Lead) -> String {
        var rows: [(String, String)] = [("Id", lead.id)]
        if let leadID = lead.leadID { rows.append(("Lead id", leadID)) }
        for field in LeadField.allCases {
            if let value = lead[field], !value.isEmpty { rows.append((field.label, value)) }
        }
        if !lead.tags.isEmpty { rows.append(("Tags", lead.tags.joined(separator: ", "))) }
        for (key, value) in (lead.attributes ?? [:]).sorted(by: { $0.key < $1.key }) {
            rows.append(("attributes." + key, value.stringValue ?? value.jsonText))
        }
        for (key, value) in (lead.properties ?? [:]).sorted(by: { $0.key < $1.key }) {
            rows.append(("properties." + key, value.stringValue ?? value.jsonText))
        }
        if let status = lead.status {
            rows.append(("Status", status == LeadStatus.trashed ? "in the trash (\(status))" : String(status)))
        }
        if let createdAt = lead.createdAt { rows.append(("Created", ISOTime.format(createdAt))) }
        if let updatedAt = lead.updatedAt { rows.append(("Updated", ISOTime.format(updatedAt))) }
        for (key, value) in lead.extra.sorted(by: { $0.key < $1.key }) { rows.append((key, value.stringValue ?? value.jsonText)) }

        let width = rows.map { TerminalText.width(of: TerminalText.sanitized($0.0)) }.max() ?? 0
        var out = ""
        for (label, value) in rows {
            let shownLabel = TerminalText.fitted(TerminalText.sanitized(label), toWidth: width)
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitized(String($0)) }
            out += shownLabel + "  " + (lines.first ?? "") + "\n"
            for more in lines.dropFirst() { out += String(repeating: " ", count: width + 2) + more + "\n" }
        }
        return out
    }
}
