import Foundation

/// Runs the user's editor (`ExternalEditor`: `$VISUAL`, `$EDITOR`, `vi`, `nano`) on a file
/// holding `text` and reads what the user saved. The file holds customer data: 0600, in a 0700
/// directory. A private temporary file is removed afterwards; a journal file (`at:`, in the
/// drafts directory) is left for the view-model's `discardDraft`, so a crash loses nothing.
/// The caller hands the terminal over around this call.
enum EditorHandOff {
    /// Why the editor gave nothing back, said for the status line.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func edit(
        _ text: String, fileExtension: String, at journal: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        let editor: ExternalEditor
        do {
            editor = try ExternalEditor.chosen(environment: environment)
        } catch {
            throw Failure(error.description)
        }
        let path: String
        if let journal {
            path = journal
            try makeDirectory((journal as NSString).deletingLastPathComponent)
        } else {
            let directory = NSTemporaryDirectory() + "leads-edit-\(UUID().uuidString)"
            try makeDirectory(directory)
            path = directory + "/lead." + fileExtension
        }
        defer { if journal == nil { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) } }
        unlink(path)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure("could not write the file to edit, \(path)")
        }
        let status: Int32
        do {
            status = try editor.edit(path: path)
        } catch {
            throw Failure("could not start the editor (\(editor.command)): \(error)")
        }
        guard status == 0 else { throw Failure("the editor (\(editor.command)) ended with status \(status); nothing was changed") }
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func makeDirectory(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure("could not make \(directory): \(error.localizedDescription)")
        }
    }
}
