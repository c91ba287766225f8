import ScreenText
import TiledeskLeads

/// A change as lines people can check before it is sent: `Email: old → new`, `Tags: +vip −lead`.
public enum ChangeReview {
    /// One line per changed field, tag set and attribute key; `(no changes)` when empty.
    public static func lines(from old: Lead, _ change: LeadChange) -> [String] {
        var out: [String] = []
        for field in LeadField.allCases {
            guard let new = change.fields[field] else { continue }
            out.append("\(field.label): \(shown(old[field] ?? "")) → \(shown(new))")
        }
        if !change.tagsToAdd.isEmpty || !change.tagsToRemove.isEmpty {
            let parts = change.tagsToAdd.map { "+" + $0 } + change.tagsToRemove.map { "−" + $0 }
            out.append("Tags: " + TerminalText.sanitized(parts.joined(separator: " ")))
        }
        let oldAttributes = old.attributes ?? [:]
        if let replace = change.attributesReplace {
            for key in Set(oldAttributes.keys).union(replace.keys).sorted() where oldAttributes[key] != replace[key] {
                out.append("Attributes.\(TerminalText.sanitized(key)): \(json(oldAttributes[key])) → \(json(replace[key]))")
            }
        }
        for key in change.attributesMerge.keys.sorted() {
            out.append("Attributes.\(TerminalText.sanitized(key)): \(json(oldAttributes[key])) → \(json(change.attributesMerge[key]))")
        }
        if let status = change.status { out.append("Status: \(DetailLines.statusText(old.status)) → \(DetailLines.statusText(status))") }
        return out.isEmpty ? ["(no changes)"] : out
    }

    private static func shown(_ text: String) -> String {
        text.isEmpty ? "∅" : TerminalText.sanitized(TerminalText.truncated(text, toWidth: 40))
    }

    private static func json(_ value: JSONValue?) -> String {
        value.map { TerminalText.sanitized(TerminalText.truncated($0.jsonText, toWidth: 40)) } ?? "∅"
    }
}
