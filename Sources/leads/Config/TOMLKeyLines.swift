/// Where each key of a TOML document is set, for config errors that name the line: TOMLKit keeps
/// no positions. One key can be spelled several ways — a `[keys.list]` header and `quit = "x"`
/// under it, a dotted key (`keys.list.quit = "x"` at the top, `list.quit = "x"` under `[keys]`),
/// an inline table (`list = { quit = "x" }`), quoted names (`"quit" = "x"`) — so the text is read
/// as TOML's grammar has it (strings and multi-line arrays skipped whole) and every key gets its
/// full path, whatever the spelling. Malformed lines are skipped: TOMLKit has read the file before
/// any error that needs a line, so they do not occur in practice.
struct TOMLKeyLines {
    /// A key set, or a table opened by a header, with the 1-based line where it is.
    struct Entry: Equatable {
        var path: [String]
        var line: Int
        var isHeader: Bool
    }

    private(set) var entries: [Entry] = []
    /// Per line (index 0 is line 1): the paths set on it, or, for a line that sets none (a
    /// continuation of a multi-line array, a comment), the path set last before it.
    private(set) var owners: [[[String]]] = []
    private var headerLines = Set<Int>()

    init(_ text: String) {
        var reader = Reader(Array(text.unicodeScalars))
        var table: [String] = []
        while let c = reader.peek() {
            if c == " " || c == "\t" || c == "\r" || c == "\n" {
                reader.advance()
            } else if c == "#" {
                reader.skipLine()
            } else if c == "[" {
                reader.advance()
                if reader.peek() == "[" { reader.advance() }
                reader.skipSpaces()
                if let key = reader.key() {
                    table = key
                    entries.append(Entry(path: key, line: reader.line, isHeader: true))
                }
                reader.skipLine()
            } else if let key = reader.key() {
                reader.skipSpaces()
                guard reader.peek() == "=" else {
                    reader.skipLine()
                    continue
                }
                reader.advance()
                reader.skipSpaces()
                entries.append(Entry(path: table + key, line: reader.line, isHeader: false))
                value(&reader, path: table + key)
                reader.skipLine()
            } else {
                reader.skipLine()
            }
        }
        owners = Self.owners(entries, lineCount: reader.line)
        headerLines = Set(entries.filter(\.isHeader).map(\.line))
    }

    /// The first line that sets `path` or anything inside it (for a table: its header, or the
    /// first key set in it under any spelling).
    func line(of path: [String]) -> Int? {
        entries.first { $0.path.starts(with: path) }?.line
    }

    /// The lines inside table `path`, in order: those that set a key in it (a header's own line
    /// is not one), and the lines a multi-line value of such a key continues on.
    func lines(in path: [String]) -> [Int] {
        owners.indices.map { $0 + 1 }.filter { line in
            !headerLines.contains(line) && owners[line - 1].contains { $0.count > path.count && $0.starts(with: path) }
        }
    }

    /// Reads one value; inline tables' keys are recorded under `path` (nil inside an array,
    /// whose tables are no keys of the document's).
    private mutating func value(_ reader: inout Reader, path: [String]?) {
        switch reader.peek() {
        case "\"", "'":
            reader.skipString()
        case "[":
            reader.advance()
            while let c = reader.skipBlank(), c != "]" {
                let start = reader.index
                value(&reader, path: nil)
                if reader.skipBlank() == "," { reader.advance() }
                if reader.index == start { break }
            }
            if reader.peek() == "]" { reader.advance() }
        case "{":
            reader.advance()
            while let c = reader.skipBlank(), c != "}" {
                guard let key = reader.key() else { break }
                reader.skipSpaces()
                guard reader.peek() == "=" else { break }
                reader.advance()
                reader.skipSpaces()
                let inner = path.map { $0 + key }
                if let inner { entries.append(Entry(path: inner, line: reader.line, isHeader: false)) }
                value(&reader, path: inner)
                if reader.skipBlank() == "," { reader.advance() }
            }
            if reader.peek() == "}" { reader.advance() }
        default:
            // A number, a boolean or a date (which may hold a space): up to what ends a value.
            while let c = reader.peek(), !",]}#\r\n".unicodeScalars.contains(c) { reader.advance() }
        }
    }

    /// Each line's paths: those set on it, else the last set before it.
    private static func owners(_ entries: [Entry], lineCount: Int) -> [[[String]]] {
        var owners = [[[String]]](repeating: [], count: lineCount)
        for entry in entries where entry.line <= lineCount { owners[entry.line - 1].append(entry.path) }
        var last: [[String]] = []
        for index in owners.indices {
            if owners[index].isEmpty { owners[index] = last } else { last = owners[index] }
        }
        return owners
    }
}
