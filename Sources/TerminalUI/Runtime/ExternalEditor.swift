import Foundation

/// The user's editor, started as `$VISUAL` and `$EDITOR` are by convention (git, kubectl, crontab):
/// `$VISUAL`, else `$EDITOR`, is a command line that may carry arguments (`code --wait`,
/// `emacsclient -t`), run by `/bin/sh` with the file appended as one unsplit argument. With
/// neither set, `vi`, then `nano`, whichever is on `PATH`. Used by the browser and `leads edit`.
public struct ExternalEditor: Sendable, Hashable {
    /// The command line, as the shell reads it.
    public var command: String

    public init(command: String) {
        self.command = command
    }

    /// No editor was set and neither fallback is installed.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        public var description: String {
            "no editor: set VISUAL or EDITOR (for example EDITOR=nano); neither vi nor nano is on PATH"
        }
    }

    /// The editor the environment asks for.
    public static func chosen(environment: [String: String] = ProcessInfo.processInfo.environment) throws(NotFound) -> ExternalEditor {
        for name in ["VISUAL", "EDITOR"] {
            if let command = environment[name], !command.trimmingCharacters(in: .whitespaces).isEmpty {
                return ExternalEditor(command: command)
            }
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for fallback in ["vi", "nano"] {
            let found = path.split(separator: ":").contains { directory in
                FileManager.default.isExecutableFile(atPath: String(directory) + "/" + fallback)
            }
            if found { return ExternalEditor(command: fallback) }
        }
        throw NotFound()
    }

    /// Runs the editor on `path` on this process's terminal and waits for it; returns its exit
    /// status (127 when the shell could not find the command, 128+N after signal N).
    ///
    /// Spawned directly rather than with `Process`, which on Linux puts the child in a process
    /// group of its own: in the background of the terminal, an editor that reads keys or sets
    /// the terminal mode is stopped (SIGTTIN, SIGTTOU). Like git, this process ignores SIGINT
    /// and SIGQUIT while the editor runs, so `^C` inside the editor does not end `leads` too.
    public func edit(path: String) throws -> Int32 {
        // `"$@"` after the command line: the path is one argument whatever characters it holds.
        let arguments = ["/bin/sh", "-c", command + " \"$@\"", command, path]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGTERM, SIGHUP, SIGWINCH, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unmasked = sigset_t()
        sigemptyset(&unmasked)
        posix_spawnattr_setsigmask(&attributes, &unmasked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let previousInterrupt = signal(SIGINT, SIG_IGN)
        let previousQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGQUIT, previousQuit)
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, &argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
        }
        let signalled = status & 0x7F
        return signalled == 0 ? (status >> 8) & 0xFF : 128 + signalled
    }
}
