/// Why the full-screen browser cannot start. The `leads` command prints `description` after its
/// own `leads: ` prefix and exits with status 2; each case says what to do instead, because the
/// user most likely ran the browser from a script or a pipe and wants the scripting commands.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, cron).
    case notATerminal(stdin: Bool, stdout: Bool)
    /// curses could not set up the terminal (`TERM` unset, unknown, or `dumb`).
    case cannotInitialize(term: String?)

    public var description: String {
        switch self {
        case .notATerminal(let stdin, let stdout):
            let which = [stdin ? nil : "standard input", stdout ? nil : "standard output"].compactMap { $0 }
            return "the interactive browser needs a terminal, but \(which.joined(separator: " and ")) "
                + "\(which.count == 1 ? "is" : "are") not one. For scripts and pipes use `leads list` "
                + "(with --json, --ndjson or --csv), `leads get ID` or `leads export`."
        case .cannotInitialize(let term):
            return "cannot use this terminal (TERM=\(term ?? "unset")). Set TERM to your terminal's "
                + "type (for example xterm-256color), or use `leads list` for plain output."
        }
    }
}
