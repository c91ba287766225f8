import Foundation
import Testing
import TiledeskLeads
@testable import LeadDuplicates
@testable import LeadsSandbox

/// The finder on the sandbox's seed: every seeded duplicate family is found, and among leads that
/// are all different people (with look-alikes: shared names in other companies and cities, the
/// same local part at another domain, the same national digits in another country) no group is.
@Suite struct DuplicateFinderTests {
    @Test func everySeededFamilyIsFound() {
        let generator = SeedGenerator(projectID: "64c0ffee0000000000000001", createdBy: LeadStore.seedCreator)
        let leads = (0..<10_000).map(generator.lead(at:))
        let groups = DuplicateFinder.groups(leads.map(DuplicateEntry.init(lead:)))
        var groupsOf: [String: Set<Int>] = [:]
        for (number, group) in groups.enumerated() { for id in group.ids { groupsOf[id, default: []].insert(number) } }
        var families = 0
        var variants = Set<DuplicateFamilies.Variant>()
        for index in leads.indices {
            guard let origin = DuplicateFamilies.origin(of: index) else { continue }
            families += 1
            variants.insert(DuplicateFamilies.variant(of: index, origin: generator.lead(at: origin)))
            let (member, first) = (leads[index], leads[origin])
            let shared = groupsOf[member.id, default: []].intersection(groupsOf[first.id, default: []])
            #expect(!shared.isEmpty, "family of \(origin) and \(index) not grouped: \(first) / \(member)")
        }
        #expect((250...330).contains(families), "about 3% of 10,000 leads are family members, got \(families)")
        #expect(variants == Set(DuplicateFamilies.Variant.allCases), "every kind of variant is seeded")
    }

    @Test func groupsSayWhyAndHowSure() {
        let generator = SeedGenerator(projectID: "64c0ffee0000000000000001", createdBy: LeadStore.seedCreator)
        for index in [31, 63, 95, 127, 159] {
            let origin = DuplicateFamilies.origin(of: index)!
            let pair = [generator.lead(at: origin), generator.lead(at: index)]
            let variant = DuplicateFamilies.variant(of: index, origin: pair[0])
            let groups = DuplicateFinder.groups(pair.map(DuplicateEntry.init(lead:)))
            #expect(groups.count == 1)
            let reasons = Set(groups.first?.reasons ?? [])
            switch variant {
            case .emailCase: #expect(reasons.contains(.email))
            case .phoneFormat: #expect(reasons.contains(.phone))
            case .unaccentedName, .nameOrder: #expect(!reasons.isDisjoint(with: [.nameAndCompany, .nameAndCity]))
            case .emailAndPhone: #expect(reasons.isSuperset(of: [.email, .phone]) && groups[0].confidence == 0.98)
            }
            #expect(groups[0].entries.first?.createdAt ?? .distantFuture <= groups[0].entries.last?.createdAt ?? .distantPast, "oldest first")
        }
    }

    @Test func noGroupAmongTenThousandDifferentPeople() {
        let leads = Self.distinctPeople()
        #expect(leads.count == 10_000)
        let groups = DuplicateFinder.groups(leads.map(DuplicateEntry.init(lead:)))
        #expect(groups.isEmpty, "false groups: \(groups.prefix(3).map { $0.entries.map { $0.fullname ?? "" } })")
    }

    /// A common name in one city is many strangers: they form one name+city group, and are not
    /// chained through it to the groups of their emails.
    @Test func namesDoNotChainStrangersTogether() {
        let leads = [
            Lead(id: "1", fullname: "James Smith", email: "js@a.com", city: "Austin", createdAt: Date(timeIntervalSince1970: 1)),
            Lead(id: "2", fullname: "James Smith", email: "JS@a.com", city: "Boston", createdAt: Date(timeIntervalSince1970: 2)),
            Lead(id: "3", fullname: "Smith James", email: "other@b.com", city: "Austin", createdAt: Date(timeIntervalSince1970: 3)),
            Lead(id: "4", fullname: "Mary Brown", email: "other@b.com", city: "Boston", createdAt: Date(timeIntervalSince1970: 4)),
        ]
        let groups = DuplicateFinder.groups(leads.map(DuplicateEntry.init(lead:)))
        #expect(Set(groups.map { "\($0.ids.joined(separator: ",")) \($0.reasons.map(\.rawValue).joined(separator: ","))" }) == [
            "1,2 email", "3,4 email", "1,3 name+city",
        ])
    }

    @Test func criteriaLimitWhatIsCompared() {
        let a = Lead(id: "a", fullname: "Mario Rossi", email: "mario@x.it", phone: "+39 333 1234567", city: "Roma")
        let b = Lead(id: "b", fullname: "ROSSI Mario", email: "MARIO@X.IT ", phone: "0039 3331234567", city: "ROMA")
        let entries = [a, b].map(DuplicateEntry.init(lead:))
        #expect(DuplicateFinder.groups(entries, by: [.email]).first?.reasons == [.email])
        #expect(DuplicateFinder.groups(entries, by: [.phone]).first?.reasons == [.phone])
        #expect(DuplicateFinder.groups(entries, by: [.name]).first?.reasons == [.nameAndCity])
        #expect(DuplicateFinder.groups(entries).first?.reasons == [.email, .phone, .nameAndCity])
        var c = b
        c.city = "Milano"
        #expect(DuplicateFinder.groups([a, c].map(DuplicateEntry.init(lead:)), by: [.name]).isEmpty, "a name alone is not enough")
    }

    /// 10,000 different people: every name twice, in another company and city; the same local
    /// part at another domain; the same digits as national numbers of two countries.
    static func distinctPeople() -> [Lead] {
        let syllables = [
            ["ba", "ké", "lo", "mí", "nu", "pé", "ra", "sö", "ti", "vé"],
            ["ба", "ке", "ло", "ми", "ну", "пе", "ра", "со", "ти", "ве"],
            ["βα", "κε", "λο", "μι", "νυ", "πε", "ρα", "σο", "τι", "φε"],
        ]
        let suffixes = [("a", "ski"), ("а", "ов"), ("α", "ος")]
        return (0..<10_000).map { index in
            let person = index % 5_000
            let half = index / 5_000
            let script = person % 3
            let digits = [person % 10, person / 10 % 10, person / 100 % 10, person / 1_000 % 10]
            let given = syllables[script][digits[0]] + syllables[script][digits[1]] + suffixes[script].0
            let family = syllables[script][digits[2]] + syllables[script][digits[3]] + suffixes[script].1
            let number = String(person).leftPadded(to: 6)
            return Lead(
                id: String(format: "%024x", index), fullname: half == 0 ? "\(given) \(family)" : "\(family.uppercased()) \(given)",
                email: "p\(person)@d\(half).example", phone: half == 0 ? "333 1\(number)" : "06 12 \(number)",
                company: "Company \((person + half) % 50)", city: "City \((person + 2 * half) % 40)",
                country: half == 0 ? "Italia" : "France", createdAt: Date(timeIntervalSince1970: Double(index)))
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
