import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// `GET /leads/csv`: the real server's layout, with strings kept as strings.
@Suite struct CSVExportTests {
    @Test func exportsSemicolonSeparatedCRLFWithQuotedStrings() async throws {
        try await SandboxHarness.with { sandbox in
            _ = try await sandbox.makeLead([
                "fullname": #"Ada "the Countess" Lovelace"#, "email": "ada@example.com", "phone": "+44 020 7946",
                "zipcode": "01234", "note": "line one\nline; two", "tags": ["a", "b"], "attributes": ["secret": "not exported"],
            ])
            let trashed = try await sandbox.makeLead(["fullname": "Gone"])
            _ = try await sandbox.leads(.DELETE, "/\(trashed.id)")
            let reply = try await sandbox.leads(.GET, "/csv?status=1000")
            #expect(reply.status == 200)
            #expect(reply.contentType.hasPrefix("text/csv"))
            let rows = reply.text.components(separatedBy: "\r\n")
            #expect(rows.count >= 2)
            #expect(rows[0].hasPrefix(#""_id";"lead_id";"fullname";"email";"phone""#))
            #expect(!rows[0].contains("attributes"))
            #expect(reply.text.contains(#""Ada ""the Countess"" Lovelace""#))
            #expect(reply.text.contains(#""+44 020 7946""#), "a phone keeps its +")
            #expect(reply.text.contains(#""01234""#), "a zip code keeps its leading zero")
            #expect(reply.text.contains("\"line one\nline; two\""))
            #expect(!reply.text.contains("not exported"))
            #expect(!reply.text.contains("Gone"), "the trash is not exportable")
            #expect(reply.text.contains(";100;"), "numbers are bare")
            #expect(reply.text.hasSuffix("\r\n"), "csv-express ends every row, the last one too")
            // Kept from before: times in ISO form (createdAt, updatedAt), not Date.toString().
            let iso = #";"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z";"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z"\r\n"#
            #expect(reply.text.range(of: iso, options: .regularExpression) != nil, "\(reply.text)")
            #expect(!rows[0].contains("__v"), "find(query, '-attributes -__v')")
        }
    }

    /// What `routes/lead.js` reads for `/csv`: status < 1000 (temporary leads too), page, sort,
    /// direction, email and full_text; not tags, with_* or limit. Properties are exported.
    @Test func exportsEveryLeadOutOfTheTrashAndIgnoresListOnlyFilters() async throws {
        try await SandboxHarness.with { sandbox in
            let temporary = try await sandbox.makeLead(["fullname": "Temp Visitor", "status": 50])
            #expect(temporary.status == 50)
            let withProperties = try await sandbox.makeLead(["fullname": "Props Person", "email": "props@example.com"])
            _ = try await sandbox.leads(.POST, "/\(withProperties.id)/properties", body: #"{"plan":"gold"}"#)
            _ = try await sandbox.makeLead(["fullname": "Tagged", "tags": ["vip"]])
            let reply = try await sandbox.leads(.GET, "/csv?tags=nothing&with_email=true&limit=1")
            let rows = reply.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(rows.count == 4, "a header and three leads: \(reply.text)")
            #expect(reply.text.contains("Temp Visitor") && reply.text.contains(";50;"), "status 50 is exported")
            #expect(rows[0].contains(#""properties""#))
            #expect(reply.text.contains(#""{""plan"":""gold""}""#), "properties as JSON text")
            // email and full_text are read there.
            let byEmail = try await sandbox.leads(.GET, "/csv?email=props@example.com")
            #expect(byEmail.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
            let byText = try await sandbox.leads(.GET, "/csv?full_text=visitor")
            #expect(byText.text.contains("Temp Visitor") && !byText.text.contains("Tagged"))
        }
    }
}
