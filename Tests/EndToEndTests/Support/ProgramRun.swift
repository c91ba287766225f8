import Foundation
import LeadsTestSupport

/// One run of the `leads` binary in a tmux pane, inside a wrapper shell that writes the terminal
/// settings (`stty -g`) before and after, then the exit status, then keeps the pane open so the
/// test can still ask tmux about the cursor and the alternate screen.
struct ProgramRun: Sendable {
    let tmux: TmuxSession
    let directory: String

    /// Where the bytes the program wrote are, when the run records them.
    var recordingPath: String { directory + "/output.bytes" }

    init(world: EndToEndWorld, arguments: [String], width: Int, height: Int, extraEnvironment: [String: String], record: Bool) throws {
        directory = world.home + "/run-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // tmux sets the pane's TERM itself; a TERM asked for is set on the program's command line.
        let term = extraEnvironment["TERM"].map { "TERM=" + Self.quoted($0) + " " } ?? ""
        let command = term + ([LeadsBinary.path] + arguments).map(Self.quoted).joined(separator: " ")
        let d = Self.quoted(directory)
        let script = """
            stty -g > \(d)/stty.before; \(command) 2> \(d)/stderr; status=$?; \
            stty -g > \(d)/stty.after; echo "$status" > \(d)/exit; echo "[leads exited $status]"; exec cat > /dev/null
            """
        tmux = try TmuxSession(
            command: script, environment: world.environment.merging(extraEnvironment) { $1 }, width: width, height: height,
            recording: record ? directory + "/output.bytes" : nil)
    }

    /// Waits for `text` on the screen; a timeout reports the screen and the program's stderr.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) async throws -> String {
        do {
            return try await tmux.waitFor(text, timeout: timeout)
        } catch var error as TmuxSession.Timeout {
            error.screen += "\n--- stderr:\n" + stderr
            throw error
        }
    }

    /// Waits for the program to end; returns its exit status.
    func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let text = try await tmux.waitForFile(directory + "/exit", timeout: timeout)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The terminal settings before the program started and after it ended.
    var sttyBefore: String { (try? String(contentsOfFile: directory + "/stty.before", encoding: .utf8)) ?? "before?" }
    var sttyAfter: String { (try? String(contentsOfFile: directory + "/stty.after", encoding: .utf8)) ?? "after?" }
    var stderr: String { (try? String(contentsOfFile: directory + "/stderr", encoding: .utf8)) ?? "" }

    /// The process id of `leads` itself: the child of the wrapper shell.
    func programPID() -> pid_t? {
        guard let shell = pid_t(tmux.display("#{pane_pid}")) else { return nil }
        return ProcessTable.children(of: shell).first
    }

    /// Sends a signal to `leads` (not to the wrapper).
    func signal(_ signal: Int32) throws {
        guard let pid = programPID() else { throw TmuxSession.Timeout(waitingFor: "the leads process", screen: tmux.screen()) }
        kill(pid, signal)
    }

    func stop() { tmux.kill() }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
