import Foundation
import LeadDuplicates
import TiledeskLeads

/// The duplicate index of one project on disk: `$XDG_CACHE_HOME/leads/duplicates-<hash>.tsv`
/// (`~/.cache/leads/…`), one line per lead with its normalised keys, so a second `leads duplicates`
/// reads only what changed since (by `updatedAt`) instead of every lead, and never runs
/// libphonenumber again for a phone it has seen. Tab-separated text, mode 0600 (it holds names and
/// addresses), written to a temporary file and renamed.
struct DuplicateIndexFile {
    /// What the file holds: the entries and the newest `updatedAt` among them.
    struct Contents {
        var entries: [String: DuplicateEntry]
        /// Leads updated at or after this were not necessarily seen (milliseconds since 1970).
        var mark: Int64
    }

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
    /// Read byte by byte: a 100,000-lead index is read on every `leads duplicates` and every create.
    func load() -> Contents? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { raw -> Contents? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var columns: [Range<Int>] = []
            columns.reserveCapacity(13)
            var entries: [String: DuplicateEntry] = [:]
            // One line per lead: sized once instead of growing (and rehashing) a dozen times.
            entries.reserveCapacity(bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) })
            var mark: Int64?
            var start = 0
            var lineStart = 0
            for index in 0..<bytes.count where bytes[index] == 9 || bytes[index] == 10 {
                columns.append(start..<index)
                start = index + 1
                guard bytes[index] == 10 else { continue }
                defer {
                    columns.removeAll(keepingCapacity: true)
                    lineStart = start
                }
                func text(_ column: Int) -> String? {
                    let range = columns[column]
                    guard !range.isEmpty else { return nil }
                    let slice = UnsafeBufferPointer(rebasing: bytes[range])
                    let string = String(decoding: slice, as: UTF8.self)
                    return slice.contains(92) ? Self.unescaped(Substring(string)) : string
                }
                func number(_ column: Int) -> Int64? {
                    let range = columns[column]
                    guard !range.isEmpty else { return nil }
                    var value: Int64 = 0
                    for byte in bytes[range] {
                        guard (48...57).contains(byte) else { return nil }
                        value = value &* 10 &+ Int64(byte - 48)
                    }
                    return value
                }
                func date(_ column: Int) -> Date? { number(column).map { Date(timeIntervalSince1970: Double($0) / 1000) } }
                if lineStart == 0 {
                    guard columns.count == 3, text(0) == Self.format, text(1) == identity, let value = number(2) else { return nil }
                    mark = value
                    continue
                }
                guard columns.count == 13, let id = text(0) else { return nil }
                entries[id] = DuplicateEntry(
                    id: id, createdAt: date(1), updatedAt: date(2), fullname: text(3), email: text(4), phone: text(5),
                    company: text(6), city: text(7), emailKey: text(8), phoneKey: text(9), nameKey: text(10), companyKey: text(11),
                    cityKey: text(12))
            }
            return mark.map { Contents(entries: entries, mark: $0) }
        }
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
        // Keys sorted, not entries; each column appended in place.
        for id in contents.entries.keys.sorted() {
            let entry = contents.entries[id]!
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
