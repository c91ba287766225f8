import ArgumentParser
import TiledeskLeads

/// Parsing `FIELD=VALUE`, `KEY=JSON` and field names from the command line, with messages that
/// say what is accepted.
enum FieldAssignments {
    /// `FIELD=VALUE` with FIELD an editable field's API name.
    static func field(_ text: String) throws -> (LeadField, String) {
        let (name, value) = try split(text, what: "--set FIELD=VALUE")
        return (try fieldName(name), value)
    }

    static func fieldName(_ name: String) throws -> LeadField {
        guard let field = LeadField(rawValue: name) else {
            throw ValidationError("\(name) is not an editable field; use one of \(LeadField.apiNames)")
        }
        return field
    }

    /// `KEY=JSON`; the value keeps its JSON type, so a string needs its quotes (`plan='"pro"'`).
    static func json(_ text: String, option: String) throws -> (String, JSONValue) {
        let (key, raw) = try split(text, what: "\(option) KEY=JSON")
        do {
            return (key, try JSONValue.parse(raw))
        } catch {
            throw ValidationError(
                "\(option) \(key)=\(raw): the value is not JSON; quote strings, e.g. \(option) '\(key)=\"\(raw)\"'")
        }
    }

    private static func split(_ text: String, what: String) throws -> (String, String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw ValidationError("expected \(what), got \(text)")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}
