import Foundation

/// Where things are in config.toml, for error messages that say where to look. TOML decoding
/// keeps no positions, so the text is searched; every look-up is nil when it cannot be found.
extension ConfigFile {
    /// The 1-based line of the first occurrence of `needle` inside the `[table]` section.
    func line(of needle: String, in table: String) -> Int? {
        firstLine(in: table) { line, _ in line.contains(needle) }
    }

    /// The line of the `[table]` header itself.
    func lineOfTable(_ table: String) -> Int? {
        guard let lines = lines() else { return nil }
        return lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[\(table)]") }.map { $0 + 1 }
    }

    /// The line that sets `name` (`name =` at the start, bare or quoted) inside `[table]`, so
    /// `open` does not match the `reopen` line or a key name in another value.
    func line(ofSetting name: String, in table: String) -> Int? {
        firstLine(in: table) { _, trimmed in
            [name, "\"\(name)\""].contains { spelling in
                trimmed.hasPrefix(spelling) && trimmed.dropFirst(spelling.count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
            }
        }
    }

    /// The first line inside `[table]` (from its header to the next one) that `matches` accepts,
    /// given the line as written and trimmed.
    private func firstLine(in table: String, where matches: (Substring, String) -> Bool) -> Int? {
        guard let lines = lines() else { return nil }
        var inTable = false
        for (number, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                inTable = trimmed.hasPrefix("[\(table)]")
                continue
            }
            if inTable, matches(line, trimmed) { return number + 1 }
        }
        return nil
    }

    private func lines() -> [Substring]? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }
}
