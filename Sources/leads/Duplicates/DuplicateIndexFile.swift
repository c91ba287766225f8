import Foundation
import LeadDuplicates
import Synchronization
import TiledeskLeads

/// The duplicate index of one project on disk: `$XDG_CACHE_HOME/leads/duplicates-<hash>.tsv`
/// (`~/.cache/leads/…`), one line per lead with its normalised keys, so a second `leads duplicates`
/// reads only what changed since (by `updatedAt`) instead of every lead, and never runs
/// libphonenumber again for a phone it has seen. Tab-separated text, mode 0600 (it holds names and
/// addresses), written to a temporary file and renamed.
struct DuplicateIndexFile {
    let path: String
    let identity: String

    static let format = "leads-duplicates 1"

    /// The file of the project `projectID` on the server at `baseURL`.
    init(baseURL: String, projectID: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        identity = baseURL + " " + projectID
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in identity.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        path = Self.directory(environment) + "/duplicates-" + String(hash, radix: 16) + ".tsv"
    }

    static func directory(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/leads" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/leads"
    }

    /// The index, or nil when there is none for this project (or it is of another format or project).
    /// Read byte by byte, its two halves at once on the two cores: a 100,000-lead index is read on
    /// every `leads duplicates` and every create, and making its 100,000 entries was a third of a
    /// second look.
    func load() -> Contents? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let head = data.withUnsafeBytes { raw -> (mark: Int64, halves: [Range<Int>])? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let (mark, headerEnd) = header(bytes) else { return nil }
            // Split at the first line that starts past the middle.
            var middle = headerEnd + 1 + (bytes.count - headerEnd - 1) / 2
            while middle < bytes.count, bytes[middle - 1] != 10 { middle += 1 }
            return (mark, [headerEnd + 1..<middle, middle..<bytes.count])
        }
        guard let (mark, halves) = head else { return nil }
        let read = Mutex<[[DuplicateEntry]?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: halves.count) { half in
            let entries = data.withUnsafeBytes { Self.entries($0.bindMemory(to: UInt8.self), halves[half]) }
            read.withLock { $0[half] = entries }
        }
        let parts = read.withLock { $0 }
        guard let first = parts[0], let second = parts[1] else { return nil }
        let entries = first + second
        // Written in order of id; a file put together otherwise is put in order here.
        let ordered = zip(entries, entries.dropFirst()).allSatisfy { $0.id < $1.id }
        return ordered ? Contents(sorted: entries, mark: mark) : Contents(entries: entries, mark: mark)
    }

    /// The index's mark, read from its first line alone; nil when there is no index for this project.
    func mark() -> Int64? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var start = Data()
        while !start.contains(10) {
            guard let more = try? handle.read(upToCount: 4096), !more.isEmpty else { return nil }
            start += more
        }
        return start.withUnsafeBytes { header($0.bindMemory(to: UInt8.self))?.mark }
    }

    /// The mark of the first line, if it names this format and project, and where that line ends.
    private func header(_ bytes: UnsafeBufferPointer<UInt8>) -> (mark: Int64, end: Int)? {
        guard let end = bytes.firstIndex(of: 10) else { return nil }
        var columns: [Range<Int>] = []
        Self.columns(bytes, end, from: 0, into: &columns)
        guard columns.count == 3, Self.text(bytes, columns[0]) == Self.format, Self.text(bytes, columns[1]) == identity,
            let mark = Self.number(bytes, columns[2])
        else { return nil }
        return (mark, end)
    }

    /// The entries of the lines in `range`, or nil if one is not an entry. A last line without its
    /// newline is not a line (a file cut short), and is left out as it always was.
    private static func entries(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [DuplicateEntry]? {
        var entries: [DuplicateEntry] = []
        // One line per lead: sized once instead of growing a dozen times.
        entries.reserveCapacity(bytes[range].reduce(0) { $0 + ($1 == 10 ? 1 : 0) })
        // One list of columns for every line, emptied and filled again.
        var columns: [Range<Int>] = []
        columns.reserveCapacity(13)
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, bytes[end] != 10 { end += 1 }
            guard end < range.upperBound else { break }
            Self.columns(bytes, end, from: start, into: &columns)
            start = end + 1
            guard columns.count == 13, let id = Self.text(bytes, columns[0]) else { return nil }
            func text(_ column: Int) -> String? { Self.text(bytes, columns[column]) }
            func date(_ column: Int) -> Date? { Self.number(bytes, columns[column]).map { Date(timeIntervalSince1970: Double($0) / 1000) } }
            // A key spelt as its field (an address already in lower case) is the field's text.
            func key(_ column: Int, as field: Int, _ fieldText: String?) -> String? {
                bytes[columns[column]].elementsEqual(bytes[columns[field]]) ? fieldText : text(column)
            }
            let (email, phone) = (text(4), text(5))
            entries.append(
                DuplicateEntry(
                    id: id, createdAt: date(1), updatedAt: date(2), fullname: text(3), email: email, phone: phone, company: text(6),
                    city: text(7), emailKey: key(8, as: 4, email), phoneKey: key(9, as: 5, phone), nameKey: text(10),
                    companyKey: text(11), cityKey: text(12)))
        }
        return entries
    }

    /// The tab-separated columns of the line from `start` to `end`, into `columns` (emptied first,
    /// its room kept: one list serves every line).
    private static func columns(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, from start: Int, into columns: inout [Range<Int>]) {
        columns.removeAll(keepingCapacity: true)
        var column = start
        for index in start..<end where bytes[index] == 9 {
            columns.append(column..<index)
            column = index + 1
        }
        columns.append(column..<end)
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let string = String(decoding: slice, as: UTF8.self)
        return slice.contains(92) ? unescaped(Substring(string)) : string
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
        guard !range.isEmpty else { return nil }
        var value: Int64 = 0
        for byte in bytes[range] {
            guard (48...57).contains(byte) else { return nil }
            value = value &* 10 &+ Int64(byte - 48)
        }
        return value
    }

    /// The entry of a lead as the index gives it back: times to the millisecond and empty texts
    /// as none, so a lead read again unchanged compares equal to its stored entry.
    static func entry(_ lead: Lead) -> DuplicateEntry {
        var keys = DuplicateKeyCache()
        return entry(lead, keys: &keys)
    }

    /// The same, with the keys of texts seen before taken from `keys`.
    static func entry(_ lead: Lead, keys: inout DuplicateKeyCache) -> DuplicateEntry {
        // Made whole in one go: an entry's fields are one box, and a change field by field made a
        // new box for each of up to seven changes, for every lead of a rebuild.
        let made = keys.entry(lead)
        func time(_ date: Date?) -> Date? { date.map { Date(timeIntervalSince1970: Double(milliseconds($0)) / 1000) } }
        func text(_ value: String?) -> String? { value == "" ? nil : value }
        return DuplicateEntry(
            id: made.id, createdAt: time(made.createdAt), updatedAt: time(made.updatedAt), fullname: text(made.fullname),
            email: text(made.email), phone: text(made.phone), company: text(made.company), city: text(made.city),
            emailKey: made.emailKey, phoneKey: made.phoneKey, nameKey: made.nameKey, companyKey: made.companyKey, cityKey: made.cityKey)
    }

    /// Writes the index whole: a temporary file, then a rename, so a reader never sees half of it.
    func save(_ contents: Contents) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // Bytes, not a String: each column is copied in as it is, 22 MB for 100,000 leads.
        var out: [UInt8] = []
        out.reserveCapacity(contents.entries.count * 160)
        func add(_ text: String) { out.append(contentsOf: Self.escaped(text).utf8) }
        add(Self.format)
        out.append(9)
        add(identity)
        out.append(9)
        out.append(contentsOf: String(contents.mark).utf8)
        out.append(10)
        // In order of id, as `Contents` keeps them; each column appended in place.
        for entry in contents.entries {
            add(entry.id)
            for date in [entry.createdAt, entry.updatedAt] {
                out.append(9)
                if let date { out.append(contentsOf: String(Self.milliseconds(date)).utf8) }
            }
            for text in [
                entry.fullname, entry.email, entry.phone, entry.company, entry.city, entry.emailKey, entry.phoneKey, entry.nameKey,
                entry.companyKey, entry.cityKey,
            ] {
                out.append(9)
                if let text { add(text) }
            }
            out.append(10)
        }
        let temporary = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(out), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError(.failure, "cannot write the duplicate index \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CLIError(.failure, "cannot write the duplicate index \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// Tabs, newlines and backslashes as `\t`, `\n`, `\\` (and `\r`), so each lead is one line.
    /// By scalar: a newline followed by a combining mark is one Character but still a line break.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 || $0 == 92 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    static func unescaped(_ text: Substring) -> String {
        guard text.utf8.contains(92) else { return String(text) }
        var out = String.UnicodeScalarView()
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
