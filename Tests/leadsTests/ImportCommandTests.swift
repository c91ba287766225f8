import Foundation
import Testing
import TiledeskLeads

/// `leads import`: creates, matches, reports bad records by place, and `--dry-run` changes nothing.
@Suite struct ImportCommandTests {
    @Test func ndjsonCreatesGoodRecordsAndReportsBadOnesByLine() async throws {
        try await CLISandbox.with { sandbox in
            let file = sandbox.home + "/in.ndjson"
            try """
                {"fullname":"Ada","email":"ada@example.com","phone":"+44 020","tags":["x"],"attributes":{"n":1}}
                not json
                {"fullname":"Bob","attributes":[1]}

                {"email":"cy@example.com","zipcode":"00144"}
                {"email":"no-at-sign"}
                """.write(toFile: file, atomically: true, encoding: .utf8)

            let dry = try await sandbox.leads("import", file, "--dry-run")
            #expect(dry.code == 1)
            #expect(dry.stdout.contains("would create 2"))
            #expect(try await sandbox.withClient { try await $0.list(LeadQuery()).count } == 0, "a dry run changes nothing")

            let result = try await sandbox.leads("import", file)
            #expect(result.code == 1, "some records failed")
            #expect(result.stdout.contains("created 2") && result.stdout.contains("failed 3"))
            #expect(result.stderr.contains("line 2: not valid JSON"))
            #expect(result.stderr.contains("line 3: attributes must be a JSON object"))
            #expect(result.stderr.contains("line 6: email no-at-sign has no @"))
            let leads = try await sandbox.withClient { try await $0.list(LeadQuery(sort: .email, direction: .ascending)).leads }
            #expect(leads.map(\.email) == ["ada@example.com", "cy@example.com"])
            #expect(leads[0].phone == "+44 020" && leads[0].tags == ["x"] && leads[0].attributes == ["n": 1])
            #expect(leads[1].zipcode == "00144")
        }
    }

    @Test func anExportedCSVImportsBackMatchedByLeadIDWithoutDuplicates() async throws {
        try await CLISandbox.with { sandbox in
            try await sandbox.withClient { client in
                _ = try await client.create(Lead(fullname: "One", phone: "+1 1", tags: ["a"], attributes: ["k": ["deep": true]]))
                _ = try await client.create(Lead(fullname: "Two", zipcode: "0042"))
            }
            let file = sandbox.home + "/leads.csv"
            #expect(try await sandbox.leads("export", "--output", file).code == 0)
            var text = try String(contentsOfFile: file, encoding: .utf8)
            text = text.replacingOccurrences(of: ",One,", with: ",One Renamed,")
            try text.write(toFile: file, atomically: true, encoding: .utf8)

            let result = try await sandbox.leads("import", file, "--match", "lead_id")
            #expect(result.code == 0, "\(result.stderr)")
            #expect(result.stdout.contains("created 0, updated 1, unchanged 1, failed 0"))
            let leads = try await sandbox.withClient { try await $0.list(LeadQuery(sort: .fullname, direction: .ascending)).leads }
            #expect(leads.map(\.fullname) == ["One Renamed", "Two"])
            #expect(leads[0].attributes == ["k": ["deep": true]] && leads[1].zipcode == "0042")
        }
    }

    @Test func semicolonCSVIsDetectedAndEmailMatchUpdates() async throws {
        try await CLISandbox.with { sandbox in
            let existing = try await sandbox.withClient { try await $0.create(Lead(fullname: "Old", email: "m@example.com", tags: ["keep"])) }
            let file = sandbox.home + "/in.csv"
            try "\"fullname\";\"email\";\"tags\"\r\n\"New; Name\";\"m@example.com\";\"vip, b2b\"\r\n\"Fresh\";\"f@example.com\";\r\n"
                .write(toFile: file, atomically: true, encoding: .utf8)
            let result = try await sandbox.leads("import", file, "--match", "email")
            #expect(result.code == 0, "\(result.stderr)")
            #expect(result.stdout.contains("created 1, updated 1"))
            let updated = try await sandbox.withClient { try await $0.get(id: existing.id) }
            #expect(updated.fullname == "New; Name")
            #expect(updated.tags == ["keep", "vip", "b2b"], "an import adds tags, it does not erase")
        }
    }
}
