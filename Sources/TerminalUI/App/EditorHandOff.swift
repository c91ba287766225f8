import Foundation

/// Runs `$VISUAL` or `$EDITOR` (else `vi`) on a private temporary file holding `text`, and reads
/// what the user saved. The file is 0600 in a 0700 directory and removed afterwards: it holds
/// customer data. The caller hands the terminal over around this call.
enum EditorHandOff {
    static func edit(_ text: String, fileExtension: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let directory = NSTemporaryDirectory() + "leads-edit-\(UUID().uuidString)"
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return nil }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/lead." + fileExtension
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may carry arguments (`code --wait`); the path goes in as "$1", unsplit.
        process.arguments = ["-c", editor + " \"$1\"", "sh", path]
        do {
            try process.run()
        } catch {
            return nil
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
