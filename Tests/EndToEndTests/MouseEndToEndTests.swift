import Foundation
import Testing
import LeadsTestSupport
import TiledeskLeads

/// `--mouse` in a real terminal: the pane gets the bytes a terminal sends for a click (xterm's
/// X10 mouse report, `ESC [ M`, as the pane's TERM announces), and the screen shows the result.
@Suite(.serialized) struct MouseEndToEndTests {
    /// The report for a left-button press at a 0-based cell.
    static func press(x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + 0))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }
    /// The report for the button's release (curses sees it; the browser ignores it).
    static func release(x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + 3))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    @Test func aClickSelectsADoubleClickOpensAHeaderClickSorts() async throws {
        try await EndToEndWorld.with(seed: 30) { world in
            let total = try await world.visibleCount()
            let run = try world.start(["--mouse"])
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")

            // Row 0 of the list is screen row 2: a click on screen row 4 selects the third lead.
            try run.tmux.send(Self.press(x: 10, y: 4) + Self.release(x: 10, y: 4), literal: true)
            try await run.waitFor(" 3 of \(total)")

            // Two quick clicks on the fifth lead open it. Each click is its own write, as a
            // terminal sends them (curses reads one report per write).
            for _ in 0..<2 { try run.tmux.send(Self.press(x: 10, y: 6) + Self.release(x: 10, y: 6), literal: true) }
            try await run.waitFor("Lead id")
            try run.tmux.send("q")
            _ = try await run.waitFor(" 5 of \(total)")
            let list = try await run.waitFor("sorted by Created")  // the list again, not the detail leaving

            // The header row is screen row 1; click the middle of "Email".
            let header = list.split(separator: "\n", omittingEmptySubsequences: false)[1]
            guard let email = header.range(of: "Email") else {
                Issue.record("no Email column in \(header)")
                return
            }
            let x = DisplayWidth.of(String(header[..<email.lowerBound])) + 2
            try run.tmux.send(Self.press(x: x, y: 1) + Self.release(x: x, y: 1), literal: true)
            let sorted = try await run.waitFor("sorted by Email")
            #expect(sorted.split(separator: "\n")[1].contains("Email ↓"), "the header marks the clicked column")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }

    /// Where `text` starts on `screen`: the cell column (wide characters count two) and the row.
    static func spot(of text: String, in screen: String) -> (x: Int, y: Int)? {
        for (y, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: text) { return (DisplayWidth.of(String(line[..<range.lowerBound])), y) }
        }
        return nil
    }

    /// One click (press and release) on the cell where `text` starts, plus `offset` columns.
    static func click(_ run: ProgramRun, on text: String, in screen: String, offset: Int = 1) throws {
        guard let spot = spot(of: text, in: screen) else { throw TmuxSession.Timeout(waitingFor: "\(text) to click on", screen: screen) }
        try run.tmux.send(press(x: spot.x + offset, y: spot.y) + release(x: spot.x + offset, y: spot.y), literal: true)
    }

    /// `mouse = true` under `[browser]` in config.toml (no `--mouse`): a click on the form's City
    /// row focuses it and typing lands there; the confirmation's `[N] No` keeps the form and its
    /// `[y] Yes` discards it; a click on a sort choice sorts; a click in the column picker shows
    /// the Zip column.
    @Test func theFormAndTheDialogsTakeClicksWithMouseFromTheConfig() async throws {
        try await EndToEndWorld.with(seed: 30) { world in
            let config = world.home + "/config/leads"
            try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(
                atPath: config + "/config.toml", contents: Data("[browser]\nmouse = true\n".utf8), attributes: [.posixPermissions: 0o600]))
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")

            try run.tmux.send("e")
            let form = try await run.waitFor("Edit ·")
            try Self.click(run, on: "City", in: form)
            try run.tmux.type("Qzx")
            let typed = try await run.tmux.waitUntil("Qzx on the City row") { screen in
                screen.split(separator: "\n").contains { $0.contains("*City") && $0.contains("Qzx") }
            }
            #expect(!typed.split(separator: "\n").contains { $0.contains("Name") && $0.contains("Qzx") })

            try run.tmux.send("Escape")
            let asked = try await run.waitFor("[N] No")
            try Self.click(run, on: "[N] No", in: asked)
            try await run.tmux.waitUntil("the question to close") { !$0.contains("[N] No") && $0.contains("Edit ·") }
            try run.tmux.send("Escape")
            let again = try await run.waitFor("[y] Yes")
            try Self.click(run, on: "[y] Yes", in: again)
            try await run.tmux.waitUntil("the list again") { !$0.contains("Edit ·") && $0.contains(" 1 of \(total)") }

            try run.tmux.send("s")
            let sortBy = try await run.waitFor("Sort by")
            try Self.click(run, on: "│ City ", in: sortBy, offset: 3)
            try await run.waitFor("sorted by City")

            try run.tmux.send("c")
            let picker = try await run.waitFor("[ ] Zip ")
            try Self.click(run, on: "[ ] Zip ", in: picker)
            try await run.waitFor("[x] Zip ")
            try run.tmux.send("q")
            let list = try await run.tmux.waitUntil("the picker to close") { !$0.contains("[x] Zip ") }
            #expect(list.split(separator: "\n")[1].contains("Zip"), "the list shows the column clicked on")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }
}
