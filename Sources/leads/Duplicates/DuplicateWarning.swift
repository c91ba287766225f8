import Foundation
import LeadDuplicates
import ScreenText
import TiledeskLeads

/// Before a lead is made (or its email or phone changed): the leads it would duplicate. The server
/// answers for the email (its exact `email` filter, tried as typed and in lower case); the on-disk
/// index of `leads duplicates`, where one exists, answers for the phone and the name too. Matches
/// are a warning on stderr; `--no-duplicates` makes them a refusal (exit 5).
struct DuplicateWarning {
    let api: any LeadsAPI
    /// The index's leads by key; nil when the project has no index yet.
    let lookup: DuplicateLookup?

    /// A check for the project `client` talks to, with its index if there is one.
    init(client: HTTPLeadsClient) {
        api = client
        let file = DuplicateIndexFile(baseURL: client.configuration.baseURL, projectID: client.configuration.projectID)
        lookup = file.load().map { DuplicateLookup($0.entries) }
    }

    init(api: any LeadsAPI, lookup: DuplicateLookup?) {
        self.api = api
        self.lookup = lookup
    }

    /// Live leads that look like `lead` (its own id excepted), with why, email matches first.
    func matches(for lead: Lead, checking fields: Set<LeadField> = [.email, .phone, .fullname]) async throws
        -> [(entry: DuplicateEntry, reason: DuplicateReason)]
    {
        var found: [(entry: DuplicateEntry, reason: DuplicateReason)] = []
        var seen = Set<String>([lead.id].filter { !$0.isEmpty })
        if fields.contains(.email), let typed = lead.email, !typed.trimmingCharacters(in: .whitespaces).isEmpty {
            var spellings = [typed]
            for other in [typed.lowercased(), typed.trimmingCharacters(in: .whitespaces), typed.trimmingCharacters(in: .whitespaces).lowercased()]
            where !spellings.contains(other) { spellings.append(other) }
            for spelling in spellings {
                for match in try await api.list(LeadQuery(limit: 50, email: spelling)).leads where seen.insert(match.id).inserted {
                    found.append((DuplicateEntry(lead: match), .email))
                }
            }
        }
        if let lookup {
            var criteria = Set<DuplicateCriterion>()
            if fields.contains(.email) { criteria.insert(.email) }
            if fields.contains(.phone) { criteria.insert(.phone) }
            if fields.contains(.fullname) { criteria.insert(.name) }
            for match in lookup.matches(for: DuplicateEntry(lead: lead), by: criteria) where seen.insert(match.entry.id).inserted {
                found.append(match)
            }
        }
        return found
    }

    /// `1 lead has this email: ID Name <email>` per reason; nil when there is nothing to say.
    static func describe(_ matches: [(entry: DuplicateEntry, reason: DuplicateReason)]) -> [String] {
        let what: [DuplicateReason: String] = [
            .email: "this email", .phone: "this phone", .nameAndCompany: "this name and company", .nameAndCity: "this name and city",
        ]
        return DuplicateReason.allCases.compactMap { reason in
            let leads = matches.filter { $0.reason == reason }.map(\.entry)
            guard !leads.isEmpty else { return nil }
            let list = leads.prefix(5).map { entry in
                ([entry.id, entry.fullname, entry.email.map { "<\($0)>" }].compactMap { $0 }.filter { !$0.isEmpty })
                    .map(TerminalText.sanitized).joined(separator: " ")
            }
            let more = leads.count > 5 ? ", and \(leads.count - 5) more" : ""
            return "\(leads.count) lead\(leads.count == 1 ? " has" : "s have") \(what[reason]!): \(list.joined(separator: ", "))\(more)"
        }
    }

    /// Says what was found on stderr, or refuses with exit 5 when `refuse` is set.
    func check(_ lead: Lead, checking fields: Set<LeadField> = [.email, .phone, .fullname], refuse: Bool, doing: String) async throws {
        let found = try await matches(for: lead, checking: fields)
        guard !found.isEmpty else { return }
        let lines = Self.describe(found)
        if refuse {
            throw CLIError(.conflict, "not \(doing) (--no-duplicates): " + lines.joined(separator: "; "))
        }
        for line in lines { StandardError.line("leads: warning: \(line)") }
    }
}
