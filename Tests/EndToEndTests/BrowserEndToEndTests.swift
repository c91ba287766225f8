import Foundation
import Testing
import LeadsTestSupport
import TiledeskLeads

/// The built `leads` in a real terminal (tmux) against `leads serve` on 127.0.0.1: what a user
/// types, what they see, and what the server holds afterwards. Serialized: each test drives a
/// whole program and a server, and two cores are enough for one at a time.
@Suite(.serialized) struct BrowserEndToEndTests {
    @Test func browseOpenEditEveryKindOfFieldSaveAndQuit() async throws {
        try await EndToEndWorld.with { world in
            let mine = try await world.withClient {
                try await $0.create(Lead(fullname: "Zed Endtoend", email: "zed@example.com", city: "Oslo", tags: ["old"], attributes: ["plan": "basic"]))
            }
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            let list = try await run.waitFor(" 1 of \(total)")
            #expect(list.contains("Zed Endtoend"), "the newest lead is first")

            // Page down and back, then jump to the last row and back to the first.
            try run.tmux.send("PageDown")
            try await run.tmux.waitUntil("the cursor to move a page") { !$0.contains(" 1 of \(total)") }
            try run.tmux.send("G")
            try await run.waitFor(" \(total) of \(total)")
            try run.tmux.send("g")
            try await run.waitFor(" 1 of \(total)")

            try run.tmux.send("Enter")
            try await run.waitFor("Lead id")
            try run.tmux.send("e")
            try await run.waitFor("Edit · Zed Endtoend")
            // City is the seventh field: replace it.
            for _ in 0..<6 { try run.tmux.send("Tab") }
            try run.tmux.send("C-a", "C-k")
            try run.tmux.type("Bergen")
            // Tags: after the ten fields; remove "old" with Backspace on the empty input, add two.
            for _ in 0..<4 { try run.tmux.send("Tab") }
            try run.tmux.send("BSpace")
            try run.tmux.type("vip")
            try run.tmux.send("Enter")
            try run.tmux.type("renewal")
            try run.tmux.send("Enter")
            try await run.waitFor("[vip] [renewal]")
            // Attributes: add a key with a number.
            try run.tmux.send("Tab", "C-n")
            try run.tmux.type("seats")
            try run.tmux.send("Enter")
            try run.tmux.type("12")
            try run.tmux.send("Enter")
            try await run.waitFor("seats: 12")
            try run.tmux.send("C-s")
            let review = try await run.waitFor("Send?")
            #expect(review.contains("Oslo → Bergen"))
            try run.tmux.send("y")
            try await run.waitFor("Saved")

            let saved = try await world.withClient { try await $0.get(id: mine.id) }
            #expect(saved.city == "Bergen")
            #expect(Set(saved.tags) == ["vip", "renewal"])
            #expect(saved.attributes == ["plan": "basic", "seats": 12])
            #expect(saved.fullname == "Zed Endtoend" && saved.email == "zed@example.com", "untouched fields stay")

            try run.tmux.send("q")
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
            try Self.expectTerminalRestored(run)
        }
    }

    @Test func searchNarrowsThenAsksTheServer() async throws {
        try await EndToEndWorld.with { world in
            _ = try await world.withClient { try await $0.create(Lead(fullname: "Quillon Marchetti", email: "qm@example.org")) }
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("/")
            try run.tmux.type("Quillon")
            try run.tmux.send("Enter")
            // The loaded rows narrow at once; the server's answer follows and says it matched whole words.
            let results = try await run.tmux.waitUntil("the server's one result") { screen in
                screen.contains("whole words")
                    && screen.split(separator: "\n").contains { $0.split(separator: " ").suffix(3) == ["1", "of", "1"] }
            }
            #expect(results.contains("Quillon Marchetti"))
            try run.tmux.send("Escape")
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }

    @Test func createThenTrashThenRestore() async throws {
        try await EndToEndWorld.with(seed: 10) { world in
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }

            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("n")
            try await run.waitFor("New lead")
            try run.tmux.type("Nadia Newlead")
            try run.tmux.send("Tab")
            try run.tmux.type("nadia@example.net")
            try run.tmux.send("Tab")
            try run.tmux.type("+39 02 1234567")
            try run.tmux.send("C-s")
            try await run.waitFor("Send?")
            try run.tmux.send("y")
            try await run.waitFor("Created Nadia Newlead")
            let created = try await world.withClient { try await $0.list(LeadQuery(fullText: "Nadia")) }
            #expect(created.leads.count == 1)
            #expect(created.leads.first?.phone == "+39 02 1234567", "the phone, which POST ignores, was sent too")
            let id = try #require(created.leads.first?.id)

            // Back on the list, which counts the new lead.
            try await run.waitFor(" 1 of \(total + 1)")
            try run.tmux.send("g", "d")
            try await run.waitFor("to the trash?")
            try run.tmux.send("y")
            try await run.waitFor("Moved to trash")
            #expect(try await world.withClient { try await $0.get(id: id) }.isTrashed)
            try run.tmux.send("u")
            try await run.waitFor("Restored")
            #expect(try await world.withClient { try await $0.get(id: id) }.isTrashed == false)
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }

    @Test func resizeReflowsAndWideCharactersKeepColumnsAligned() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            _ = try await world.withClient {
                try await $0.create(Lead(fullname: "東京 太郎 😀", email: "taro@example.jp", company: "株式会社サクラ"))
            }
            let total = try await world.visibleCount()
            let run = try world.start(width: 100, height: 30)
            defer { run.stop() }
            let screen = try await run.waitFor(" 1 of \(total)")
            let lines = screen.split(separator: "\n").map(String.init)
            let header = try #require(lines.first { $0.hasPrefix("Name") })
            let row = try #require(lines.first { $0.contains("東京 太郎") })
            let emailColumn = DisplayWidth.of(String(header[..<header.range(of: "Email")!.lowerBound]))
            let rowPrefix = String(row[..<row.range(of: "taro@example.jp")!.lowerBound])
            #expect(DisplayWidth.of(rowPrefix) == emailColumn, "the email starts under its header after CJK and emoji")

            try run.tmux.resize(width: 30, height: 8)
            try await run.waitFor("too small")
            try run.tmux.resize(width: 140, height: 35)
            let wide = try await run.waitFor(" 1 of \(total)")
            #expect(wide.contains("株式会社サクラ"))
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
            try Self.expectTerminalRestored(run)
        }
    }

    @Test(arguments: [("SIGTERM", SIGTERM), ("SIGHUP", SIGHUP), ("SIGINT", SIGINT)])
    func aSignalEndsTheProgramAndGivesTheTerminalBack(name: String, signal: Int32) async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.signal(signal)
            let status = try await run.waitForExit()
            #expect(status != 0, "\(name) is not a normal exit")
            try Self.expectTerminalRestored(run)
        }
    }

    /// A crash (a Swift trap is SIGILL or SIGTRAP; an abort, a bad access) still gives the
    /// terminal back, and the process still dies of the signal.
    @Test(arguments: [("SIGABRT", SIGABRT), ("SIGSEGV", SIGSEGV), ("SIGILL", SIGILL)])
    func aCrashGivesTheTerminalBackAndStillDiesOfIt(name: String, signal: Int32) async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let total = try await world.visibleCount()
            let run = try world.start(extraEnvironment: ["SWIFT_BACKTRACE": "enable=no"])
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.signal(signal)
            #expect(try await run.waitForExit() == 128 + signal, "\(name) ends the process as that signal")
            try Self.expectTerminalRestored(run)
        }
    }

    @Test func notATerminalPointsToLeadsList() async throws {
        try await EndToEndWorld.with(seed: 1) { world in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: LeadsBinary.path)
            process.environment = world.environment
            let errors = Pipe()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2)
            #expect(message.contains("leads list"))
            #expect(message.hasPrefix("leads: the interactive browser needs a terminal"), "one prefix, not two: \(message)")
        }
    }

    /// `stty -g` equal before and after, the cursor visible and the alternate screen left.
    static func expectTerminalRestored(_ run: ProgramRun, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(run.sttyBefore == run.sttyAfter, "stty -g differs after the program", sourceLocation: sourceLocation)
        #expect(run.tmux.display("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(run.tmux.display("#{cursor_flag}") == "1", "the cursor is hidden", sourceLocation: sourceLocation)
    }
}
