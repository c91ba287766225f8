import Foundation

/// Groups leads that share a normalised email, an E.164 phone, or a name together with a company
/// or a city. Leads linked through any chain of shared keys form one group (A shares an email
/// with B, B a phone with C: one person, three leads). Linear in the number of leads.
public enum DuplicateFinder {
    /// The groups among `entries` by the given criteria, the surest and largest first.
    public static func groups(_ entries: [DuplicateEntry], by criteria: Set<DuplicateCriterion> = Set(DuplicateCriterion.allCases))
        -> [DuplicateGroup]
    {
        var parent = Array(entries.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        // Every link as (member, reason), to name each group's reasons once it is formed.
        var links: [(Int, DuplicateReason)] = []
        for reason in DuplicateReason.allCases where criteria.contains(reason.criterion) {
            var first: [String: Int] = [:]
            for (index, entry) in entries.enumerated() {
                guard let key = entry.keys(for: reason) else { continue }
                if let other = first[key] {
                    let (a, b) = (root(index), root(other))
                    if a != b { parent[max(a, b)] = min(a, b) }
                    links.append((index, reason))
                    links.append((other, reason))
                } else {
                    first[key] = index
                }
            }
        }
        var members: [Int: [Int]] = [:]
        var reasons: [Int: Set<DuplicateReason>] = [:]
        for (index, reason) in links {
            let group = root(index)
            reasons[group, default: []].insert(reason)
        }
        for index in entries.indices {
            let group = root(index)
            if reasons[group] != nil { members[group, default: []].append(index) }
        }
        let groups = members.map { group, indices in
            DuplicateGroup(
                entries: indices.map { entries[$0] }.sorted(by: olderFirst), reasons: (reasons[group] ?? []).sorted())
        }
        return groups.sorted { a, b in
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            if a.entries.count != b.entries.count { return a.entries.count > b.entries.count }
            return a.entries[0].id < b.entries[0].id
        }
    }

    /// Oldest first; a lead without `createdAt` after the dated ones; then by id, so the order is stable.
    static func olderFirst(_ a: DuplicateEntry, _ b: DuplicateEntry) -> Bool {
        switch (a.createdAt, b.createdAt) {
        case let (x?, y?) where x != y: x < y
        case (.some, nil): true
        case (nil, .some): false
        default: a.id < b.id
        }
    }
}
