import Foundation
import LeadsSandbox
import LeadsTestSupport
import Testing
import TiledeskLeads

/// The client against `leads serve` over real HTTP: every route, every query parameter.
@Suite struct HTTPLeadsClientTests {
    @Test func listSendsEveryQueryParameter() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                _ = try await client.create(Lead(fullname: "Anna Bianchi", email: "anna@example.com", tags: ["vip"]))
                _ = try await client.create(Lead(fullname: "Carlo Rossi", email: "carlo@example.com"))
                let nameless = try await client.create(Lead(email: "x@example.com"))
                _ = try await client.create(Lead(fullname: "No Mail"))
                _ = try await client.trash(id: nameless.id)

                let all = try await client.list(LeadQuery(sort: .fullname, direction: .ascending))
                #expect(all.count == 3)
                #expect(all.leads.map(\.fullname) == ["Anna Bianchi", "Carlo Rossi", "No Mail"])
                let descending = try await client.list(LeadQuery(sort: .fullname, direction: .descending))
                #expect(descending.leads.first?.fullname == "No Mail")

                let second = try await client.list(LeadQuery(page: 1, limit: 2, sort: .fullname, direction: .ascending))
                #expect(second.perPage == 2 && second.count == 3 && second.pageCount == 2)
                #expect(second.leads.map(\.fullname) == ["No Mail"])

                #expect(try await client.list(LeadQuery(fullText: "rossi")).leads.map(\.fullname) == ["Carlo Rossi"])
                #expect(try await client.list(LeadQuery(fullText: "ross")).leads.isEmpty, "whole words only")
                #expect(try await client.list(LeadQuery(email: "anna@example.com")).leads.map(\.fullname) == ["Anna Bianchi"])
                #expect(try await client.list(LeadQuery(tag: "vip")).leads.map(\.fullname) == ["Anna Bianchi"])
                #expect(try await client.list(LeadQuery(trash: true)).leads.map(\.id) == [nameless.id])
                #expect(try await client.list(LeadQuery(withEmail: true)).count == 2)
                #expect(try await client.list(LeadQuery(withFullname: true)).count == 3)
            }
        }
    }

    @Test func createKeepsEveryFieldPostWouldDrop() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                let typed = Lead(
                    fullname: "Zoë Ångström", email: "zoe@example.com", phone: "+39 0123 456", company: "ACME", note: "line 1\nline 2",
                    streetAddress: "Via Roma 1", city: "Roma", region: "Lazio", zipcode: "00144", country: "IT", tags: ["vip", "a/b"],
                    attributes: ["plan": "pro", "seats": 12, "nested": ["ok": true]], properties: ["tier": "gold"])
                let created = try await client.create(typed)
                let read = try await client.get(id: created.id)
                for field in LeadField.allCases { #expect(read[field] == typed[field], "\(field)") }
                #expect(read.tags == typed.tags)
                #expect(read.attributes == typed.attributes)
                #expect(read.properties == typed.properties)
                #expect(read.leadID?.isEmpty == false, "the client set a lead_id")
                #expect(read == created)
            }
        }
    }

    @Test func weirdIdsAndTagsArriveAsOneValue() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                let lead = try await client.create(Lead(fullname: "Tagged"))
                let tags = ["a/b", "what?", "#1", "two words", "100%", "a+b", "x&y=z", "ünï"]
                let tagged = try await client.addTags(id: lead.id, tags: tags)
                #expect(tagged.tags == tags)
                for tag in tags {
                    #expect(try await client.list(LeadQuery(tag: tag)).leads.map(\.id) == [lead.id], "\(tag)")
                }
                let removed = try await client.removeTag(id: lead.id, tag: "a/b")
                #expect(removed.tags == Array(tags.dropFirst()))
                #expect(try await client.removeTag(id: lead.id, tag: "two words").tags.contains("two words") == false)

                let error = await #expect(throws: APIError.self) { try await client.get(id: "../x?y#z w") }
                #expect(error?.kind == .invalid)
                #expect(error?.message.contains("../x?y#z w") == true, "the server saw the whole id as one segment: \(String(describing: error))")
            }
        }
    }

    @Test func updateSendsOnlyTheChange() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                let lead = try await client.create(
                    Lead(fullname: "Old Name", email: "o@example.com", phone: "111", tags: ["a", "b"], attributes: ["k1": 1, "k2": "two"]))
                // Someone else changes the phone and an attribute meanwhile.
                _ = try await client.update(id: lead.id, change: LeadChange(fields: [.phone: "222"], attributesMerge: ["k2": "TWO"]))

                var mine = lead
                mine.fullname = "New Name"
                mine.company = "ACME"
                mine.email = ""
                mine.tags = ["b", "c"]
                mine.attributes = ["k1": 1, "k2": "two", "k3": ["x": [1, 2]]]
                let change = LeadChange.between(lead, mine)
                let saved = try await client.update(id: lead.id, change: change)
                #expect(saved.fullname == "New Name")
                #expect(saved.company == "ACME")
                #expect(saved.email == "", "an empty string clears the field")
                #expect(saved.phone == "222", "a field this change did not touch keeps the other writer's value")
                #expect(saved.tags == ["b", "c"])
                #expect(saved.attributes == ["k1": 1, "k2": "TWO", "k3": ["x": [1, 2]]], "attributes merged, not replaced")
                #expect(try await client.get(id: lead.id) == saved)

                var dropped = saved
                dropped.attributes = ["k1": 1]
                let replaced = try await client.update(id: lead.id, change: LeadChange.between(saved, dropped))
                #expect(replaced.attributes == ["k1": 1], "a removed key needs a replace")
                #expect(try await client.update(id: lead.id, change: LeadChange()) == replaced)
            }
        }
    }

    @Test func mergesAttributesAndProperties() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                let lead = try await client.create(Lead(fullname: "M", attributes: ["a": 1]))
                #expect(try await client.mergeAttributes(id: lead.id, ["b": [true, nil]]).attributes == ["a": 1, "b": [true, nil]])
                #expect(try await client.mergeProperties(id: lead.id, ["p": "q"]).properties == ["p": "q"])
                #expect(try await client.mergeProperties(id: lead.id, ["r": 2]).properties == ["p": "q", "r": 2])
            }
        }
    }

    @Test func trashRestoreAndDeleteForever() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                let lead = try await client.create(Lead(fullname: "Bin"))
                #expect(try await client.trash(id: lead.id).isTrashed)
                #expect(try await client.list(LeadQuery()).count == 0)
                #expect(try await client.restore(id: lead.id).status == LeadStatus.normal)
                #expect(try await client.list(LeadQuery()).count == 1)
                try await sandbox.withClient(.basic(email: SandboxHarness.agent.email, password: SandboxHarness.agent.password)) { agent in
                    let error = await #expect(throws: APIError.self) { try await agent.deleteForever(id: lead.id) }
                    #expect(error?.kind == .forbidden && error?.status == 403)
                }
                try await client.deleteForever(id: lead.id)
                let gone = await #expect(throws: APIError.self) { try await client.get(id: lead.id) }
                #expect(gone?.kind == .notFound && gone?.message == "Object not found.")
            }
        }
    }

    @Test func writesToAGoneLeadNeverRecreateIt() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            try await sandbox.withClient { (client: HTTPLeadsClient) async throws -> Void in
                let unknown = "0123456789abcdef01234567"
                let writes: [@Sendable () async throws -> Void] = [
                    { _ = try await client.update(id: unknown, change: LeadChange(fields: [.fullname: "Orphan"])) },
                    { _ = try await client.trash(id: unknown) },
                    { _ = try await client.restore(id: unknown) },
                ]
                for write in writes {
                    let error = await #expect(throws: APIError.self) { try await write() }
                    #expect(error?.kind == .notFound)
                }
                let normal = try await client.list(LeadQuery()).count
                let trashed = try await client.list(LeadQuery(trash: true)).count
                #expect(normal == 0 && trashed == 0, "nothing was created")
            }
        }
    }

    /// The real server reads `sort` and ignores the public docs' `sortField` (the list would stay
    /// newest first): every list and CSV request the client makes, for every sort field and
    /// filter, says `sort=` and never `sortField`, as the server saw it in its request log.
    @Test func theClientSendsSortAndNeverTheDocsSortField() async throws {
        try await SandboxHarness.with(projects: [SandboxHarness.projectA]) { sandbox in
            try await sandbox.withClient { client in
                _ = try await client.create(Lead(fullname: "Sort Me", email: "sort@example.com"))
                for field in LeadSortField.allCases {
                    for direction in [SortDirection.ascending, .descending] {
                        let query = LeadQuery(limit: 5, sort: field, direction: direction, fullText: "sort", withEmail: true)
                        _ = try await client.list(query)
                        _ = try await client.exportCSV(query)
                    }
                }
            }
            let reads = try LiveRequestLog(path: sandbox.requestLogPath).entries.filter { $0.method == "GET" && $0.target.contains("/leads") }
            #expect(reads.count == LeadSortField.allCases.count * 4)
            for entry in reads {
                #expect(!entry.target.lowercased().contains("sortfield"), "\(entry.target)")
                #expect(entry.target.contains("sort="), "\(entry.target)")
            }
        }
    }

    @Test func serverCSVExport() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                _ = try await client.create(Lead(fullname: "Csv Person", email: "csv@example.com", phone: "+39 011"))
                let csv = String(decoding: try await client.exportCSV(LeadQuery()), as: UTF8.self)
                #expect(csv.hasPrefix("\"_id\";\"lead_id\";\"fullname\""))
                #expect(csv.contains("\"Csv Person\";\"csv@example.com\";\"+39 011\""))
            }
        }
    }
}
