import Foundation
import LeadsTestSupport

/// One tmux server on a private socket with one pane running a shell command: the test's
/// terminal. Keys go in with `send-keys`, the screen comes out with `capture-pane`, and every wait
/// polls the screen against a deadline (never a bare sleep). The environment is given to the tmux
/// server process, so secrets reach the program without appearing in any command line.
final class TmuxSession: Sendable {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    let socket: String
    let environment: [String: String]

    /// Starts the server and a `width`×`height` pane running `command` under `/bin/sh`. The pane
    /// stays after the command exits (`remain-on-exit`), so a test can read the last screen.
    /// With `recording`, every byte the program writes is appended to that file from the very
    /// first one (the pipe is set up in the same tmux command that starts the pane).
    init(command: String, environment: [String: String], width: Int = 120, height: Int = 40, recording: String? = nil) throws {
        socket = "leads-e2e-\(UUID().uuidString.prefix(8))"
        self.environment = environment
        let record = recording.map { [";", "pipe-pane", "-o", "-t", "e2e", "cat >> '\($0)'"] } ?? []
        try tmux([
            "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e", command,
        ] + record + [";", "set-option", "-g", "remain-on-exit", "on", ";", "set-option", "-g", "status", "off"])
    }

    deinit { kill() }

    /// Stops the tmux server and everything running in it.
    func kill() { _ = try? tmux(["kill-server"]) }

    /// Runs a tmux command on this session's server and returns its stdout.
    /// Runs a tmux command on this session's server and returns its stdout.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-f", "/dev/null", "-L", socket] + arguments, environment: environment)
    }

    /// The visible screen as text, one line per row.
    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "e2e"])) ?? "" }

    /// Presses keys by tmux name (`Enter`, `Tab`, `C-s`, `Escape`, `BSpace`) or as literal
    /// characters when `literal` is set.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "e2e"] + (literal ? ["-l"] : []) + keys)
    }

    /// Types text character by character (literally).
    func type(_ text: String) throws { try send(text, literal: true) }

    /// A tmux format value of the pane: `#{pane_pid}`, `#{alternate_on}`, `#{cursor_flag}`…
    func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "e2e", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen contains `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen; returns the screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(30), _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = screen()
            if condition(text) { return text }
            if ContinuousClock.now > deadline { throw Timeout(waitingFor: what, screen: text) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits for a file to exist (the wrapper script writes one when the program has exited).
    func waitForFile(_ path: String, timeout: Duration = .seconds(30)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
            if ContinuousClock.now > deadline { throw Timeout(waitingFor: "the file \(path)", screen: screen()) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Resizes the window (and so the pane) as a user dragging the terminal would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }
}
