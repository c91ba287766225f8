import Foundation
import LeadDuplicates
@testable import LeadBrowser
import TiledeskLeads

/// Three leads of one person (the email in other cases, the phone in other formats, values only
/// some of them hold), their group as `DuplicateFinder` makes it, and a project that answers the
/// merge's requests as the server would (updates applied with `LeadChange.applied`), so the
/// view-model's merge and undo are checked against what the leads end up holding.
struct MergeFixtures {
    static let day: TimeInterval = 86_400
    static let leads = [
        Lead(id: "a1", fullname: "Mario Rossi", email: "mario@example.it", phone: "+39 333 123 4567", company: "", city: "Roma",
             tags: ["vip"], attributes: ["plan": .string("pro")], createdAt: Date(timeIntervalSince1970: 1_000 * day)),
        Lead(id: "a2", fullname: "Mario Rossi", email: "Mario@Example.it", phone: "0039 3331234567", company: "Rossi Srl",
             city: "Milano", tags: ["chat"], createdAt: Date(timeIntervalSince1970: 1_100 * day)),
        Lead(id: "a3", fullname: "ROSSI Mario", email: "MARIO@example.it", company: "Rossi S.r.l.",
             attributes: ["plan": .string("free")], createdAt: Date(timeIntervalSince1970: 1_200 * day)),
    ]

    static var group: DuplicateGroup { DuplicateFinder.groups(leads.map(DuplicateEntry.init(lead:)))[0] }

    /// The leads as the project holds them.
    var stored: [String: Lead] = Dictionary(uniqueKeysWithValues: MergeFixtures.leads.map { ($0.id, $0) })
    /// Requests answered, in order.
    var sent: [APIRequest] = []

    /// Answers one request effect as the server would (404 for a lead it does not hold); nil for
    /// anything else.
    mutating func answer(_ effect: Effect) -> Msg? {
        guard case .request(let id, let request) = effect, request.leadID != nil else { return nil }
        sent.append(request)
        if let leadID = request.leadID, stored[leadID] == nil {
            return .requestFailed(requestID: id, error: APIError(.notFound, status: 404, message: "HTTP 404"))
        }
        switch request {
        case .get(let leadID):
            return .leadLoaded(requestID: id, lead: stored[leadID]!)
        case .update(let leadID, let change, _):
            stored[leadID] = change.applied(to: stored[leadID]!)
        case .mergeAttributes(let leadID, let attributes):
            stored[leadID]!.attributes = (stored[leadID]!.attributes ?? [:]).merging(attributes) { $1 }
        case .trash(let leadID):
            stored[leadID]!.status = LeadStatus.trashed
        case .restore(let leadID):
            stored[leadID]!.status = LeadStatus.normal
        default:
            return nil
        }
        return .leadLoaded(requestID: id, lead: stored[request.leadID!]!)
    }

    /// Answers every request, and the requests those answers lead to, until none is left.
    mutating func run(_ state: inout AppState, _ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let message = answer(effect) { queue += state.update(message) }
        }
    }
}

extension APIRequest {
    var leadID: String? {
        switch self {
        case .get(let id), .update(let id, _, _), .mergeAttributes(let id, _), .trash(let id), .restore(let id), .deleteForever(let id): id
        default: nil
        }
    }
}
