import TiledeskLeads

/// Puts `shown = [...]` under `[columns]` in the text of a config.toml and changes nothing else:
/// not a comment, not the order of the tables, not a profile's token. Re-encoding the decoded
/// document would drop the user's comments and any table this version does not know, so the
/// text is edited, and `ConfigFile.saveColumns` checks the result decodes to the same document
/// with only the columns changed.
enum ColumnsTextEdit {
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    /// `text` with the columns set to `names`. Throws when the columns are written in a form this
    /// edit does not rewrite (an inline table, dotted keys, a sub-table).
    static func settingShown(_ names: [String], in text: String) throws -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let assignment = "shown = [" + names.map(quoted).joined(separator: ", ") + "]"
        var header: Int?
        var table = ""
        for (number, line) in lines.enumerated() {
            let trimmed = line.trimmingLeadingSpace
            if trimmed.hasPrefix("[") {
                table = tableName(trimmed)
                if table == "columns" { header = number }
                if table.hasPrefix("columns.") { throw Unsupported(description: "[columns] has sub-tables") }
            } else if table.isEmpty, trimmed.hasPrefix("columns"), trimmed.dropFirst("columns".count).trimmingLeadingSpace.first.map({ $0 == "=" || $0 == "." }) == true {
                throw Unsupported(description: "the columns are set as a top-level key")
            }
        }
        guard let header else {
            let gap = lines.last.map { $0.trimmingLeadingSpace.isEmpty } ?? true ? [] : [""]
            return (lines + gap + ["[columns]", assignment]).joined(separator: "\n") + "\n"
        }
        var number = header + 1
        while number < lines.count, !lines[number].trimmingLeadingSpace.hasPrefix("[") {
            let line = lines[number]
            let trimmed = line.trimmingLeadingSpace
            guard trimmed.hasPrefix("shown"), let equals = trimmed.dropFirst("shown".count).trimmingLeadingSpace.first, equals == "=" else {
                number += 1
                continue
            }
            let indent = String(line.prefix(line.count - trimmed.count))
            let (last, rest) = try valueEnd(lines, from: number)
            lines.replaceSubrange(number...last, with: [indent + assignment + rest])
            return lines.joined(separator: "\n") + "\n"
        }
        lines.insert(assignment, at: header + 1)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table a header line opens: `[columns]  # x` is `columns`.
    private static func tableName(_ header: String) -> String {
        guard let close = header.firstIndex(of: "]") else { return header }
        return header[header.index(after: header.startIndex)..<close].trimmingCharacters(in: .whitespaces)
    }

    /// The line where the array after `shown =` on line `start` closes, and what follows the
    /// closing bracket there (a comment is kept). Brackets inside strings do not count.
    private static func valueEnd(_ lines: [String], from start: Int) throws -> (Int, String) {
        var depth = 0
        var opened = false
        for number in start..<lines.count {
            var inString: Character?
            var escaped = false
            let characters = Array(lines[number])
            var index = number == start ? (characters.firstIndex(of: "=").map { $0 + 1 } ?? 0) : 0
            while index < characters.count {
                let c = characters[index]
                if let quote = inString {
                    if escaped { escaped = false } else if c == "\\" && quote == "\"" { escaped = true } else if c == quote { inString = nil }
                } else if c == "\"" || c == "'" {
                    inString = c
                } else if c == "#" {
                    break
                } else if c == "[" {
                    depth += 1
                    opened = true
                } else if c == "]" {
                    depth -= 1
                    if opened, depth == 0 { return (number, String(characters[(index + 1)...])) }
                } else if !opened, !c.isWhitespace {
                    throw Unsupported(description: "[columns] shown is not a list")
                }
                index += 1
            }
        }
        throw Unsupported(description: "[columns] shown is not closed")
    }

    /// A TOML basic string: its escapes are JSON's (`\"`, `\\`, `\n`, `\t`, `\u` with four hex digits),
    /// and the JSON writer escapes every control character TOML refuses raw.
    static func quoted(_ text: String) -> String {
        var out = ""
        JSONValue.writeString(text, to: &out)
        return out
    }
}

extension StringProtocol {
    /// Without leading spaces and tabs.
    fileprivate var trimmingLeadingSpace: String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
