import Foundation
import TiledeskLeads

/// Makes the seeded leads of one project. Lead `index` depends only on the project and the index
/// (each lead has its own random stream), so `--seed N` always gives the same N leads and raising
/// N only adds new ones.
struct SeedGenerator: Sendable {
    let projectID: String
    let createdBy: String
    private let projectSeed: UInt64
    /// Ten hex digits of the project's hash: the middle of every seeded id, so ids never collide
    /// across projects, and look like the real server's ObjectIds.
    private let idMiddle: String

    /// Seeded `createdAt` values fall in the three years before this instant (2026-11-01T00:00Z).
    static let newest: Double = 1_793_491_200
    static let span: Double = 3 * 365 * 86_400

    init(projectID: String, createdBy: String) {
        self.projectID = projectID
        self.createdBy = createdBy
        projectSeed = SeedRandom.hash(projectID)
        idMiddle = Self.hex(projectSeed >> 24, digits: 10)
    }

    func lead(at index: Int) -> Lead {
        var random = SeedRandom(seed: projectSeed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        let locale = random.pick(SeedLocale.catalog)
        let given = random.pick(locale.givenNames)
        let family = random.pick(locale.familyNames)
        let created = Self.newest - Self.span * random.unit()
        // Four in ten edited up to 90 days after creation; an edit that would fall after `newest`
        // falls as far between creation and `newest` instead of on `newest` itself, which piled
        // 1.6% of a project on one millisecond (no real project has that; it made every look at
        // the duplicate index read them all again).
        let edited = random.chance(0.4) ? random.unit() : 0
        let updated = min(created + edited * 90 * 86_400, created + edited * (Self.newest - created))
        let createdAt = Date(timeIntervalSince1970: (created * 1000).rounded(.down) / 1000)

        var lead = Lead(
            id: Self.hex(UInt64(created), digits: 8) + idMiddle + Self.hex(UInt64(index), digits: 6),
            version: 0, projectID: projectID, createdBy: createdBy,
            status: random.chance(0.02) ? LeadStatus.trashed : LeadStatus.normal,
            createdAt: createdAt, updatedAt: Date(timeIntervalSince1970: (updated * 1000).rounded(.down) / 1000))
        var name = locale.fullname(given: given, family: family)
        if random.chance(0.01) { name += " " + random.pick(SeedVocabulary.emojis) }
        lead.fullname = name
        let company = random.chance(0.7) ? random.pick(SeedVocabulary.companies) : nil
        lead.company = company
        if random.chance(0.95) { lead.email = email(given: given.latin, family: family.latin, company: company, locale: locale, index: index, random: &random) }
        if random.chance(0.85) { lead.phone = random.fill(locale.phonePattern) }
        if random.chance(0.6) { lead.leadID = "web-" + Self.hex(random.next(), digits: 16) }
        if random.chance(0.75) { address(locale: locale, into: &lead, random: &random) }
        if random.chance(0.25) { lead.note = note(random: &random) }
        lead.tags = tags(random: &random)
        if random.chance(0.8) { lead.attributes = attributes(locale: locale, random: &random) }
        if random.chance(0.2) { lead.properties = ["industry": .string(random.pick(SeedVocabulary.industries))] }
        if HostileSeed.isHostile(index) { HostileSeed.apply(kind: (index / 200) % HostileSeed.kinds, to: &lead) }
        if let origin = DuplicateFamilies.origin(of: index).map(self.lead(at:)) {
            DuplicateFamilies.apply(DuplicateFamilies.variant(of: index, origin: origin), from: origin, to: &lead)
        }
        return lead
    }

    /// A name-based address. The names come from small pools, so the address carries a number
    /// taken from the lead's place in the seed: two people called Linda Wilson do not share
    /// `lwilson@gmail.com` (which would make them one person to `leads duplicates`); only the
    /// seeded duplicate families share an address. The random draws are the same as without the
    /// number, so every other field of every lead stays as it was.
    private func email(given: String, family: String, company: String?, locale: SeedLocale, index: Int, random: inout SeedRandom) -> String {
        let number = index % 10_000
        let local = switch random.below(5) {
        case 0: "\(given).\(family)\(number)"
        case 1: "\(given.prefix(1))\(family)\(number)"
        case 2: "\(given)\(random.below(100))\(number)"
        case 3: "\(family).\(given)\(number)+crm"
        default: "\(given)_\(family)\(number)"
        }
        if let company, random.chance(0.5) {
            let domain = company.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }
            if domain.count >= 3 { return "\(local)@\(String(String.UnicodeScalarView(domain))).example" }
        }
        return "\(local)@\(random.pick(locale.mailDomains))"
    }

    private func address(locale: SeedLocale, into lead: inout Lead, random: inout SeedRandom) {
        let city = random.pick(locale.cities)
        lead.streetAddress = locale.streetPattern
            .replacingOccurrences(of: "{n}", with: String(1 + random.below(250)))
            .replacingOccurrences(of: "{s}", with: random.pick(locale.streets))
        lead.city = city.name
        lead.region = city.region
        lead.zipcode = random.fill(city.zipcode)
        lead.country = locale.country
    }

    private func note(random: inout SeedRandom) -> String {
        (0..<(1 + random.below(3))).map { _ in random.pick(SeedVocabulary.noteLines) }.joined(separator: "\n")
    }

    private func tags(random: inout SeedRandom) -> [String] {
        var tags: [String] = []
        for _ in 0..<random.below(4) {
            let tag = random.pick(SeedVocabulary.tags)
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }

    private func attributes(locale: SeedLocale, random: inout SeedRandom) -> [String: JSONValue] {
        var attributes: [String: JSONValue] = [
            "plan": .string(random.pick(SeedVocabulary.plans)),
            "seats": .int(Int64(1 + random.below(500))),
            "newsletter": .bool(random.chance(0.5)),
            "source": .object([
                "channel": .string(random.pick(SeedVocabulary.channels)),
                "campaign": random.chance(0.8) ? .string(random.pick(SeedVocabulary.campaigns)) : .null,
            ]),
        ]
        if random.chance(0.5) { attributes["score"] = .double((random.unit() * 1000).rounded() / 1000) }
        if random.chance(0.4) {
            attributes["languages"] = .array((0..<(1 + random.below(3))).map { _ in .string(random.pick(SeedVocabulary.languages)) })
        }
        if random.chance(0.3) {
            attributes["lastOrder"] = .object([
                "id": .string(random.fill("ORD-######")),
                "total": .double(Double(random.below(100_000)) / 100),
                "items": .array((0..<(1 + random.below(3))).map { _ in
                    .object(["sku": .string(random.fill("@@-####")), "qty": .int(Int64(1 + random.below(5)))])
                }),
            ])
        }
        return attributes
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value & (digits >= 16 ? .max : (1 << (4 * UInt64(digits))) - 1), radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
