import Foundation
import Testing
import TiledeskLeads
@testable import leads

/// `leads view save/list/delete` and `list`/`export --view` through the built binary, against
/// the sandbox: a local view in config.toml, and a shared one that another user's process reads.
@Suite(.serialized) struct ViewCommandTests {
    static func names(_ json: String) -> [String] {
        guard case .array(let leads)? = try? JSONValue.parse(json) else { return [] }
        return leads.compactMap { $0.objectValue?["fullname"]?.stringValue }
    }

    static func people(_ sandbox: CLISandbox) async throws {
        try await sandbox.withClient { client in
            _ = try await client.create(Lead(fullname: "Bea Vip", tags: ["vip"]))
            _ = try await client.create(Lead(fullname: "Al Vip", tags: ["vip", "eu"]))
            _ = try await client.create(Lead(fullname: "Cid Plain", tags: ["eu"]))
        }
    }

    @Test func aSavedViewListsAndExportsItsQueryInItsOrder() async throws {
        try await CLISandbox.with { sandbox in
            try await Self.people(sandbox)
            let saved = try await sandbox.leads("view", "save", "VIP", "--tag", "vip", "--sort", "fullname", "--asc", "--columns", "fullname,tags")
            #expect(saved.code == 0, "\(saved.stderr)")
            let config = try String(contentsOfFile: sandbox.configPath, encoding: .utf8)
            #expect(config.contains("[[views]]") && config.contains("name = 'VIP'") && config.contains("tag = 'vip'"), "\(config)")

            let listed = try await sandbox.leads("list", "--view", "VIP", "--json")
            #expect(listed.code == 0, "\(listed.stderr)")
            #expect(Self.names(listed.stdout) == ["Al Vip", "Bea Vip"])
            let reversed = try await sandbox.leads("list", "--view", "VIP", "--desc", "--json")
            #expect(Self.names(reversed.stdout) == ["Bea Vip", "Al Vip"], "a flag beside --view wins")
            let exported = try await sandbox.leads("export", "--view", "VIP", "--json")
            #expect(Self.names(exported.stdout) == ["Al Vip", "Bea Vip"])

            let views = try await sandbox.leads("view", "list", "--local")
            #expect(views.stdout == "1\tVIP\ttag vip · sorted by Fullname ↑ · Name/Tags\n")
            let unknown = try await sandbox.leads("list", "--view", "Nope")
            #expect(unknown.code == 3)
            #expect(unknown.stderr.contains("no view named Nope in config.toml or on the server; local views: VIP"), "\(unknown.stderr)")

            #expect(try await sandbox.leads("view", "delete", "VIP").code == 0)
            #expect(try await sandbox.leads("view", "list", "--local").stderr.contains("no views"))
        }
    }

    @Test func aSharedViewSavedByOneUserIsUsedByAnothersProcess() async throws {
        try await CLISandbox.with { sandbox in
            try await Self.people(sandbox)
            let shared = try await sandbox.leads("view", "save", "Team EU", "--tag", "eu", "--shared")
            #expect(shared.code == 0, "\(shared.stderr)")
            let id = shared.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(id.count == 24)
            #expect(!FileManager.default.fileExists(atPath: sandbox.configPath), "a shared view is kept on the server only")

            let agent = sandbox.environment(user: CLISandbox.agent)
            let listed = try await sandbox.leads("list", "--view", "Team EU", "--sort", "fullname", "--asc", "--json", environment: agent)
            #expect(listed.code == 0, "\(listed.stderr)")
            #expect(Self.names(listed.stdout) == ["Al Vip", "Cid Plain"])
            let views = try await sandbox.leads("view", "list", environment: agent)
            #expect(views.stdout == "1\tTeam EU\ttags = \"eu\" (shared)\n")

            // Saving again under the same name updates the segment rather than adding one.
            #expect(try await sandbox.leads("view", "save", "Team EU", "--tag", "vip", "--shared").stdout.hasPrefix(id))
            #expect(Self.names(try await sandbox.leads("list", "--view", "Team EU", "--json", environment: agent).stdout).sorted() == ["Al Vip", "Bea Vip"])
            #expect(try await sandbox.leads("view", "delete", "Team EU", "--shared").code == 0)
            #expect(try await sandbox.leads("list", "--view", "Team EU", environment: agent).code == 3)
        }
    }

    @Test func whatASegmentCannotHoldIsRefusedNotDropped() async throws {
        try await CLISandbox.with { sandbox in
            let search = try await sandbox.leads("view", "save", "S", "--search", "acme", "--shared")
            #expect(search.code == 2)
            #expect(search.stderr.contains("cannot share S: the search “acme” cannot be shared: a segment compares one field at a time"), "\(search.stderr)")
            let trash = try await sandbox.leads("view", "save", "T", "--trash", "--shared")
            #expect(trash.code == 2)
            #expect(trash.stderr.contains("a view of the trash cannot be shared"))
            let sort = try await sandbox.leads("view", "save", "O", "--tag", "x", "--sort", "fullname", "--shared")
            #expect(sort.code == 2)
            #expect(sort.stderr.contains("cannot share O: the sort stays local"), "\(sort.stderr)")
            #expect(try await sandbox.withClient { try await $0.listSegments() }.isEmpty)
        }
    }
}
