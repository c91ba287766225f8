import Foundation

extension ConfigFile {
    /// The 1-based line of the first occurrence of `needle` inside the `[table]` section, for
    /// error messages that say where to look; nil when it cannot be found. TOML decoding keeps no
    /// positions, so the text is searched.
    func line(of needle: String, in table: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var inTable = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                inTable = trimmed.hasPrefix("[\(table)]")
                continue
            }
            if inTable, line.contains(needle) { return number + 1 }
        }
        return nil
    }
}

extension ConfigFile {
    /// The line of the `[table]` header itself.
    func lineOfTable(_ table: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix("[\(table)]") {
            return number + 1
        }
        return nil
    }

    /// The line that sets `name` (`name =` at the start, bare or quoted) inside `[table]`, so
    /// `open` does not match the `reopen` line or a key name in another value.
    func line(ofSetting name: String, in table: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var inTable = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                inTable = trimmed.hasPrefix("[\(table)]")
                continue
            }
            guard inTable else { continue }
            for spelling in [name, "\"\(name)\""] where trimmed.hasPrefix(spelling) {
                if trimmed.dropFirst(spelling.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") { return number + 1 }
            }
        }
        return nil
    }
}
