import Foundation
import LeadBrowser

/// Form drafts on disk, one JSON file per lead (or new lead), mode 0600, written to a temporary
/// file, flushed with fsync and renamed into place, so a crash or `kill -9` leaves either the
/// previous draft or the new one, never half of one. A lead open as YAML in the editor has its
/// document beside it (`documentPath(for:)`): the editor's own file, so what the user last saved
/// there is what a crash leaves.
public struct DraftStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public func save(_ draft: FormDraft) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let data = try JSONEncoder().encode(draft)
        let path = file(for: draft.key)
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        guard written == data.count, rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        // A draft that is no longer a document (the editor closed on a valid one): its file goes.
        if draft.document == nil { unlink(documentPath(for: draft.key)) }
    }

    public func remove(key: String) {
        unlink(file(for: key))
        unlink(documentPath(for: key))
    }

    /// Where the editor's file for a lead document journaled under `key` is.
    public func documentPath(for key: String) -> String {
        String(file(for: key).dropLast(".json".count)) + ".yaml"
    }

    /// Every readable draft, oldest first.
    public func all() -> [FormDraft] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory + "/" + name),
                var draft = try? JSONDecoder().decode(FormDraft.self, from: data)
            else { return nil }
            // The editor's file holds what the user last saved, which may be newer than the draft.
            if draft.document != nil, let text = FileManager.default.contents(atPath: documentPath(for: draft.key)) {
                draft.document = String(decoding: text, as: UTF8.self)
            }
            return draft
        }
    }

    private func file(for key: String) -> String {
        directory + "/" + Self.fileName(for: key) + ".json"
    }

    /// A file name safe for any key: letters, digits and `-` kept, the rest hex-escaped after
    /// `_`. `leads edit` names its per-project journal directory with it too.
    public static func fileName(for key: String) -> String {
        var name = ""
        for byte in key.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D {
                name.append(Character(Unicode.Scalar(byte)))
            } else {
                name += "_" + String(byte, radix: 16)
            }
        }
        return name
    }
}
