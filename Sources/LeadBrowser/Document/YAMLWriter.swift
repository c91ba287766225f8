import TiledeskLeads

/// Writes values as block-style YAML for people: one `key: value` per line, lists as `- item`
/// lines, maps nested by two spaces, text with line breaks as a literal block (`|`), and quotes
/// only where `YAMLScalar` says a reader would otherwise change the value.
///
/// Written by hand rather than with libyaml's emitter, which escapes every character beyond
/// the Basic Multilingual Plane (an emoji in a name would read `\U0001F600`) and cannot write
/// the comment header; what is written here is read back by Yams, and the round trip is a test.
struct YAMLWriter {
    var lines: [String] = []

    /// `key: value` at `indent`, the value nested below when it is a non-empty list or map.
    mutating func entry(key: String, _ value: JSONValue, indent: Int) {
        let writtenKey = YAMLScalar.written(key)
        if writtenKey.count > 1000 {
            // A key longer than YAML's 1024-character limit for implicit keys: explicit form.
            lines.append(pad(indent) + "? " + writtenKey)
            item(prefix: ":", value, indent: indent)
        } else {
            item(prefix: writtenKey + ":", value, indent: indent)
        }
    }

    /// `prefix value` at `indent`, where prefix is `key:`, `:` or `-`.
    mutating func item(prefix: String, _ value: JSONValue, indent: Int) {
        let head = pad(indent) + prefix
        switch value {
        case .null: lines.append(head + " null")
        case .bool(let flag): lines.append(head + (flag ? " true" : " false"))
        case .int(let number): lines.append(head + " " + String(number))
        case .double(let number): lines.append(head + " " + (number.isFinite ? "\(number)" : "null"))
        case .string(let text): string(text, head: head, indent: indent)
        case .array(let items) where items.isEmpty: lines.append(head + " []")
        case .object(let members) where members.isEmpty: lines.append(head + " {}")
        case .array(let items):
            nested(head: head, indent: indent, compact: prefix == "-") { writer in
                for element in items { writer.item(prefix: "-", element, indent: indent + 2) }
            }
        case .object(let members):
            nested(head: head, indent: indent, compact: prefix == "-") { writer in
                for key in members.keys.sorted() { writer.entry(key: key, members[key]!, indent: indent + 2) }
            }
        }
    }

    /// A text value after `head`: empty (`key:`, read back as empty text) only where the caller
    /// asks for it, a literal block when it has line breaks, else one scalar.
    mutating func string(_ text: String, head: String, indent: Int, emptyAsNothing: Bool = false) {
        if text.isEmpty {
            lines.append(emptyAsNothing ? head : head + " \"\"")
        } else if let block = Self.literalBlock(text, indent: indent + 2) {
            lines.append(head + " " + block.header)
            lines += block.lines
        } else {
            lines.append(head + " " + YAMLScalar.written(text))
        }
    }

    /// Adds a comment line.
    mutating func comment(_ text: String) {
        lines.append(text.isEmpty ? "#" : "# " + text)
    }

    /// The document, one line per element, ending in a line break.
    var document: String { lines.joined(separator: "\n") + "\n" }

    /// A literal block (`|`) for text with line breaks that needs no escapes, with the
    /// chomping indicator that keeps its trailing line breaks exactly, and an indentation
    /// indicator when the first line would otherwise mislead a reader about the indentation.
    static func literalBlock(_ text: String, indent: Int) -> (header: String, lines: [String])? {
        guard text.contains("\n"), text.contains(where: { $0 != "\n" }),
            !text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && YAMLScalar.needsEscape($0) })
        else { return nil }
        let trailingBreaks = text.reversed().prefix { $0 == "\n" }.count
        // `|-` strips the last line break, `|` keeps one, `|+` keeps them all.
        let chomping = trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+"
        var body = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if trailingBreaks > 0 { body.removeLast() }
        let first = body.first ?? ""
        // A reader takes the indentation from the first line that has text; it must not be
        // misled by a first line that is empty or starts with white space.
        let indicator = first.isEmpty || first.first == " " || first.first == "\t" || first.allSatisfy(\.isWhitespace) ? "2" : ""
        let prefix = String(repeating: " ", count: indent)
        return ("|" + indicator + chomping, body.map { $0.isEmpty ? "" : prefix + $0 })
    }

    private mutating func nested(head: String, indent: Int, compact: Bool, _ body: (inout YAMLWriter) -> Void) {
        var inner = YAMLWriter()
        body(&inner)
        if compact, let first = inner.lines.first {
            // `- key: value` / `- - item`: the first nested line moves up beside the dash.
            lines.append(head + String(first.dropFirst(indent + 1)))
            lines += inner.lines.dropFirst()
        } else {
            lines.append(head)
            lines += inner.lines
        }
    }

    private func pad(_ indent: Int) -> String {
        String(repeating: " ", count: indent)
    }
}
