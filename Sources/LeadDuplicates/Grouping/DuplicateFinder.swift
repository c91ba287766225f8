import Foundation

/// Groups leads that look like one person. Emails and phones identify a person, so leads linked
/// through any chain of them form one group (A shares an email with B, B a phone with C: one
/// person, three leads). A name is shared by strangers, so a name with a company or a city only
/// groups the leads that share exactly that pair — never chained, or a common name in a big city
/// would join half a project — and adds its reason to an email/phone group that already holds
/// them all. A name never overrules an address: leads of one bucket that both have an email (or
/// both a phone) and differ in it are different people, not grouped by the name; a lead with
/// neither goes with each of them, as it may be any one. A lead can so be in an email group
/// and in a name group, or in two name groups. Each key is hashed once (`KeyNumbers`); the rest
/// is numbers: a union-find for the addresses, a sort for the names.
public enum DuplicateFinder {
    /// The groups among `entries` by the given criteria, the surest and largest first, then the
    /// one with the oldest lead.
    public static func groups(_ entries: [DuplicateEntry], by criteria: Set<DuplicateCriterion> = Set(DuplicateCriterion.allCases))
        -> [DuplicateGroup]
    {
        // Oldest first, so the same leads give the same groups whatever order they came in: a
        // name bucket is split into people in the order of its members (see `people`).
        // Indices sorted, not entries: an entry is thirteen fields, moving them was a tenth of a
        // second look at 100,000 leads.
        let created = entries.map { $0.createdAt?.timeIntervalSinceReferenceDate }
        let order = entries.indices.sorted { a, b in
            switch (created[a], created[b]) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: entries[a].id < entries[b].id
            }
        }
        let entries = order.map { entries[$0] }
        // Every key numbered once; from here on leads are positions and keys are numbers.
        let count = entries.count
        let keys = KeyNumbers.all(entries)
        let (emails, phones) = (keys[.email]!, keys[.phone]!)
        var parent = Array(0..<count)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        // The reasons as bits: what links each lead to an earlier one, then what links each group.
        var linkedBy = [UInt8](repeating: 0, count: count)
        for (reason, keys) in [(DuplicateReason.email, emails), (.phone, phones)] where criteria.contains(reason.criterion) {
            var first = [Int32](repeating: -1, count: keys.distinct)
            for index in 0..<count where keys[index] >= 0 {
                let other = Int(first[Int(keys[index])])
                guard other >= 0 else {
                    first[Int(keys[index])] = Int32(index)
                    continue
                }
                let (a, b) = (root(index), root(other))
                if a != b { parent[max(a, b)] = min(a, b) }
                linkedBy[index] |= reason.bit
            }
        }
        var reasonsOfGroup = [UInt8](repeating: 0, count: count)
        for index in 0..<count where linkedBy[index] != 0 { reasonsOfGroup[root(index)] |= linkedBy[index] }

        // Name groups: exact (name, company) or (name, city) buckets, merged by member set. A
        // bucket is a run of leads with one (name, place) pair once sorted by pairs; most pairs are
        // one lead's.
        var nameGroups: [[Int]: UInt8] = [:]
        if criteria.contains(.name) {
            let names = keys[.name]!
            for reason in [DuplicateReason.nameAndCompany, .nameAndCity] {
                let places = keys[reason == .nameAndCompany ? .company : .city]!
                var pairs: [(pair: Int, index: Int)] = []
                pairs.reserveCapacity(count)
                for index in 0..<count where names[index] >= 0 && places[index] >= 0 {
                    pairs.append((Int(names[index]) * places.distinct + Int(places[index]), index))
                }
                pairs.sort { $0.pair != $1.pair ? $0.pair < $1.pair : $0.index < $1.index }
                var start = 0
                while start < pairs.count {
                    var end = start + 1
                    while end < pairs.count, pairs[end].pair == pairs[start].pair { end += 1 }
                    defer { start = end }
                    guard end - start > 1 else { continue }
                    let members = pairs[start..<end].map { $0.index }
                    let group = root(members[0])
                    if reasonsOfGroup[group] != 0, members.allSatisfy({ root($0) == group }) {
                        reasonsOfGroup[group] |= reason.bit
                        continue
                    }
                    for people in Self.people(in: members, emails: emails.numbers, phones: phones.numbers) where people.count > 1 {
                        nameGroups[people, default: 0] |= reason.bit
                    }
                }
            }
        }
        // Each group stays its members' positions (oldest first, as `entries` are) until the end:
        // ranked by keys worked out once and compared as numbers, then made into groups in that
        // order. Ranking the groups themselves copied them at every step and compared the ids
        // of their first leads as strings.
        var found: [(members: [Int], reasons: UInt8)] = []
        var slot = [Int32](repeating: -1, count: count)
        for index in 0..<count where reasonsOfGroup[root(index)] != 0 {
            let group = root(index)
            if slot[group] < 0 {
                slot[group] = Int32(found.count)
                found.append(([], reasonsOfGroup[group]))
            }
            found[Int(slot[group])].members.append(index)
        }
        found += nameGroups.map { ($0.key, $0.value) }
        // The sixteen sets of reasons, each made once and shared by the groups that have it.
        let reasonSets = (0..<16).map { bits in DuplicateReason.allCases.filter { bits & Int($0.bit) != 0 } }
        let confidences = reasonSets.map(DuplicateGroup.confidence(of:))
        let confidence = found.map { confidences[Int($0.reasons)] }
        let size = found.map { $0.members.count }
        let oldest = found.map { $0.members[0] }
        let ranked = found.indices.sorted { a, b in
            if confidence[a] != confidence[b] { return confidence[a] > confidence[b] }
            if size[a] != size[b] { return size[a] > size[b] }
            if oldest[a] != oldest[b] { return oldest[a] < oldest[b] }
            // One lead can head two name groups of one size: the rest of the leads, then the reasons.
            if found[a].members != found[b].members { return found[a].members.lexicographicallyPrecedes(found[b].members) }
            let (x, y) = (reasonSets[Int(found[a].reasons)], reasonSets[Int(found[b].reasons)])
            return x.map { $0.rawValue }.lexicographicallyPrecedes(y.map { $0.rawValue })
        }
        return ranked.map { DuplicateGroup(entries: found[$0].members.map { entries[$0] }, reasons: reasonSets[Int(found[$0].reasons)]) }
    }

    /// One name bucket split by what the addresses say: members whose emails (or phones) are both
    /// there and differ are different people. Members with an address are put in the first
    /// cluster none of whose members contradicts them; members with neither join every cluster.
    /// Buckets are small (a name at one company or in one city), so this is cheap.
    /// `members` are in order, and so is each person's list of them; a person of one lead may be
    /// left out.
    static func people(in members: [Int], emails: [Int32], phones: [Int32]) -> [[Int]] {
        func differ(_ a: Int32, _ b: Int32) -> Bool { a >= 0 && b >= 0 && a != b }
        func contradicts(_ a: Int, _ b: Int) -> Bool {
            differ(emails[a], emails[b]) || differ(phones[a], phones[b])
        }
        // Two leads (most buckets): one person, or two on their own.
        if members.count == 2 { return contradicts(members[0], members[1]) ? [] : [members] }
        // At most one email and one phone among them (so no two differ): one person. Counted in
        // one pass, where comparing each pair would be quadratic in a big bucket.
        func atMostOne(_ keys: [Int32]) -> Bool {
            var seen: Int32 = -1
            for member in members where keys[member] >= 0 {
                if seen >= 0, keys[member] != seen { return false }
                seen = keys[member]
            }
            return true
        }
        if atMostOne(emails), atMostOne(phones) { return [members] }
        var open: [Int] = []
        var clusters: [[Int]] = []
        for member in members {
            if emails[member] < 0, phones[member] < 0 {
                open.append(member)
            } else if let index = clusters.firstIndex(where: { $0.allSatisfy { !contradicts($0, member) } }) {
                clusters[index].append(member)
            } else {
                clusters.append([member])
            }
        }
        // Sorted, so one set of leads is one key whichever bucket found it.
        return clusters.isEmpty ? [open] : clusters.map { ($0 + open).sorted() }
    }
}

extension DuplicateReason {
    /// The reason as one bit of a set of reasons, in the order of `allCases`.
    fileprivate var bit: UInt8 {
        switch self {
        case .email: 1
        case .phone: 2
        case .nameAndCompany: 4
        case .nameAndCity: 8
        }
    }
}
