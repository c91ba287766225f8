import Foundation
import TiledeskLeads

/// One project's share of the live activity: its own random stream (from the spec's seed and the
/// project id), the visitors still to fill in their details, and the leads and edits it makes.
struct LiveStream {
    let projectID: String
    let row: Int64
    var random: SeedRandom
    /// Widget leads not yet filled in, oldest first.
    var waiting: [String] = []

    init(projectID: String, row: Int64, seed: UInt64) {
        self.projectID = projectID
        self.row = row
        random = SeedRandom(seed: seed ^ SeedRandom.hash("live:" + projectID))
    }

    /// Seconds to the next event of a kind happening `rate` times a second on average.
    mutating func gap(rate: Double) -> Double {
        -log(1 - random.unit()) / rate
    }

    /// A lead as the chat widget makes it for a new visitor: a `lead_id` of its own, a `guest#…`
    /// name, no email, and what the widget knows about the visit in `attributes`.
    mutating func visitor() -> Lead {
        let uuid = hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12)
        let page = random.pick(["/", "/pricing", "/contact", "/docs/getting-started", "/blog/leads"])
        return Lead(
            leadID: uuid, fullname: "guest#" + uuid.suffix(5), tags: [],
            attributes: [
                "departmentId": .string(hex(24)),
                "sourcePage": .string("https://www.example.com" + page),
                "client": .string(random.pick(["Mozilla/5.0 (Windows NT 10.0)", "Mozilla/5.0 (Macintosh)", "Mozilla/5.0 (iPhone)"])),
                "userFullname": .null,
            ],
            createdBy: hex(24), status: LeadStatus.normal)
    }

    /// The name and email a visitor types in.
    mutating func identity() -> (name: String, email: String) {
        let locale = random.pick(SeedLocale.catalog)
        let given = random.pick(locale.givenNames)
        let family = random.pick(locale.familyNames)
        let email = "\(given.latin).\(family.latin)\(random.below(1000))@\(random.pick(locale.mailDomains))"
        return (locale.fullname(given: given, family: family), email)
    }

    /// One change another agent makes: a field, a tag added or removed, or attributes merged.
    mutating func edit() -> LiveEdit {
        switch random.below(4) {
        case 0:
            let field = random.pick([LeadField.company, .city, .note, .phone])
            let value: String
            switch field {
            case .company: value = random.pick(SeedVocabulary.companies)
            case .city: value = random.pick(random.pick(SeedLocale.catalog).cities).name
            case .note: value = random.pick(SeedVocabulary.noteLines)
            default: value = random.fill("+1 555 ### ####")
            }
            return LiveEdit(method: "PUT", pathSuffix: "") { $0[field] = value }
        case 1:
            let tag = random.pick(SeedVocabulary.tags)
            return LiveEdit(method: "PUT", pathSuffix: "/tag") { lead in
                if !lead.tags.contains(tag) { lead.tags.append(tag) }
            }
        case 2:
            let tag = random.pick(SeedVocabulary.tags)
            let encoded = tag.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? tag
            return LiveEdit(method: "DELETE", pathSuffix: "/tag/\(encoded)") { $0.tags.removeAll { $0 == tag } }
        default:
            let visits = Int64(1 + random.below(50))
            let plan = random.pick(SeedVocabulary.plans)
            return LiveEdit(method: "PATCH", pathSuffix: "/attributes") { lead in
                lead.attributes = (lead.attributes ?? [:]).merging(["visits": .int(visits), "plan": .string(plan)]) { $1 }
            }
        }
    }

    private mutating func hex(_ digits: Int) -> String {
        String((0..<digits).map { _ in "0123456789abcdef".randomElement(using: &random)! })
    }
}

/// An agent's edit: how it changes the lead, and the route it stands for in the request log.
struct LiveEdit: Sendable {
    var method: String
    var pathSuffix: String
    var apply: @Sendable (inout Lead) throws -> Void
}
