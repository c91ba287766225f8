import Foundation
import LeadsTestSupport
import Testing
import TiledeskLeads

/// Views in a real terminal: `1` switches to the first view of config.toml and the list
/// changes; the view is there again at the next start; a view shared with `s` in the picker is a
/// segment on the sandbox that another process reads back and applies.
@Suite(.serialized) struct ViewEndToEndTests {
    /// Writes config.toml (mode 0600, as `leads login` does) into the world's config home.
    static func writeConfig(_ world: EndToEndWorld, _ text: String) throws {
        let directory = world.home + "/config/leads"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: directory + "/config.toml", contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]))
    }

    static let config = """
        [[views]]
        name = "Viewtag people"
        tag = "e2e-viewtag"
        sort = "fullname"
        direction = "asc"
        columns = ["fullname", "email", "tags"]
        """

    @Test func oneSwitchesToTheFirstViewAndItIsThereAtTheNextStart() async throws {
        try await EndToEndWorld.with { world in
            try await world.withClient { client in
                // Newest first by default, so the view's name order is visible as a change.
                _ = try await client.create(Lead(fullname: "Aa Viewtag First", email: "aa@example.com", tags: ["e2e-viewtag"]))
                _ = try await client.create(Lead(fullname: "Zz Viewtag Second", email: "zz@example.com", tags: ["e2e-viewtag"]))
            }
            try Self.writeConfig(world, Self.config)
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("1")
            let switched = try await run.waitFor(" 1 of 2")
            #expect(switched.contains("Viewtag people · Leads · tag: e2e-viewtag · sorted by Fullname ↑"))
            let rows = switched.split(separator: "\n").map(String.init)
            let first = try #require(rows.firstIndex { $0.contains("Aa Viewtag First") })
            let second = try #require(rows.firstIndex { $0.contains("Zz Viewtag Second") })
            #expect(first < second, "sorted by name, ascending")
            #expect(!switched.contains("Phone"), "the view's columns replace the default ones")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)

            let again = try world.start()
            defer { again.stop() }
            let reopened = try await again.waitFor(" 1 of 2")
            #expect(reopened.contains("Viewtag people · Leads"), "the view in use at quit is the one at the next start")
            try again.tmux.send("q")
            #expect(try await again.waitForExit() == 0)
        }
    }

    @Test func aViewSharedInThePickerRoundTripsThroughTheSandboxSegments() async throws {
        try await EndToEndWorld.with { world in
            try await world.withClient { client in
                _ = try await client.create(Lead(fullname: "Shared Viewtag Lead", tags: ["e2e-viewtag"]))
            }
            try Self.writeConfig(world, Self.config)
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("v")
            try await run.waitFor("1 Viewtag people")
            try run.tmux.send("s")
            try await run.waitFor("Shared Viewtag people on the server")
            // The picker stays open (the shared copy joins it); Esc closes it, q quits.
            try await run.waitFor("2 Viewtag people — tags = \"e2e-viewtag\" (shared)")
            try run.tmux.send("Escape")
            try await run.tmux.waitUntil("the picker to close") { !$0.contains("(shared)") }
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)

            // Another process, with no config.toml of its own, finds the view on the server.
            let segments = try await world.withClient { try await $0.listSegments() }
            #expect(segments.map(\.name) == ["Viewtag people"])
            #expect(segments.first?.filters == [SegmentFilter(field: "tags", .equal, "e2e-viewtag")])
            var other = world.environment
            other["XDG_CONFIG_HOME"] = world.home + "/other-config"
            other["XDG_STATE_HOME"] = world.home + "/other-state"
            let listed = try Spawn.run([LeadsBinary.path, "list", "--view", "Viewtag people", "--json"], environment: other)
            guard case .array(let leads) = try JSONValue.parse(listed) else { Issue.record("not a JSON array: \(listed)"); return }
            #expect(leads.compactMap { $0.objectValue?["fullname"]?.stringValue } == ["Shared Viewtag Lead"])

            // And in its browser the shared view is in the picker, marked, and applies.
            let second = try world.start(extraEnvironment: ["XDG_CONFIG_HOME": other["XDG_CONFIG_HOME"]!, "XDG_STATE_HOME": other["XDG_STATE_HOME"]!])
            defer { second.stop() }
            try await second.waitFor(" 1 of \(total)")
            try second.tmux.send("v")
            try await second.waitFor("1 Viewtag people — tags = \"e2e-viewtag\" (shared)")
            try second.tmux.send("Enter")
            // " 1 of 1" alone would also match the whole list's " 1 of 117" before Enter is read,
            // and the view's title shows before its first page has come.
            let applied = try await second.tmux.waitUntil("the shared view's one lead") { screen in
                screen.contains("Viewtag people (shared) · Leads") && screen.split(separator: "\n").contains { $0.hasSuffix(" 1 of 1") }
            }
            #expect(applied.contains("Shared Viewtag"))
            try second.tmux.send("q")
            #expect(try await second.waitForExit() == 0)
        }
    }
}
