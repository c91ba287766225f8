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
                guard let value = members[key] else { continue }
                if key == "errors", let named = namedErrors(value, depth: depth) { return named }
                if let found = message(in: value, depth: depth + 1) { return found }
            }
            return nil
        default:
            return nil
        }
    }

    /// express-validator's `errors` (`[{"param":"email","msg":"Invalid value"}]`) or Mongoose's
    /// (`{"email":{"message":"…"}}`), each message prefixed with the field it is about.
    private static func namedErrors(_ value: JSONValue, depth: Int) -> String? {
        var named: [String] = []
        switch value {
        case .array(let items):
            for item in items {
                guard let text = message(in: item, depth: depth + 2) else { continue }
                if case .string(let param)? = item.objectValue?["param"] ?? item.objectValue?["path"] {
                    named.append("\(param): \(text)")
                } else {
                    named.append(text)
                }
            }
        case .object(let object):
            for name in object.keys.sorted() {
                if let text = object[name].flatMap({ message(in: $0, depth: depth + 2) }) { named.append("\(name): \(text)") }
            }
        default:
            return nil
        }
        return named.isEmpty ? nil : clipped(named.joined(separator: "; "))
    }

    /// One line of at most 300 characters: a stack trace or an HTML page must not flood stderr.
    private static func clipped(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.joined(separator: " ")
        return line.count > 300 ? String(line.prefix(299)) + "…" : line
    }
}
