import Foundation

/// The file a lead document is edited in: private (0600, in a 0700 directory of its own), since
/// it holds customer data. Removed once its text is saved or deliberately dropped; kept, and
/// its path printed, whenever it holds edits that were not written.
struct EditFile {
    let path: String

    /// A new file for lead `name` (an id, or `new`) in the temporary directory.
    static func create(for name: String) throws -> EditFile {
        let safe = String(name.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }.prefix(40))
        let directory = NSTemporaryDirectory() + "leads-edit-" + UUID().uuidString.prefix(8).lowercased()
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError(.failure, "cannot make a file to edit in \(directory): \(error.localizedDescription)")
        }
        return EditFile(path: directory + "/lead-" + (safe.isEmpty ? "lead" : safe) + ".yaml")
    }

    func write(_ text: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw CLIError(.failure, "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw CLIError(.failure, "cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// What the editor left; an editor that deleted the file left nothing.
    func read() throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(.failure, "\(path) is not UTF-8 text; it is kept as it is")
        }
        return text
    }

    func remove() {
        unlink(path)
        rmdir((path as NSString).deletingLastPathComponent)
    }
}
