import Foundation

/// What `leads --version` prints: the version, and the git commit it was built from. The commit
/// is not compiled in (a build-tool plugin running git at every build is heavy, and a checkout
/// without git has none to give): `scripts/install` writes it to `share/leads/commit` beside the
/// `bin/` it installs into, and the binary reads it from there. A binary not installed that way
/// says `commit unknown` rather than guess.
enum Version {
    static let number = "0.20.0"

    /// `leads 0.20.0 (commit 1a2b3c4d5e6f)`, or `(commit unknown)`.
    static func text(executable: String = CommandLine.arguments.first ?? "") -> String {
        "leads \(number) (commit \(commit(executable: executable) ?? "unknown"))"
    }

    /// The commit recorded next to the executable's `bin/` directory, if any: one line of hex.
    static func commit(executable: String) -> String? {
        let resolved = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        let file = resolved.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/leads/commit")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        let commit = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !commit.isEmpty, commit.count <= 64, commit.allSatisfy(\.isHexDigit) else { return nil }
        return commit
    }
}
