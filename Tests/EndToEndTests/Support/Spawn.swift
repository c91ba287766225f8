import Foundation

/// Runs a program to completion with `posix_spawn` and `waitpid`, its stdout in a temporary
/// file. Used for tmux rather than `Process`: the tmux server forks from the first client and
/// inherits its descriptors, and `Process` then never learns that the client itself has exited.
/// For the same reason every descriptor above stderr is closed in the child: a long-lived tmux
/// server would otherwise keep open the pipes of whatever other test was starting a process at
/// that moment, and that test would wait for an end of file that never comes. The child also
/// starts with no signal blocked and every signal at its default action, as from a login shell:
/// a Dispatch worker thread blocks nearly all signals, and the tmux server (and the program in
/// its pane) would inherit that mask and never see `kill-server`'s SIGTERM or a test's SIGINT.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (looked up in `PATH`) with `environment`; returns stdout.
    static func run(_ arguments: [String], environment: [String: String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "spawn-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        try closeFrom(3, in: &actions)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot run \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// glibc has `posix_spawn_file_actions_addclosefrom_np` since 2.34, but its header hides it
    /// from Swift's Glibc module; it is looked up by name instead.
    private static func closeFrom(_ lowest: Int32, in actions: inout posix_spawn_file_actions_t) throws {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw Failure(description: "this C library cannot close descriptors in a spawned child")
        }
        let addCloseFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
        guard addCloseFrom(&actions, lowest) == 0 else { throw Failure(description: "posix_spawn_file_actions_addclosefrom_np failed") }
    }
}
