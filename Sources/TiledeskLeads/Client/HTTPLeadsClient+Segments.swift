/// Segments over HTTP. PUT and DELETE upsert on the real server (`findByIdAndUpdate` with
/// `upsert: true` in routes/segment.js), so both read the segment first: a segment that is
/// gone is `.notFound`, never an orphan created by the write.
extension HTTPLeadsClient: SegmentsAPI {
    /// The server pages segments like leads (40 by default); a project has few, so one page of
    /// 1,000 holds them, and further pages are read if it ever does not.
    public func listSegments() async throws -> [Segment] {
        var all: [Segment] = []
        var page = 0
        while true {
            let endpoint = Endpoint(.GET, try segments(), query: [("page", String(page)), ("limit", "1000")])
            let json = try await call(endpoint).json(for: endpoint)
            guard case .array(let items)? = json.objectValue?["segments"] else {
                throw APIError(.undecodable, status: 200, message: "\(endpoint.summary) answered without a segments array")
            }
            all += try items.map { try decodeSegment($0, endpoint) }
            let count = json.objectValue?["count"].flatMap { if case .int(let n) = $0 { Int(n) } else { nil } } ?? all.count
            if items.isEmpty || all.count >= count { return all }
            page += 1
        }
    }

    public func segment(id: String) async throws -> Segment {
        try await segment(Endpoint(.GET, try segments(id)))
    }

    public func createSegment(name: String, filters: [SegmentFilter]) async throws -> Segment {
        try await segment(Endpoint(.POST, try segments(), body: Segment.body(name: name, filters: filters)))
    }

    public func updateSegment(id: String, name: String, filters: [SegmentFilter]) async throws -> Segment {
        _ = try await listed(id)
        return try await segment(Endpoint(.PUT, try segments(id), body: Segment.body(name: name, filters: filters)))
    }

    public func deleteSegment(id: String) async throws -> Segment {
        _ = try await listed(id)
        return try await segment(Endpoint(.DELETE, try segments(id)))
    }

    /// The segment, if it exists and is not deleted; `GET /:id` answers deleted ones too.
    private func listed(_ id: String) async throws -> Segment {
        let found = try await segment(id: id)
        guard found.status != 0 else { throw APIError(.notFound, status: 404, message: "segment \(id) was deleted") }
        return found
    }

    /// `[project, "segments", rest…]`; `leads()` checks the project the same way.
    private func segments(_ rest: String...) throws -> [String] {
        [try leads()[0], "segments"] + rest
    }

    private func segment(_ endpoint: Endpoint) async throws -> Segment {
        try decodeSegment(try await call(endpoint).json(for: endpoint), endpoint)
    }

    private func decodeSegment(_ value: JSONValue, _ endpoint: Endpoint) throws -> Segment {
        do {
            return try Segment(jsonObject: value)
        } catch {
            throw APIError(.undecodable, status: 200, message: "\(endpoint.summary) answered with a segment that cannot be read: \(error)")
        }
    }
}
