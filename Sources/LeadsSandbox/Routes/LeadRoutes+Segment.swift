import TiledeskLeads

/// `GET /leads?segment=ID`: routes/lead.js looks the segment up in the caller's project
/// (`Segment.findOne({id_project, _id})`, no status condition: a deleted segment still filters),
/// turns its filters into MongoDB conditions (`SegmentQuery`), then sets its own parameters over
/// them. The sandbox reads the leads the other parameters select, in order, and keeps those the
/// segment's conditions match: exact for any lead path, at the cost of a scan of that list.
extension LeadRoutes {
    func segmentPage(_ segmentID: String, query: QueryString, filter: LeadFilter, caller: Caller) async throws -> (count: Int, leads: [Lead]) {
        guard SandboxConfiguration.isObjectID(segmentID) else {
            // A CastError thrown inside the async route: the real request never gets an answer.
            if quirks { try await shutdown.hang() }
            throw SandboxFailure.badRequest("segment \(segmentID) is not 24 hexadecimal digits")
        }
        guard let document = try await store.segment(project: caller.project, id: segmentID) else {
            throw SandboxFailure(status: .notFound, message: "Error segment not found")
        }
        let items: [JSONValue] = if case .array(let list)? = document.objectValue?["filters"] { list } else { [] }
        var conditions: SegmentQuery
        do {
            conditions = try SegmentQuery(filters: items.compactMap(SegmentFilter.init(jsonObject:)))
        } catch .missingFunction(let message) {
            throw SandboxFailure(status: .internalServerError, message: message)
        } catch .badQuery(let message) {
            if quirks { try await shutdown.hang() }
            throw SandboxFailure.badRequest(message)
        }
        conditions.dropConditions(on: Self.replacedFields(query))
        var everything = filter
        everything.limit = 0
        everything.page = 0
        let matching = try await store.page(project: caller.project, filter: everything).leads.filter(conditions.matches)
        guard filter.limit > 0 else { return (matching.count, matching) }
        let start = min(filter.page * filter.limit, matching.count)
        return (matching.count, Array(matching[start..<min(start + filter.limit, matching.count)]))
    }

    /// The keys routes/lead.js assigns after the segment's conditions, replacing theirs.
    static func replacedFields(_ query: QueryString) -> Set<String> {
        var fields: Set<String> = ["status", "id_project"]
        func given(_ name: String) -> Bool { query[name].map { !$0.isEmpty } ?? false }
        if given("email") || given("with_email") { fields.insert("email") }
        if given("with_fullname") { fields.insert("fullname") }
        if given("tags") { fields.insert("tags") }
        return fields
    }
}
