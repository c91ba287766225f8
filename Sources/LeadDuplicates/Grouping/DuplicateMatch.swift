/// A known lead that looks like the one being made or edited, and the strongest reason: what the
/// form shows beside a phone or a name (a value, so the browser can carry it in a message).
public struct DuplicateMatch: Sendable, Hashable {
    public var entry: DuplicateEntry
    public var reason: DuplicateReason

    public init(entry: DuplicateEntry, reason: DuplicateReason) {
        self.entry = entry
        self.reason = reason
    }
}
