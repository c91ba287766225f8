import Foundation
import TiledeskLeads

/// The view in use, kept in a small file (`$XDG_STATE_HOME/leads/view.json`) so the next start
/// opens on it. Written on every switch rather than at quit, so a crash or a lost terminal keeps
/// it too. `remember_view = false` in config.toml means no file is read or written.
public struct ViewMemory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The remembered view's name and, for a shared view, its segment id.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var segmentID: String?

        public init(name: String, segmentID: String?) {
            self.name = name
            self.segmentID = segmentID
        }
    }

    /// The remembered view; nil when there is none or the file does not read.
    public func load() -> Entry? {
        guard let data = FileManager.default.contents(atPath: path), let json = try? JSONValue.parse(data),
            let name = json.objectValue?["name"]?.stringValue
        else { return nil }
        return Entry(name: name, segmentID: json.objectValue?["segment"]?.stringValue)
    }

    /// Writes (atomically) or, for nil, removes the file.
    public func save(_ entry: Entry?) throws {
        guard let entry else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        var members: [String: JSONValue] = ["name": .string(entry.name)]
        if let segment = entry.segmentID { members["segment"] = .string(segment) }
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(JSONValue.object(members).jsonText.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
