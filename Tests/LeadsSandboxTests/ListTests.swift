import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// `GET /leads`: paging, sorting, filters and full-text search with the real server's semantics.
@Suite struct ListTests {
    static let people: [[String: JSONValue]] = [
        ["fullname": "John Smith", "email": "john@example.com", "tags": ["vip", "lead/hot"]],
        ["fullname": "Johnny Walker", "email": "walker@example.org", "tags": ["vip"]],
        ["fullname": "José Álvarez", "email": "jose@example.es", "tags": ["b2b"]],
        ["fullname": "Мария Иванова", "email": "maria@example.ru"],
        ["fullname": "Ada Lovelace", "email": "Ada@Example.com"],
        ["fullname": "", "email": "anonymous@example.com"],
        ["fullname": "No Email"],
    ]

    @Test func pagesCountFromZeroWithTheTotalInCount() async throws {
        try await SandboxHarness.with { sandbox in
            for person in Self.people { _ = try await sandbox.makeLead(person) }
            let first = try #require(try await sandbox.leads(.GET, "?limit=3").page)
            #expect(first.perPage == 3)
            #expect(first.count == 7)
            #expect(first.leads.count == 3)
            let third = try #require(try await sandbox.leads(.GET, "?limit=3&page=2").page)
            #expect(third.leads.count == 1)
            let all = try #require(try await sandbox.leads(.GET, "?limit=0").page)
            #expect(all.leads.count == 7)
            // Default: 40 a page, newest first.
            let defaults = try #require(try await sandbox.leads(.GET).page)
            #expect(defaults.perPage == 40)
            #expect(defaults.leads.first?.fullname == "No Email")
            let pages = try await [0, 1, 2].asyncMap { try await sandbox.leads(.GET, "?limit=3&page=\($0)").page?.leads.map(\.id) ?? [] }
            #expect(Set(pages.flatMap { $0 }).count == 7, "pages overlap or miss leads")
        }
    }

    @Test func sortsByAnyFieldEitherWayAndIgnoresTheDocsSortField() async throws {
        try await SandboxHarness.with { sandbox in
            for person in Self.people { _ = try await sandbox.makeLead(person) }
            let ascending = try #require(try await sandbox.leads(.GET, "?sort=fullname&direction=1&with_fullname=true").page)
            #expect(ascending.leads.map { $0.fullname ?? "" } == ["", "Ada Lovelace", "John Smith", "Johnny Walker", "José Álvarez", "No Email", "Мария Иванова"])
            let descending = try #require(try await sandbox.leads(.GET, "?sort=fullname&direction=-1&with_fullname=true").page)
            #expect(descending.leads.map { $0.fullname ?? "" } == ascending.leads.map { $0.fullname ?? "" }.reversed())
            // The public docs' `sortField` is not read by routes/lead.js: the list stays newest first.
            let docs = try #require(try await sandbox.leads(.GET, "?sortField=fullname&direction=1").page)
            let byCreation = try #require(try await sandbox.leads(.GET, "?direction=1").page)
            #expect(docs.leads.map(\.id) == byCreation.leads.map(\.id))
            #expect(docs.leads.first?.fullname == "John Smith")
            #expect(try await sandbox.leads(.GET, "?sortField=__proto__").status == 200)
        }
    }

    @Test func filtersByExactEmailTagAndPresence() async throws {
        try await SandboxHarness.with { sandbox in
            for person in Self.people { _ = try await sandbox.makeLead(person) }
            #expect(try await sandbox.leads(.GET, "?email=Ada@Example.com").page?.count == 1)
            #expect(try await sandbox.leads(.GET, "?email=ada@example.com").page?.count == 0, "email match is case-sensitive")
            #expect(try await sandbox.leads(.GET, "?tags=vip").page?.count == 2)
            #expect(try await sandbox.leads(.GET, "?tags=lead%2Fhot").page?.leads.map(\.fullname) == ["John Smith"])
            #expect(try await sandbox.leads(.GET, "?with_email=true").page?.count == 6)
            // As routes/lead.js reads them: any non-empty value is "on" (even false), and "on"
            // means the field exists — the anonymous lead's empty name exists.
            #expect(try await sandbox.leads(.GET, "?with_email=false").page?.count == 6)
            #expect(try await sandbox.leads(.GET, "?with_email=").page?.count == 7)
            #expect(try await sandbox.leads(.GET, "?with_fullname=true").page?.count == 7)
            #expect(try await sandbox.leads(.GET, "?with_fullname=0").page?.count == 7)
            // with_email replaces an email filter.
            #expect(try await sandbox.leads(.GET, "?email=nobody@example.com&with_email=1").page?.count == 6)
        }
    }

    @Test func fullTextMatchesWholeWordsOfNameAndEmailOnly() async throws {
        try await SandboxHarness.with { sandbox in
            for person in Self.people { _ = try await sandbox.makeLead(person) }
            func names(_ query: String) async throws -> Set<String> {
                Set(try await sandbox.leads(.GET, "?full_text=\(query)").page?.leads.compactMap(\.fullname) ?? [])
            }
            #expect(try await names("john") == ["John Smith"])
            #expect(try await names("jo").isEmpty, "a prefix is not a word")
            #expect(try await names("JOSE") == ["José Álvarez"], "case and accents do not matter")
            #expect(try await names("%D0%9C%D0%B0%D1%80%D0%B8%D1%8F") == ["Мария Иванова"])
            #expect(try await names("walker+lovelace") == ["Johnny Walker", "Ada Lovelace"], "words are ORed")
            #expect(try await names("example") .count == 6, "email words are searched")
            #expect(try await names("vip").isEmpty, "tags are not searched")
            // Language none: no stemming ("mari" is not "Mary", "walk" is not "Walker"), no stop words.
            #expect(try await names("mari").isEmpty)
            #expect(try await names("walk").isEmpty)
            #expect(try await names("smiths").isEmpty)
            // A word of an address is a word: MongoDB splits at punctuation, in the text and the query.
            #expect(try await names("walker.example") .count == 6, "OR of walker and example")
            // A quoted phrase must be present (every phrase: they are ANDed); -word excludes.
            #expect(try await names("%22john%20smith%22") == ["John Smith"])
            #expect(try await names("%22smith%20john%22").isEmpty, "a phrase keeps its order")
            #expect(try await names("%22john%20smith%22+%22walker%22").isEmpty, "two phrases must both be there")
            #expect(try await names("%22example%22+%22john%22") == ["John Smith"])
            // Beside a phrase, loose words decide nothing (MongoDB, SERVER-30163): every lead
            // with the phrase, with or without them; none without it.
            #expect(try await names("%22example%22+john").count == 6)
            #expect(try await names("%22lovelace%22+walker") == ["Ada Lovelace"])
            #expect(try await names("%22example%22+-john").count == 5, "an exclusion still applies beside a phrase")
            #expect(try await names("john+johnny+-walker") == ["John Smith"])
            #expect(try await names("-john").isEmpty, "only an exclusion matches nothing")
            #expect(try await names("ALVAREZ") == ["José Álvarez"])
            // No relevance order: the list keeps its sort field's order (newest first by default).
            let ranked = try await sandbox.leads(.GET, "?full_text=john+johnny+john+smith&direction=1").page?.leads.compactMap(\.fullname)
            #expect(ranked == ["John Smith", "Johnny Walker"])
            #expect(try await sandbox.leads(.GET, "?full_text=john&limit=1").page?.count == 1)
            // FTS syntax in the input is searched for, never interpreted.
            for hostile in ["%22", "NEAR(", "john*", "fullname:john", "(", "-", "%27%20OR%201%3D1"] {
                #expect(try await sandbox.leads(.GET, "?full_text=\(hostile)").status == 200, "\(hostile)")
            }
        }
    }

    @Test func theTrashIsListedWithStatus1000() async throws {
        try await SandboxHarness.with { sandbox in
            let kept = try await sandbox.makeLead(["fullname": "Kept"])
            let trashed = try await sandbox.makeLead(["fullname": "Trashed"])
            _ = try await sandbox.leads(.DELETE, "/\(trashed.id)")
            #expect(try await sandbox.leads(.GET).page?.leads.map(\.id) == [kept.id])
            #expect(try await sandbox.leads(.GET, "?status=1000").page?.leads.map(\.id) == [trashed.id])
        }
    }

    @Test func malformedParametersAre400WithAMessage() async throws {
        try await SandboxHarness.with { sandbox in
            for query in ["page=-1", "page=x", "limit=-5", "limit=ten", "direction=2", "direction=up", "status=7", "status=x",
                          "sort=password"] {
                let reply = try await sandbox.leads(.GET, "?" + query)
                #expect(reply.status == 400, "\(query)")
                #expect(reply.json?.objectValue?["msg"]?.stringValue?.isEmpty == false, "\(query)")
            }
        }
    }

    @Test func injectionAttemptsInParametersChangeNothingAndLeakNothing() async throws {
        try await SandboxHarness.with { sandbox in
            for person in Self.people { _ = try await sandbox.makeLead(person) }
            let attempts = ["email=%27%20OR%20%271%27%3D%271", "tags=x%27%29%20OR%201%3D1--", "email%5B%24ne%5D=x",
                            "full_text=%27%29%3B%20DROP%20TABLE%20leads%3B--", "sort=fullname%3B%20DROP%20TABLE%20leads"]
            for attempt in attempts {
                let reply = try await sandbox.leads(.GET, "?" + attempt)
                #expect(reply.status == 200 || reply.status == 400, "\(attempt)")
                #expect((reply.page?.count ?? 0) <= 7)
                #expect(reply.page?.count != 7 || attempt.hasPrefix("email%5B"), "\(attempt) matched everything")
            }
            #expect(try await sandbox.leads(.GET).page?.count == 7)
        }
    }

    @Test func injectionAttemptsInBodyFieldsAndIdsAreStoredAsTextOrRefused() async throws {
        try await SandboxHarness.with { sandbox in
            for person in Self.people { _ = try await sandbox.makeLead(person) }
            let hostile = ["x'); DROP TABLE leads;--", "' OR '1'='1", "\"; DELETE FROM leads; --", "Robert'); UPDATE leads SET status=1000;--"]
            for text in hostile {
                let made = try await sandbox.makeLead(["fullname": .string(text), "email": .string("a@b.c"), "lead_id": .string(text)])
                #expect(made.fullname == text, "stored as typed")
                let body = String(decoding: try JSONEncoder().encode(["company": text, "city": text]), as: UTF8.self)
                let changed = try await sandbox.leads(.PUT, "/\(made.id)", body: body)
                #expect(changed.lead?.company == text && changed.lead?.city == text)
                let tagged = try await sandbox.leads(.PUT, "/\(made.id)/tag", body: String(decoding: try JSONEncoder().encode([text]), as: UTF8.self))
                #expect(tagged.lead?.tags == [text])
                let byID = try await sandbox.leads(.GET, "/" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                #expect(byID.status == 404 || byID.status == 400, "an id made of SQL finds nothing")
            }
            // Every earlier lead is still there, untouched, and only the new ones were added.
            let all = try await sandbox.leads(.GET, "?limit=100").page
            #expect(all?.count == 7 + hostile.count)
            #expect(all?.leads.allSatisfy { $0.status == 100 } == true)
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
