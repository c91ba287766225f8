import LeadDuplicates

/// The Duplicates screen: the project's groups of leads that look like one person, each with its
/// reasons, confidence and count. They come from the on-disk index, brought up to date by an
/// effect (only leads updated since the last look are read), so opening it again is quick.
public struct DuplicatesState: Sendable, Hashable {
    public var load: LoadState = .loading
    /// The groups, the surest and largest first.
    public var groups: [DuplicateGroup] = []
    public var selected = 0
    /// The `loadDuplicates` whose answer is awaited.
    public var requestID: Int?

    public init(requestID: Int?) {
        self.requestID = requestID
    }

    /// `3 leads · email, phone · 0.98`, as the group's row reads.
    public static func summary(_ group: DuplicateGroup) -> String {
        let confidence = (group.confidence * 100).rounded() / 100
        return "\(group.entries.count) leads · \(group.reasons.map(\.rawValue).joined(separator: ", ")) · \(confidence)"
    }
}
