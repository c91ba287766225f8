import Foundation
import Testing
@testable import leads

/// `scripts/install` and `leads --version`: the binary goes in stripped, with completions for
/// three shells and the commit it was built from, which `--version` then prints; a binary not
/// installed by the script says the commit is unknown instead of guessing.
@Suite(.serialized) struct InstallScriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Runs a program to its end; its exit code and standard output.
    static func run(_ path: String, _ arguments: [String], in directory: String = root) throws -> (code: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test func theCommitIsReadFromBesideTheBinDirectory() throws {
        let prefix = NSTemporaryDirectory() + "leads-version-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        try FileManager.default.createDirectory(atPath: prefix + "/share/leads", withIntermediateDirectories: true)
        #expect(Version.commit(executable: prefix + "/bin/leads") == nil)
        try "0123abcdef\n".write(toFile: prefix + "/share/leads/commit", atomically: true, encoding: .utf8)
        #expect(Version.commit(executable: prefix + "/bin/leads") == "0123abcdef")
        #expect(Version.text(executable: prefix + "/bin/leads") == "leads \(Version.number) (commit 0123abcdef)")
        try "not a commit; rm -rf\n".write(toFile: prefix + "/share/leads/commit", atomically: true, encoding: .utf8)
        #expect(Version.text(executable: prefix + "/bin/leads") == "leads \(Version.number) (commit unknown)")
    }

    @Test func aBinaryNotInstalledByTheScriptSaysItsCommitIsUnknown() throws {
        let result = try Self.run(LeadsProcess.binary, ["--version"])
        #expect(result.code == 0)
        #expect(result.out == "leads \(Version.number) (commit unknown)\n")
    }

    @Test func theScriptInstallsAStrippedBinaryCompletionsAndTheCommit() throws {
        let prefix = NSTemporaryDirectory() + "leads-install-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let result = try Self.run("/bin/sh", ["scripts/install", "--binary", LeadsProcess.binary, prefix])
        #expect(result.code == 0, "\(result.err)")
        let installed = prefix + "/bin/leads"
        let size = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        #expect(size(installed) > 0 && size(installed) < size(LeadsProcess.binary), "stripped: smaller than as built")
        #expect(FileManager.default.isExecutableFile(atPath: installed))

        let commit = try Self.run("/usr/bin/git", ["rev-parse", "HEAD"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(commit.count == 40)
        #expect(try String(contentsOfFile: prefix + "/share/leads/commit", encoding: .utf8) == commit + "\n")
        #expect(try Self.run(installed, ["--version"]).out == "leads \(Version.number) (commit \(commit))\n")
        #expect(result.out.contains("leads \(Version.number) (commit \(commit))"))

        let bash = try String(contentsOfFile: prefix + "/share/bash-completion/completions/leads", encoding: .utf8)
        let zsh = try String(contentsOfFile: prefix + "/share/zsh/site-functions/_leads", encoding: .utf8)
        let fish = try String(contentsOfFile: prefix + "/share/fish/vendor_completions.d/leads.fish", encoding: .utf8)
        #expect(bash.contains("complete -") && bash.contains("duplicates"))
        #expect(zsh.hasPrefix("#compdef leads") && zsh.contains("duplicates"))
        #expect(fish.contains("complete -c 'leads'") && fish.contains("duplicates"))
        #expect(result.out.contains("no man page (give --generate-manual PATH with --binary)"), "says what it did not install")
    }
}
