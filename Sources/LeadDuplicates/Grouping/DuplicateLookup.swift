/// The leads already known, by each key, to answer "who else is this?" for one new or edited lead
/// at once: the warning before a create, a row of an import, an edit of an email or a phone.
public struct DuplicateLookup: Sendable {
    private var byKey: [DuplicateReason: [String: [DuplicateEntry]]] = [:]

    public init(_ entries: some Sequence<DuplicateEntry>) {
        for entry in entries {
            for reason in DuplicateReason.allCases {
                if let key = entry.keys(for: reason) { byKey[reason, default: [:]][key, default: []].append(entry) }
            }
        }
    }

    /// Known leads sharing a key with `entry` (itself excepted), each once, with its strongest reason.
    public func matches(for entry: DuplicateEntry, by criteria: Set<DuplicateCriterion> = Set(DuplicateCriterion.allCases))
        -> [(entry: DuplicateEntry, reason: DuplicateReason)]
    {
        var seen = Set<String>([entry.id].filter { !$0.isEmpty })
        var found: [(DuplicateEntry, DuplicateReason)] = []
        for reason in DuplicateReason.allCases where criteria.contains(reason.criterion) {
            guard let key = entry.keys(for: reason) else { continue }
            for other in byKey[reason]?[key] ?? [] where seen.insert(other.id).inserted { found.append((other, reason)) }
        }
        return found
    }
}
