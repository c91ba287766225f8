import Foundation
import Testing
import LeadsTestSupport

/// Terminals without colour or without an alternate screen: the selection is reverse video and
/// no colour is sent under `NO_COLOR`; under `TERM=vt100` (no alternate screen) quitting clears
/// the screen instead of leaving the last frame under the prompt.
@Suite(.serialized) struct MonochromeEndToEndTests {
    /// The pane's rows with their attributes as escape sequences (`capture-pane -e`).
    static func styledScreen(_ run: ProgramRun) throws -> [String] {
        try run.tmux.tmux(["capture-pane", "-e", "-p", "-t", "e2e"]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// True when `row` turns on the SGR attribute `code` (alone or among others, as tmux joins them).
    static func sets(_ code: String, in row: String) -> Bool {
        row.range(of: "\u{1B}\\[([0-9;]*;)?" + code + "(;[0-9;]*)?m", options: .regularExpression) != nil
    }

    @Test(arguments: [["TERM": "vt100"], ["TERM": "xterm-256color", "NO_COLOR": "1"]])
    func theSelectionIsReverseVideoAndNoColourIsSent(environment: [String: String]) async throws {
        try await EndToEndWorld.with(seed: 20) { world in
            let total = try await world.visibleCount()
            let run = try world.start(width: 100, height: 30, extraEnvironment: environment)
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("j")
            try await run.waitFor(" 2 of \(total)")
            let rows = try Self.styledScreen(run)
            #expect(Self.sets("7", in: rows[3]), "the second lead's row is in reverse video: \(rows[3].debugDescription)")
            #expect(!Self.sets("7", in: rows[2]), "the first is not")
            // A foreground or background colour: SGR 30–37, 40–47, 90–97 or 38;5;N.
            let colours = rows.contains { $0.range(of: "\u{1B}\\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|38;5;[0-9]+)m", options: .regularExpression) != nil }
            #expect(!colours, "no colour under \(environment)")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }

    @Test func quittingWithoutAnAlternateScreenLeavesTheScreenClean() async throws {
        try await EndToEndWorld.with(seed: 20) { world in
            let total = try await world.visibleCount()
            let run = try world.start(width: 100, height: 30, extraEnvironment: ["TERM": "vt100"])
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("q")
            let after = try await run.waitFor("[leads exited 0]")
            let left = after.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(left == ["[leads exited 0]"], "nothing of the list is left: \(after)")
        }
    }

    /// A `[theme]` colour reaches a colour terminal; under `NO_COLOR` the same file sends none.
    @Test func aThemeColoursTheHeaderOnlyWhereColoursAre() async throws {
        try await EndToEndWorld.with(seed: 20) { world in
            let config = world.home + "/config/leads"
            try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(
                atPath: config + "/config.toml", contents: Data("[theme]\nheader = \"magenta\"\n".utf8), attributes: [.posixPermissions: 0o600]))
            let total = try await world.visibleCount()
            for (environment, coloured) in [(["TERM": "xterm-256color"], true), (["TERM": "xterm-256color", "NO_COLOR": "1"], false)] {
                let run = try world.start(width: 100, height: 30, extraEnvironment: environment)
                defer { run.stop() }
                try await run.waitFor(" 1 of \(total)")
                let header = try Self.styledScreen(run)[1]
                #expect(Self.sets("35", in: header) == coloured, "\(environment): \(header.debugDescription)")
                try run.tmux.send("q")
                #expect(try await run.waitForExit() == 0)
            }
        }
    }
}
