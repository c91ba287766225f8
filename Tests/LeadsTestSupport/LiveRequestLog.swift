import Foundation

/// The sandbox's request log read back (`METHOD TARGET STATUS MS TIME [live:KIND ID]`), to tell
/// which leads a `--live` run created, trashed or restored, and when.
public struct LiveRequestLog: Sendable {
    public struct Entry: Sendable {
        public var method: String
        public var target: String
        public var status: Int
        public var time: Date
        /// `chats`, `fill`, `edits`, `trash` or `restore` for the live activity's events.
        public var live: String?
        public var leadID: String?
    }

    public let entries: [Entry]

    public init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        entries = text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count >= 5, let status = Int(parts[2]), let time = formatter.date(from: parts[4]) else { return nil }
            var entry = Entry(method: parts[0], target: parts[1], status: status, time: time)
            if parts.count >= 7, parts[5].hasPrefix("live:") {
                entry.live = String(parts[5].dropFirst(5))
                entry.leadID = parts[6]
            }
            return entry
        }
    }

    /// The leads a live event of `kind` touched at or after `since` (and before `until`).
    public func leads(_ kind: String, since: Date, until: Date = .distantFuture) -> Set<String> {
        Set(entries.filter { $0.live == kind && $0.time >= since && $0.time <= until }.compactMap(\.leadID))
    }

    /// How many live events of `kind` happened between `since` and `until`.
    public func count(_ kind: String, since: Date, until: Date = .distantFuture) -> Int {
        entries.filter { $0.live == kind && $0.time >= since && $0.time <= until }.count
    }
}
