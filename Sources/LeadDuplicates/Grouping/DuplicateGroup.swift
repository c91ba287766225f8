/// Leads taken for one person: every lead linked to another by a shared key, the reasons that
/// link them, and a confidence from those reasons.
public struct DuplicateGroup: Sendable, Hashable {
    /// The members, oldest first (the default survivor of a merge leads).
    public var entries: [DuplicateEntry]
    /// Every reason that links two of the members, strongest first.
    public var reasons: [DuplicateReason]

    public init(entries: [DuplicateEntry], reasons: [DuplicateReason]) {
        self.entries = entries
        self.reasons = reasons
    }

    public var ids: [String] { entries.map(\.id) }

    /// One minus the chance that every reason is a coincidence, taken as independent: two
    /// reasons agreeing are surer than either. Two decimals.
    public var confidence: Double { Self.confidence(of: reasons) }

    static func confidence(of reasons: [DuplicateReason]) -> Double {
        let doubt = reasons.reduce(1.0) { $0 * (1 - $1.confidence) }
        return ((1 - doubt) * 100).rounded() / 100
    }
}
