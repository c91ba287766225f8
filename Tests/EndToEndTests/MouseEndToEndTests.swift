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
}
