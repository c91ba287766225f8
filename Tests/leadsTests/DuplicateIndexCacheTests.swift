import Foundation
import LeadBrowser
import LeadDuplicates
@testable import TerminalUI
import Testing
import TiledeskLeads
@testable import leads

/// The form's duplicate checks through the browser's index, as the effect runner runs them: the
/// file is read once while it stays the same (tabbing out of a field must not read 100,000 leads
/// again), and a new index written by `leads duplicates` or the Duplicates screen is what the very
/// next check answers from.
@Suite struct DuplicateIndexCacheTests {
    static let anna = Lead(id: "a0", fullname: "Anna Rossi", phone: "+39 333 1234567", city: "Roma", country: "Italia")
    static let bruno = Lead(id: "b0", fullname: "Bruno Bianchi", phone: "0039 333 123 4567", city: "Milano", country: "IT")
    static let carla = Lead(id: "c0", fullname: "Carla Bianchi", phone: "0039 333 123 4567", city: "Milano", country: "IT")
    /// A lead being made in the form: the same phone written another way.
    static let typed = Lead(id: "", fullname: "Nuovo Cliente", phone: "333 123 4567", country: "Italia")

    @Test func anUnchangedIndexIsReadOnceAndANewOneByTheNextCheck() async throws {
        try await Self.withIndex { file, index in
            try Self.save([Self.anna], to: file)
            #expect(await Self.check(Self.typed, index) == ["a0"])
            #expect(await Self.check(Self.typed, index) == ["a0"])
            var named = Self.typed
            named.fullname = "Anna Rossi"
            #expect(await Self.check(named, index) == ["a0"], "another field left, the same index")
            #expect(await index.cache.reads == 1, "three checks, one read of the unchanged file")

            try Self.save([Self.anna, Self.bruno], to: file)
            #expect(await Self.check(Self.typed, index) == ["a0", "b0"], "the new index is seen at once")
            #expect(await index.cache.reads == 2)

            // The same size and lines as the last one but another lead: still a new file.
            let before = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
            try Self.save([Self.anna, Self.carla], to: file)
            #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int == before)
            #expect(await Self.check(Self.typed, index) == ["a0", "c0"])
            #expect(await index.cache.reads == 3)
        }
    }

    @Test func aRemovedIndexWarnsOfNothingUntilOneIsMadeAgain() async throws {
        try await Self.withIndex { file, index in
            #expect(await Self.check(Self.typed, index) == [], "no index yet: no warning, no error")
            try Self.save([Self.anna], to: file)
            #expect(await Self.check(Self.typed, index) == ["a0"])
            try FileManager.default.removeItem(atPath: file.path)
            #expect(await Self.check(Self.typed, index) == [], "a removed index is not answered from memory")
            try Self.save([Self.bruno], to: file)
            #expect(await Self.check(Self.typed, index) == ["b0"])
            #expect(await index.cache.reads == 2)
        }
    }

    @Test func checksAskedAtOnceShareOneRead() async throws {
        try await Self.withIndex { file, index in
            try Self.save([Self.anna, Self.bruno, Self.carla], to: file)
            async let first = Self.check(Self.typed, index)
            async let second = Self.check(Self.typed, index)
            async let third = Self.check(Self.typed, index)
            let answers = await [first, second, third]
            #expect(answers == Array(repeating: ["a0", "b0", "c0"], count: 3))
            #expect(await index.cache.reads == 1)
        }
    }

    /// Once no check has asked for a while the lookup is let go, and the next check reads the
    /// file again and answers as before.
    @Test func anIdleLookupIsLetGoAndReadAgainWhenAsked() async throws {
        try await Self.withIndex { file, _ in
            try Self.save([Self.anna, Self.bruno], to: file)
            // That it is held meanwhile is `anUnchangedIndexIsReadOnceAndANewOneByTheNextCheck`
            // (with the default two minutes); here only the letting go, which a loaded machine can
            // only delay.
            let cache = DuplicateIndexCache(file: file, keepFor: .milliseconds(200))
            let entry = DuplicateEntry(lead: Self.typed)
            #expect(await cache.current()?.matches(for: entry).map(\.entry.id).sorted() == ["a0", "b0"])
            #expect(await cache.reads == 1)
            let deadline = ContinuousClock.now + .seconds(30)
            while await cache.isHolding, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
            #expect(await !cache.isHolding, "let go after keepFor without a check")
            #expect(await cache.current()?.matches(for: entry).map(\.entry.id).sorted() == ["a0", "b0"])
            #expect(await cache.reads == 2)
        }
    }

    /// The ids the form would be told of for `lead`, sorted.
    static func check(_ lead: Lead, _ index: BrowserDuplicateIndex) async -> [String] {
        guard case .duplicateMatches(_, let matches)? = await EffectRunner.duplicateResult(of: .lookUpDuplicates(requestID: 1, lead: lead), index)
        else { return ["no answer"] }
        return matches.map(\.entry.id).sorted()
    }

    static func save(_ leads: [Lead], to file: DuplicateIndexFile) throws {
        try file.save(DuplicateIndexFile.Contents(entries: leads.map(DuplicateIndexFile.entry), mark: 1_700_000_000_000))
    }

    /// An index file in a home of its own and the browser's source over it. The client is never
    /// asked: the form's checks read only the file.
    static func withIndex(_ body: (DuplicateIndexFile, BrowserDuplicateIndex) async throws -> Void) async throws {
        let home = NSTemporaryDirectory() + "leads-index-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = DuplicateIndexFile(baseURL: "http://127.0.0.1:1", projectID: "p", environment: ["XDG_CACHE_HOME": home])
        try await HTTPLeadsClient.with(ClientConfiguration(baseURL: "http://127.0.0.1:1", projectID: "p", credentials: .none)) { client in
            try await body(file, BrowserDuplicateIndex(api: client, file: file))
        }
    }
}
