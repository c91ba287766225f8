import Foundation
import LeadDuplicates
import Testing
import TiledeskLeads
@testable import leads

/// The on-disk duplicate index gives back exactly what it was given, whatever the leads hold, so a
/// lead read again unchanged is never taken for a change (which would rewrite the whole index on
/// every run).
@Suite struct DuplicateIndexFileTests {
    @Test func hostileTextAndEmptyFieldsSurviveTheRoundTrip() throws {
        let home = NSTemporaryDirectory() + "leads-index-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = DuplicateIndexFile(baseURL: "http://127.0.0.1:1", projectID: "p", environment: ["XDG_CACHE_HOME": home])
        #expect(file.path.hasPrefix(home + "/leads/duplicates-"))
        let leads = [
            Lead(id: "a", fullname: "Tab\there\\back\r\nCRLF", email: " Mixed@Case.ORG ", phone: "+39 333 1234567", country: "Italia",
                 createdAt: Date(timeIntervalSince1970: 1_700_000_000.1234), updatedAt: Date(timeIntervalSince1970: 1_700_000_001.9876)),
            Lead(id: "b", fullname: "", email: nil, company: "line\n\u{301}break", city: "Zoë\u{1B}[31m"),
            Lead(id: "c", fullname: "Иван Петров", phone: "8 (912) 345-67-89", city: "Москва", country: "Россия"),
        ]
        var entries: [String: DuplicateEntry] = [:]
        for lead in leads { entries[lead.id] = DuplicateIndexFile.entry(lead) }
        try file.save(DuplicateIndexFile.Contents(entries: entries.values, mark: 1_700_000_001_988))
        let loaded = try #require(file.load())
        #expect(loaded.mark == 1_700_000_001_988)
        #expect(loaded.entries == leads.map { entries[$0.id]! })
        for lead in leads { #expect(loaded.entry(id: lead.id) == DuplicateIndexFile.entry(lead), "\(lead.id) read again is no change") }
        #expect(loaded.entry(id: "c")?.phoneKey == "+79123456789")

        let other = DuplicateIndexFile(baseURL: "http://127.0.0.1:1", projectID: "q", environment: ["XDG_CACHE_HOME": home])
        #expect(other.path != file.path && other.load() == nil, "each project has its own index")
    }

    /// Entries stay in order of id, each once, as changes land; an index whose lines are out of
    /// order (put together by hand) is read in order, so every lead is still found.
    @Test func entriesStayInOrderOfIDThroughChangesAndHandMadeFiles() throws {
        func entry(_ id: String, _ name: String = "N") -> DuplicateEntry { DuplicateIndexFile.entry(Lead(id: id, fullname: name)) }
        var contents = DuplicateIndexFile.Contents(entries: [entry("c"), entry("a", "old"), entry("e"), entry("a", "new")], mark: 5)
        #expect(contents.entries.map(\.id) == ["a", "c", "e"])
        #expect(contents.entry(id: "a")?.fullname == "new", "of two with one id, the later one")
        let changes: [String: DuplicateEntry?] = ["b": entry("b"), "c": nil, "e": entry("e", "changed"), "f": entry("f"), "zz": nil]
        contents.apply(changes)
        #expect(contents.entries.map(\.id) == ["a", "b", "e", "f"])
        #expect(contents.entry(id: "e")?.fullname == "changed")
        for missing in ["c", "0", "zz", "zzz", ""] { #expect(contents.entry(id: missing) == nil, "\(missing)") }

        let home = NSTemporaryDirectory() + "leads-index-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = DuplicateIndexFile(baseURL: "http://127.0.0.1:1", projectID: "p", environment: ["XDG_CACHE_HOME": home])
        try file.save(contents)
        #expect(file.mark() == 5)
        var lines = try String(contentsOfFile: file.path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[1...4].reverse()
        try lines.joined(separator: "\n").write(toFile: file.path, atomically: true, encoding: .utf8)
        let loaded = try #require(file.load())
        #expect(loaded.entries.map(\.id) == ["a", "b", "e", "f"])
        #expect(loaded.entry(id: "f") == contents.entry(id: "f"))
    }

    /// The index is read in two halves at once: whatever the number of lines, each is read once;
    /// a last line without its newline (a file cut short) is left out, as a one-half reader did;
    /// a broken line in either half makes the file unreadable, and a file of another project has
    /// no mark for this one.
    @Test func everyLineIsReadOnceWhateverTheSplit() throws {
        let home = NSTemporaryDirectory() + "leads-index-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = DuplicateIndexFile(baseURL: "http://127.0.0.1:1", projectID: "p", environment: ["XDG_CACHE_HOME": home])
        for count in 0...5 {
            let entries = (0..<count).map { DuplicateIndexFile.entry(Lead(id: "id\($0)", fullname: String(repeating: "n", count: 1 + 7 * $0))) }
            try file.save(DuplicateIndexFile.Contents(entries: entries, mark: Int64(count)))
            let loaded = try #require(file.load(), "\(count) lines")
            #expect(loaded.entries == entries && loaded.mark == Int64(count) && file.mark() == Int64(count))
            guard count > 0 else { continue }
            let text = try String(contentsOfFile: file.path, encoding: .utf8)
            try String(text.dropLast()).write(toFile: file.path, atomically: true, encoding: .utf8)
            #expect(file.load()?.entries == Array(entries.dropLast()), "\(count) lines, the last cut short")
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            lines[count] = lines[count].split(separator: "\t").dropLast().joined(separator: "\t")[...]
            try lines.joined(separator: "\n").write(toFile: file.path, atomically: true, encoding: .utf8)
            #expect(file.load() == nil, "\(count) lines, the last with a column missing")
        }
        let other = DuplicateIndexFile(baseURL: "http://127.0.0.1:1", projectID: "q", environment: ["XDG_CACHE_HOME": home])
        try FileManager.default.copyItem(atPath: file.path, toPath: other.path)
        #expect(other.mark() == nil && other.load() == nil)
    }
}
