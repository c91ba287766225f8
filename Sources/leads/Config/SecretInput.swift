import Foundation

/// Reading a password or a token without it ever being an argument: from the terminal with echo
/// off, or one line from stdin (for scripts and password managers).
enum SecretInput {
    /// One line from stdin, without its line break; an error when stdin is empty.
    static func lineFromStandardInput(what: String) throws -> String {
        guard let line = readLine(strippingNewline: true) else {
            throw CLIError(.usage, "expected the \(what) on standard input, got nothing")
        }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw CLIError(.usage, "the \(what) on standard input is empty") }
        return trimmed
    }

    /// Asks on the controlling terminal (`/dev/tty`) with echo off, restoring the terminal even
    /// when interrupted by an error. Fails when there is no terminal.
    static func prompt(_ prompt: String, echo: Bool) throws -> String {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else {
            throw CLIError(.usage, "no terminal to ask for the password: use --password-stdin or TILEDESK_PASSWORD")
        }
        defer { close(fd) }
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        var saved = termios()
        let isTerminal = tcgetattr(fd, &saved) == 0
        if isTerminal, !echo {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        defer { if isTerminal, !echo { tcsetattr(fd, TCSAFLUSH, &saved) } }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != 10, byte != 13 { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
