import Foundation
import ScreenText
import TiledeskLeads

/// A lead as a small YAML document for `^E` (edit in `$EDITOR`): one `key: value` line per field,
/// every value written as JSON, which YAML reads as double-quoted strings and flow collections.
/// Reading back accepts exactly that shape, so no YAML library is needed and nothing is guessed.
public enum LeadYAML {
    /// The document handed to the editor: two comment lines, then one `key: JSON` line per field.
    public static func text(_ lead: Lead) -> String {
        var lines = ["# Edit and save; quit without saving to cancel. Values are JSON.", "# _id: \(TerminalText.sanitized(lead.id))"]
        for field in LeadField.allCases { lines.append("\(field.rawValue): \(JSONValue.string(lead[field] ?? "").jsonText)") }
        lines.append("tags: \(JSONValue.array(lead.tags.map { .string($0) }).jsonText)")
        lines.append("attributes: \(JSONValue.object(lead.attributes ?? [:]).jsonText)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The problem with an edited document.
    public struct ParseError: Error, Hashable, Sendable {
        public var message: String
    }

    /// Applies an edited document to `lead`; keys left out keep their value.
    public static func parse(_ text: String, onto lead: Lead) throws(ParseError) -> Lead {
        var result = lead
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { throw ParseError(message: "line \(number + 1): no `key:`") }
            let key = String(line[..<colon])
            let valueText = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard let value = try? JSONValue.parse(valueText) else {
                throw ParseError(message: "line \(number + 1): \(key) is not a JSON value")
            }
            if let field = LeadField(rawValue: key) {
                guard case .string(let s) = value else { throw ParseError(message: "line \(number + 1): \(key) must be a string") }
                result[field] = s
            } else if key == "tags" {
                guard case .array(let items) = value else { throw ParseError(message: "line \(number + 1): tags must be a list") }
                result.tags = items.compactMap(\.stringValue).filter { !$0.isEmpty }
            } else if key == "attributes" {
                guard let object = value.objectValue else { throw ParseError(message: "line \(number + 1): attributes must be an object") }
                result.attributes = object
            } else {
                throw ParseError(message: "line \(number + 1): unknown key \(key)")
            }
        }
        return result
    }
}
