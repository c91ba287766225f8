import Foundation

/// Seed progress on stderr, for seeds large enough to take a while, and only on a terminal.
enum SeedProgress {
    static func reporter(total: Int) -> (@Sendable (Int, Int) -> Void)? {
        guard total >= 50_000, isatty(STDERR_FILENO) != 0 else { return nil }
        return { done, total in
            let line = "\rseeding \(done) of \(total) leads" + (done == total ? ", building indexes…\n" : "")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
