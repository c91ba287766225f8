import Foundation
import Testing
import LeadsTestSupport
import TiledeskLeads

/// The bulk commands at a shell, with stderr on a terminal as a user has it: the confirmation
/// that shows the count, a delete for good confirmed only by typing the count, the progress bar
/// on stderr, the summary line, and Ctrl-C stopping after the requests in flight.
@Suite(.serialized) struct BulkCommandEndToEndTests {
    /// Runs `leads ARGUMENTS` (and a shell redirection, if any) in a pane, stderr included. The
    /// shell catches SIGINT so Ctrl-C reaches `leads` without ending the shell before the status line.
    static func shell(_ world: EndToEndWorld, _ arguments: [String], redirect: String = "") throws -> TmuxSession {
        let command = ([LeadsBinary.path] + arguments).map(ProgramRun.quoted).joined(separator: " ") + redirect
        return try TmuxSession(command: "trap true INT; \(command); echo \"[leads exited $?]\"; exec cat > /dev/null", environment: world.environment)
    }

    static func tagged(_ world: EndToEndWorld, _ tag: String) async throws -> Int {
        try await world.withClient { try await $0.list(LeadQuery(limit: 1, tag: tag)).count }
    }

    @Test func onATerminalTheCountIsAskedThenAProgressBarAndASummaryFollow() async throws {
        try await EndToEndWorld.with { world in
            let total = try await world.visibleCount()
            let refused = try Self.shell(world, ["tag", "--where", "status=100", "+bulk-tty"])
            defer { refused.kill() }
            try await refused.waitFor("Tag \(total) leads? [y/N]")
            try refused.type("n")
            try refused.send("Enter")
            let no = try await refused.waitFor("[leads exited 1]")
            #expect(no.contains("nothing changed"))
            #expect(try await Self.tagged(world, "bulk-tty") == 0, "no is no")

            let run = try Self.shell(world, ["tag", "--where", "status=100", "+bulk-tty"])
            defer { run.kill() }
            try await run.waitFor("Tag \(total) leads? [y/N]")
            try run.type("y")
            try run.send("Enter")
            let screen = try await run.waitFor("[leads exited 0]")
            #expect(screen.contains("\(String(repeating: "█", count: 24)) \(total) of \(total)"), "the progress bar ends full:\n\(screen)")
            #expect(screen.contains("leads: tagged \(total) leads; read \(total) leads, \(total) matched; 0 failed"), "\(screen)")
            #expect(try await Self.tagged(world, "bulk-tty") == total)
        }
    }

    @Test func deleteForeverGoesOnlyWhenTheCountIsTyped() async throws {
        try await EndToEndWorld.with(seed: 20) { world in
            let two = try await world.withClient { try await $0.list(LeadQuery(limit: 2)).leads.map(\.id) }
            let file = world.home + "/two.txt"
            try (two.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let question = "Delete 2 leads for good? This cannot be undone. Type 2 to confirm:"
            let wrong = try Self.shell(world, ["delete", "--forever", "--stdin"], redirect: " < " + ProgramRun.quoted(file))
            defer { wrong.kill() }
            try await wrong.waitFor(question)
            try wrong.type("y")
            try wrong.send("Enter")
            #expect(try await wrong.waitFor("[leads exited 1]").contains("nothing deleted"))
            for id in two { _ = try await world.withClient { try await $0.get(id: id) } }

            let right = try Self.shell(world, ["delete", "--forever", "--stdin"], redirect: " < " + ProgramRun.quoted(file))
            defer { right.kill() }
            try await right.waitFor(question)
            try right.type("2")
            try right.send("Enter")
            #expect(try await right.waitFor("[leads exited 0]").contains("leads: deleted for good 2 leads; 0 failed"))
            for id in two {
                await #expect(throws: APIError.self) { try await world.withClient { try await $0.get(id: id) } }
            }
        }
    }

    @Test func ctrlCStopsAfterTheRequestsInFlightAndTheSummarySaysWhatWasNotDone() async throws {
        // A slow server (each request 300 ms), so the run is still going when Ctrl-C comes.
        try await EndToEndWorld.with(faults: "latency=300ms") { world in
            let total = try await world.visibleCount()
            let run = try Self.shell(world, ["tag", "--where", "status=100", "+bulk-stop", "--yes"])
            defer { run.kill() }
            try await run.waitFor(" left")  // the bar with its rate and time left
            try run.send("C-c")
            let screen = try await run.waitFor("[leads exited 1]")
            #expect(screen.contains("stopping after the requests in flight"))
            let summary = try #require(screen.split(separator: "\n").first { $0.hasPrefix("leads: tagged ") }, "\(screen)")
            let changed = Int(summary.dropFirst("leads: tagged ".count).prefix { $0.isNumber })
            let notDone = summary.split(separator: ";").first { $0.hasSuffix("not done (stopped)") }
                .flatMap { Int($0.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }) }
            #expect(changed != nil && notDone != nil && changed! + notDone! == total, "\(summary)")
            #expect(try await Self.tagged(world, "bulk-stop") == changed, "exactly the leads the summary counts were tagged")
        }
    }
}
