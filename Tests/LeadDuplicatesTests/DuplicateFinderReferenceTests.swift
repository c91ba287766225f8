import Foundation
import Testing
@testable import LeadDuplicates

/// Grouping works on key numbers and hashes; the finder it replaced compared the texts in
/// dictionaries. On random leads drawn from small pools of keys (so that groups, ties and
/// contradictions abound, with canonically equivalent spellings, leads without any address, and
/// creation times shared or missing) both give the same groups in the same order, for every
/// choice of criteria.
@Suite struct DuplicateFinderReferenceTests {
    static func summary(_ group: DuplicateGroup) -> String {
        group.ids.joined(separator: " ") + " · " + group.reasons.map(\.rawValue).joined(separator: ", ")
    }

    @Test func groupsAreThoseOfTheFinderThatComparedTexts() {
        let emails: [String?] = [nil, nil, "a@x.org", "b@x.org", "é@x.org", "e\u{301}@x.org", "c;d@x.org", "c\u{37E}d@x.org"]
        let phones: [String?] = [nil, nil, "+393331234567", "+393331234568", "+4420794609"]
        let names: [String?] = [nil, "maria rossi", "mario rossi", "zoe", "ana\u{301}", "an\u{E1}"]
        let places: [String?] = [nil, "roma", "milano", "acme", "k", "\u{212A}"]
        var random = SystemRandomNumberGenerator()
        for round in 0..<60 {
            let count = [2, 3, 5, 20, 80, 300][round % 6]
            let entries = (0..<count).map { index in
                DuplicateEntry(
                    id: "id\(Int.random(in: 0..<1_000_000, using: &random))-\(index)",
                    createdAt: Bool.random(using: &random)
                        ? nil : Date(timeIntervalSince1970: Double(Int.random(in: 0..<4, using: &random))),
                    updatedAt: nil, fullname: nil, email: nil, phone: nil, company: nil, city: nil,
                    emailKey: emails.randomElement(using: &random)!, phoneKey: phones.randomElement(using: &random)!,
                    nameKey: names.randomElement(using: &random)!, companyKey: places.randomElement(using: &random)!,
                    cityKey: places.randomElement(using: &random)!)
            }
            for criteria: Set<DuplicateCriterion> in [[.email, .phone, .name], [.email], [.phone], [.name], [.email, .name]] {
                let (found, expected) = (DuplicateFinder.groups(entries, by: criteria), TextFinder.groups(entries, by: criteria))
                // Ids and reasons, to read; then the groups whole.
                #expect(found.map(Self.summary) == expected.map(Self.summary), "\(count) leads, \(criteria)")
                #expect(found == expected)
            }
        }
    }
}

/// The finder as it was before keys were numbered (commit 4d4d63c), kept as the reference.
private enum TextFinder {
    static func groups(_ entries: [DuplicateEntry], by criteria: Set<DuplicateCriterion> = Set(DuplicateCriterion.allCases))
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
        // Each key read out once: reaching into an entry copied all thirteen fields each time.
        let emails = entries.map(\.emailKey)
        let phones = entries.map(\.phoneKey)
        var parent = Array(entries.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var strongReasons: [Int: Set<DuplicateReason>] = [:]
        var linked: [(Int, DuplicateReason)] = []
        for reason in [DuplicateReason.email, .phone] where criteria.contains(reason.criterion) {
            var first: [String: Int] = [:]
            first.reserveCapacity(entries.count)
            for (index, key) in (reason == .email ? emails : phones).enumerated() {
                guard let key else { continue }
                if let other = first[key] {
                    let (a, b) = (root(index), root(other))
                    if a != b { parent[max(a, b)] = min(a, b) }
                    linked.append((index, reason))
                } else {
                    first[key] = index
                }
            }
        }
        for (index, reason) in linked { strongReasons[root(index), default: []].insert(reason) }
        var strongMembers: [Int: [Int]] = [:]
        for index in entries.indices where strongReasons[root(index)] != nil { strongMembers[root(index), default: []].append(index) }

        // Name groups: exact (name, company) or (name, city) buckets, merged by member set.
        var nameGroups: [[Int]: Set<DuplicateReason>] = [:]
        if criteria.contains(.name) {
            let names = entries.map(\.nameKey)
            for reason in [DuplicateReason.nameAndCompany, .nameAndCity] {
                // Each bucket as a chain through `previous` from its newest member, not an array
                // of its own: most (name, place) pairs are one lead's, and 200,000 small arrays
                // were the costliest part of grouping.
                let places = entries.map { reason == .nameAndCompany ? $0.companyKey : $0.cityKey }
                var newest: [NameAndPlace: Int] = [:]
                newest.reserveCapacity(entries.count)
                var previous = [Int](repeating: -1, count: entries.count)
                for index in entries.indices {
                    guard let name = names[index], let place = places[index] else { continue }
                    if let last = newest.updateValue(index, forKey: NameAndPlace(name: name, place: place)) { previous[index] = last }
                }
                for last in newest.values where previous[last] >= 0 {
                    var members = [last]
                    while previous[members[members.count - 1]] >= 0 { members.append(previous[members[members.count - 1]]) }
                    members.reverse()
                    let group = root(members[0])
                    if strongReasons[group] != nil, members.allSatisfy({ root($0) == group }) {
                        strongReasons[group]?.insert(reason)
                        continue
                    }
                    for people in Self.people(in: members, emails: emails, phones: phones) where people.count > 1 {
                        nameGroups[people, default: []].insert(reason)
                    }
                }
            }
        }
        // Each group stays its members' indices (oldest first, as `entries` are) until the end:
        // ranked by keys worked out once and compared as numbers, then made into groups in that
        // order. Ranking the groups themselves copied them at every step and compared the ids
        // of their first leads as strings: a tenth of a second look.
        let found: [(members: [Int], reasons: [DuplicateReason])] =
            strongMembers.map { group, indices in (indices.sorted(), (strongReasons[group] ?? []).sorted()) }
            + nameGroups.map { indices, reasons in (indices.sorted(), reasons.sorted()) }
        let confidence = found.map { DuplicateGroup.confidence(of: $0.reasons) }
        let size = found.map(\.members.count)
        let oldest = found.map { $0.members[0] }
        let ranked = found.indices.sorted { a, b in
            if confidence[a] != confidence[b] { return confidence[a] > confidence[b] }
            if size[a] != size[b] { return size[a] > size[b] }
            if oldest[a] != oldest[b] { return oldest[a] < oldest[b] }
            // One lead can head two name groups of one size: the rest of the leads, then the reasons.
            if found[a].members != found[b].members { return found[a].members.lexicographicallyPrecedes(found[b].members) }
            return found[a].reasons.map(\.rawValue).lexicographicallyPrecedes(found[b].reasons.map(\.rawValue))
        }
        return ranked.map { DuplicateGroup(entries: found[$0].members.map { entries[$0] }, reasons: found[$0].reasons) }
    }

    /// The key of a name bucket: a name with a company or a city, hashed as two texts rather
    /// than joined into a new one.
    struct NameAndPlace: Hashable {
        let name: String
        let place: String
    }

    /// One name bucket split by what the addresses say: members whose emails (or phones) are both
    /// there and differ are different people. Members with an address are put in the first
    /// cluster none of whose members contradicts them; members with neither join every cluster.
    /// Buckets are small (a name at one company or in one city), so this is cheap.
    static func people(in members: [Int], emails: [String?], phones: [String?]) -> [[Int]] {
        func differ(_ a: String?, _ b: String?) -> Bool { a != nil && b != nil && a != b }
        func contradicts(_ a: Int, _ b: Int) -> Bool {
            differ(emails[a], emails[b]) || differ(phones[a], phones[b])
        }
        var open: [Int] = []
        var clusters: [[Int]] = []
        for member in members {
            if emails[member] == nil, phones[member] == nil {
                open.append(member)
            } else if let index = clusters.firstIndex(where: { $0.allSatisfy { !contradicts($0, member) } }) {
                clusters[index].append(member)
            } else {
                clusters.append([member])
            }
        }
        return clusters.isEmpty ? [open] : clusters.map { $0 + open }
    }
}
