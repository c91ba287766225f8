import Foundation
import Hummingbird
import TiledeskLeads

/// `/{project}/segments` as routes/segment.js answers it: POST creates (Mongoose validation
/// failures are `500 {"success":false,"msg":"Error updating object."}`), PUT and DELETE are
/// `findByIdAndUpdate(…, {new: true, upsert: true})` (an unknown id creates a bare document;
/// DELETE only sets status 0), `GET /:id` is `findById` (any project, deleted ones too), and
/// `GET /` lists the project's status-100 segments in pages like the leads.
/// The project check and authentication are the leads routes' own (`LeadRoutes.handle`).
struct SegmentRoutes: Sendable {
    let leads: LeadRoutes
    let store: LeadStore

    private static let updateFailed = SandboxFailure(status: .internalServerError, message: "Error updating object.")

    func register(on router: Router<BasicRequestContext>) {
        let group = router.group(":project/segments")
        group.post { request, context in
            await leads.handle(request, context, key: .msg) { caller in
                var request = request
                guard case .object(let body) = try await leads.body(&request) else { throw Self.updateFailed }
                let name = try Self.requiredText(body["name"])
                let match = body["match"] == nil ? "all" : try Self.requiredText(body["match"])
                let filters = try Self.filters(body["filters"], validate: true)
                let projectID = try leads.parameter(context, "project").lowercased()
                return SandboxResponses.json(try await store.insertSegment(
                    project: caller.project, projectID: projectID, name: name, match: match, filters: filters, createdBy: caller.user.id))
            }
        }
        group.put(":id") { request, context in
            await leads.handle(request, context, key: .msg) { _ in
                var request = request
                let id = try segmentID(context, failure: Self.updateFailed)
                guard case .object(let body) = try await leads.body(&request) else { throw Self.updateFailed }
                var set: [String: JSONValue] = [:]
                // `req.body.x != undefined`: null is skipped as well.
                for key in ["name", "match"] {
                    switch body[key] {
                    case nil, .null?: break
                    case .object?, .array?: throw Self.updateFailed
                    case let value?: set[key] = .string(value.stringValue ?? value.jsonText)
                    }
                }
                if let filters = body["filters"], filters != .null { set["filters"] = .array(try Self.filters(filters, validate: false)) }
                return SandboxResponses.json(try await store.updateSegment(id: id, set: set))
            }
        }
        group.delete(":id") { request, context in
            await leads.handle(request, context, key: .msg) { _ in
                let id = try segmentID(context, failure: Self.updateFailed)
                return SandboxResponses.json(try await store.updateSegment(id: id, set: ["status": 0]))
            }
        }
        group.get(":id") { request, context in
            await leads.handle(request, context, key: .msg) { _ in
                let id = try segmentID(context, failure: SandboxFailure(status: .internalServerError, message: "Error getting object."))
                guard let document = try await store.segment(id: id) else { throw SandboxFailure.leadNotFound }
                return SandboxResponses.json(document)
            }
        }
        group.get { request, context in
            await leads.handle(request, context, key: .msg) { caller in
                try await list(QueryString(request.uri.query), caller)
            }
        }
    }

    /// `GET /`: `limit` (40), `page` (from 0), `sort` (createdAt) and `direction` (-1).
    private func list(_ query: QueryString, _ caller: LeadRoutes.Caller) async throws -> Response {
        var limit = 40
        var page = 0
        if let text = query["limit"] {
            guard let n = Int(text), n >= 0 else { return try await refuse("limit must be a whole number") }
            limit = n
        }
        if let text = query["page"] {
            guard let n = Int(text), n >= 0 else { return try await refuse("page must be a whole number from 0") }
            page = n
        }
        var newestFirst = true
        if let text = query["direction"] {
            guard let direction = ListParameters.direction(text) else { return try await refuse("direction must be 1 or -1") }
            newestFirst = direction == .descending
        }
        let found = try await store.segments(
            project: caller.project, newestFirst: newestFirst, byName: query["sort"] == "name", limit: limit, page: page)
        return SandboxResponses.json(["perPage": .int(Int64(limit)), "count": .int(Int64(found.count)), "segments": .array(found.documents)])
    }

    /// What MongoDB refuses the real route never answers (its callback returns the error
    /// without a response); outside `--quirks` the sandbox says what is wrong instead.
    private func refuse(_ message: String) async throws -> Response {
        if leads.quirks { try await leads.shutdown.hang() }
        throw SandboxFailure.badRequest(message)
    }

    /// A CastError on a malformed id: the route's own 500.
    private func segmentID(_ context: BasicRequestContext, failure: SandboxFailure) throws -> String {
        let id = try leads.parameter(context, "id")
        guard SandboxConfiguration.isObjectID(id) else { throw failure }
        return id.lowercased()
    }

    /// A required String path: a number or boolean is cast to text; missing, null, "" or an
    /// object fail validation.
    private static func requiredText(_ value: JSONValue?) throws -> String {
        switch value {
        case .string(let s)? where !s.isEmpty: return s
        case .int?, .double?, .bool?: return value!.jsonText
        default: throw updateFailed
        }
    }

    /// `filters: [SegmentFilterSchema]`: missing is `[]`, one object is cast to a one-element
    /// array, members other than field/operator/value are dropped (`strict`). On create, each
    /// filter's field, operator and value are required; `findByIdAndUpdate` runs no validators.
    private static func filters(_ value: JSONValue?, validate: Bool) throws -> [JSONValue] {
        let items: [JSONValue]
        switch value {
        case nil, .null?: items = []
        case .array(let list)?: items = list
        case .object?: items = [value!]
        default: throw updateFailed
        }
        return try items.map { item in
            guard case .object(let members) = item else { throw updateFailed }
            var kept: [String: JSONValue] = [:]
            for key in ["field", "operator"] {
                switch members[key] {
                case .string(let s)?: kept[key] = .string(s)
                case .int?, .double?, .bool?: kept[key] = .string(members[key]!.jsonText)
                case nil, .null?: break
                default: throw updateFailed
                }
            }
            if let member = members["value"], member != .null { kept["value"] = member }
            if validate {
                guard kept["field"]?.stringValue?.isEmpty == false, kept["operator"]?.stringValue?.isEmpty == false, kept["value"] != nil
                else { throw updateFailed }
            }
            return .object(kept)
        }
    }
}
