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
        }
    }
}
