import Foundation

/// Where things are in config.toml, for error messages that say where to look. TOML decoding
/// keeps no positions, so the text is read again (`TOMLKeyLines`: every spelling of a key, from a
/// `[table]` header to dotted keys and inline tables); every look-up is nil when it cannot be found.
extension ConfigFile {
    /// The 1-based line of the first occurrence of `needle` inside the `[table]` section (or in a
    /// line that sets a key of the table with a dotted key or an inline table).
    func line(of needle: String, in table: String) -> Int? {
        firstLine(in: table) { line, _ in line.contains(needle) }
    }

    /// The line that sets the key at `path` (`["keys", "list", "quit"]`), or for a table, its
    /// header or else the first line that sets a key in it, however the file spells it.
    func line(ofPath path: [String]) -> Int? {
        guard let text = text() else { return nil }
        return TOMLKeyLines(text).line(of: path)
    }

    /// The first line inside `[table]` that `matches` accepts, given the line as written and
    /// trimmed: the shared walk over a table's lines, whatever the spelling of its keys.
    private func firstLine(in table: String, where matches: (Substring, String) -> Bool) -> Int? {
        guard let text = text() else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return TOMLKeyLines(text).lines(in: table.split(separator: ".").map(String.init)).first { number in
            lines.indices.contains(number - 1) && matches(lines[number - 1], lines[number - 1].trimmingCharacters(in: .whitespaces))
        }
    }

    /// A value of the wrong type (`open = 5` under `[keys.list]`) as an error naming the line
    /// and the key, however the file spells it; TOMLKit's own message says what was expected.
    func problem(_ error: DecodingError, text: String) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return "\(path) is not a valid leads config file: \(error)"
        }
        // Up to the first array index: the line of the key that holds the list.
        let names = context.codingPath.prefix { $0.intValue == nil }.map(\.stringValue)
        let line = names.isEmpty ? nil : TOMLKeyLines(text).line(of: names)
        let key = names.isEmpty ? "" : " \(names.joined(separator: ".")):"
        return "\(path)\(line.map { " line \($0)" } ?? "") is not a valid leads config file:\(key) \(context.debugDescription)"
    }

    private func text() -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }
}
