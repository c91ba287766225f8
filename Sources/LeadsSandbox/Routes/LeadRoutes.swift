import Foundation
import Hummingbird
import Logging
import TiledeskLeads

/// The leads API under `/{project}/leads`, with the real server's wire format and semantics and
/// the sandbox's strictness (see TILEDESK_LEADS_API.md and `--quirks`).
struct LeadRoutes: Sendable {
    let store: LeadStore
    let authenticator: Authenticator
    let projects: [String: Int64]
    let quirks: Bool
    let maxBodyBytes: Int
    /// Ends the imitated hangs when the server stops.
    let shutdown: ShutdownLatch

    func register(on router: Router<BasicRequestContext>) {
        let group = router.group(":project/leads")
        group.get { request, context in await handle(request, context, key: .msg) { try await list(request, $0) } }
        group.get("csv") { request, context in await handle(request, context, key: .msg) { try await exportCSV(request, $0) } }
        group.get(":id") { request, context in
            await handle(request, context, key: .msg) { caller in
                try await found(store.lead(project: caller.project, id: leadID(context)))
            }
        }
        group.post { request, context in await handle(request, context, key: .error) { try await create(request, $0) } }
        group.put(":id") { request, context in
            await handle(request, context, key: .msg) { caller in
                var request = request
                let update = try LeadUpdate(body: try await body(&request))
                return try await mutate(caller, context, upsert: quirks) { update.apply(to: &$0) }
            }
        }
        group.put(":id/tag") { request, context in
            await handle(request, context, key: .message, notFoundKey: .error) { caller in
                var request = request
                let tags = try await tagList(&request)
                return try await mutate(caller, context) { lead in
                    for tag in tags where !lead.tags.contains(tag) { lead.tags.append(tag) }
                }
            }
        }
        group.delete(":id/tag/:tag") { request, context in
            await handle(request, context, key: .error) { caller in
                let tag = try parameter(context, "tag")
                return try await mutate(caller, context) { $0.tags.removeAll { $0 == tag } }
            }
        }
        group.patch(":id/attributes") { request, context in
            await handle(request, context, key: .msg) { caller in
                var request = request
                let members = try await objectBody(&request)
                return try await mutate(caller, context) { $0.attributes = ($0.attributes ?? [:]).merging(members) { $1 } }
            }
        }
        for method in [HTTPRequest.Method.post, .patch] {
            group.on(":id/properties", method: method) { request, context in
                await handle(request, context, key: .msg) { caller in
                    var request = request
                    let members = try await objectBody(&request)
                    return try await mutate(caller, context) { $0.properties = ($0.properties ?? [:]).merging(members) { $1 } }
                }
            }
        }
        group.delete(":id") { request, context in
            await handle(request, context, key: .msg) { caller in
                try await mutate(caller, context, upsert: quirks) { $0.status = LeadStatus.trashed }
            }
        }
        group.delete(":id/physical") { request, context in
            await handle(request, context, key: .msg, role: .owner) { caller in
                let id = try leadID(context)
                let lead = try await found(store.lead(project: caller.project, id: id))
                _ = try await store.deletePhysically(project: caller.project, id: id)
                return lead
            }
        }
    }

    // MARK: - Handlers

    private func list(_ request: Request, _ caller: Caller) async throws -> Response {
        let query = QueryString(request.uri.query)
        if quirks, let direction = query["direction"], ListParameters.direction(direction) == nil {
            // The real server never answers a bad direction; clients must time out.
            try await shutdown.hang()
        }
        var filter = try ListParameters.filter(from: query)
        if quirks { filter.tieShuffle = Int64.random(in: 1..<1_000_003) }
        let page: (count: Int, leads: [Lead])
        if let segment = query["segment"], !segment.isEmpty {
            page = try await segmentPage(segment, query: query, filter: filter, caller: caller)
        } else {
            page = try await store.page(project: caller.project, filter: filter)
        }
        let leads = JSONValue.array(page.leads.map(\.jsonObject))
        return SandboxResponses.json(["perPage": .int(Int64(filter.limit)), "count": .int(Int64(page.count)), "leads": leads])
    }

    private func create(_ request: Request, _ caller: Caller) async throws -> Response {
        var request = request
        guard case .object(let members) = try await body(&request) else {
            throw SandboxFailure.badRequest("the body must be a JSON object")
        }
        func text(_ key: String) throws -> String? {
            switch members[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case let value?: throw SandboxFailure.badRequest("\(key) must be a string, not \(value.typeName)")
            }
        }
        var attributes: [String: JSONValue]?
        switch members["attributes"] {
        case nil, .null?: break
        case .object(let object)?: attributes = object
        default: throw SandboxFailure.badRequest("attributes must be a JSON object")
        }
        let lead = Lead(
            leadID: try text("lead_id") ?? UUID().uuidString.lowercased(), fullname: try text("fullname"),
            email: try text("email"), tags: [], attributes: attributes, createdBy: caller.user.id, status: LeadStatus.normal)
        return SandboxResponses.lead(try await store.insert(project: caller.project, lead))
    }

    private func exportCSV(_ request: Request, _ caller: Caller) async throws -> Response {
        var filter = try ListParameters.csvFilter(from: QueryString(request.uri.query), pageSize: CSVExport.pageSize)
        if quirks { filter.tieShuffle = Int64.random(in: 1..<1_000_003) }
        let page = try await store.page(project: caller.project, filter: filter)
        return SandboxResponses.text(try CSVExport.csv(page.leads), contentType: "text/csv; charset=utf-8")
    }

    // MARK: - Plumbing

    /// The authenticated user and the project they called, resolved for every route.
    struct Caller: Sendable {
        var user: LeadStore.StoredUser
        var project: Int64
    }

    /// Checks the project, authenticates, checks the role, runs the route, and turns every failure
    /// into the server's error shape (under the route's own key with `--quirks`; a 404 under
    /// `notFoundKey` where the real route answers it under another key).
    ///
    /// The project comes first, as on the real server, where `projectSetter` runs before the
    /// route's authentication: an unknown or malformed project id is a 400
    /// `{"error":"Project not found with id: …"}` / `{"error":"Invalid project id: …"}` even
    /// without credentials. "Malformed" is what Mongoose's `ObjectId.isValid` refuses: neither 24
    /// hex digits nor 12 characters.
    func handle(
        _ request: Request, _ context: BasicRequestContext, key: ErrorKey, notFoundKey: ErrorKey? = nil,
        role: SandboxRole = .agent, _ body: @Sendable (Caller) async throws -> Response
    ) async -> Response {
        do {
            let rawProject = try parameter(context, "project")
            guard SandboxConfiguration.isObjectID(rawProject) || rawProject.utf8.count == 12 else {
                throw SandboxFailure.project("Invalid project id: \(rawProject)")
            }
            guard let project = projects[rawProject.lowercased()] else {
                throw SandboxFailure.project("Project not found with id: \(rawProject)")
            }
            guard let user = try await authenticator.user(authorization: request.headers[.authorization]) else {
                throw SandboxFailure.unauthorized
            }
            guard user.role >= role else {
                throw SandboxFailure.forbidden("you need the \(role.rawValue) role in this project; you are \(user.role.rawValue)")
            }
            return try await body(Caller(user: user, project: project))
        } catch let failure as SandboxFailure {
            let routeKey = failure.status == .notFound ? notFoundKey ?? key : key
            return SandboxResponses.failure(failure, key: quirks ? routeKey : .msg)
        } catch {
            context.logger.error("request failed: \(error)")
            return SandboxResponses.failure(SandboxFailure(status: .internalServerError, message: "internal error"), key: quirks ? key : .msg)
        }
    }

    func handle(
        _ request: Request, _ context: BasicRequestContext, key: ErrorKey, notFoundKey: ErrorKey? = nil,
        role: SandboxRole = .agent, _ body: @escaping @Sendable (Caller) async throws -> Lead
    ) async -> Response {
        await handle(request, context, key: key, notFoundKey: notFoundKey, role: role) { caller -> Response in
            SandboxResponses.lead(try await body(caller))
        }
    }

    private func mutate(
        _ caller: Caller, _ context: BasicRequestContext, upsert: Bool = false, _ change: @escaping @Sendable (inout Lead) throws -> Void
    ) async throws -> Lead {
        try await found(store.mutate(project: caller.project, id: leadID(context), upsert: upsert, createdBy: caller.user.id, change))
    }

    private func found(_ lead: Lead?) throws -> Lead {
        guard let lead else { throw SandboxFailure.leadNotFound }
        return lead
    }

    func parameter(_ context: BasicRequestContext, _ name: String) throws -> String {
        guard let raw = context.parameters.get(name) else { throw SandboxFailure.badRequest("missing \(name)") }
        return raw.removingPercentEncoding ?? raw
    }

    private func leadID(_ context: BasicRequestContext) throws -> String {
        let id = try parameter(context, "id")
        guard SandboxConfiguration.isObjectID(id) else {
            throw quirks
                ? SandboxFailure(status: .internalServerError, message: "Cast to ObjectId failed for value \"\(id)\"")
                : SandboxFailure.badRequest("lead id \(id) is not 24 hexadecimal digits")
        }
        return id.lowercased()
    }
}
