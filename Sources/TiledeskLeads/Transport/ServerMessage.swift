/// Finds the human message in an error body. The real server uses `msg`, `message`, `error`,
/// `err` or `errors` (an array of `{msg}` from express-validator) depending on the route, or
/// answers in plain text (`Unauthorized`); whichever it is, the user sees it.
enum ServerMessage {
    static let keys = ["msg", "message", "error", "err", "errors"]

    /// The message in `body`, or nil when there is none worth showing.
    static func extract(from body: String) -> String? {
        let trimmed = body.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if trimmed.first == "{" || trimmed.first == "[" || trimmed.first == "\"",
            let value = try? JSONParser.parse(Array(trimmed.utf8))
        {
            return message(in: value, depth: 0)
        }
        if trimmed.hasPrefix("<") { return nil }  // an HTML error page from a proxy: the status says more
        return clipped(trimmed)
    }

    private static func message(in value: JSONValue, depth: Int) -> String? {
        guard depth < 4 else { return nil }
        switch value {
        case .string(let text):
            let trimmed = text.trimmingWhitespace()
            return trimmed.isEmpty ? nil : clipped(trimmed)
        case .array(let items):
            let parts = items.compactMap { message(in: $0, depth: depth + 1) }
            return parts.isEmpty ? nil : clipped(parts.joined(separator: "; "))
        case .object(let members):
            for key in keys {
                if let found = members[key].flatMap({ message(in: $0, depth: depth + 1) }) {
                    if key == "errors", case .object(let object)? = members[key], depth == 0 {
                        // {"errors":{"email":{"msg":"Invalid value"}}}: name the field.
                        let named = object.keys.sorted().compactMap { name in
                            object[name].flatMap { message(in: $0, depth: depth + 2) }.map { "\(name): \($0)" }
                        }
                        if !named.isEmpty { return clipped(named.joined(separator: "; ")) }
                    }
                    if key == "errors", case .array(let items)? = members[key] {
                        let named = items.compactMap { item -> String? in
                            guard let object = item.objectValue, let text = message(in: item, depth: depth + 2) else { return nil }
                            if case .string(let param)? = object["param"] ?? object["path"] { return "\(param): \(text)" }
                            return text
                        }
                        if !named.isEmpty { return clipped(named.joined(separator: "; ")) }
                    }
                    return found
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// One line of at most 300 characters: a stack trace or an HTML page must not flood stderr.
    private static func clipped(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.joined(separator: " ")
        return line.count > 300 ? String(line.prefix(299)) + "…" : line
    }
}
