/// Segments (`/{project}/segments`, routes/segment.js of tiledesk-server): saved filters that
/// a team shares. A protocol beside `LeadsAPI`, not inside it, so the fakes and benchmarks that
/// serve leads only need not pretend to serve segments; `HTTPLeadsClient` implements both.
public protocol SegmentsAPI: Sendable {
    /// The project's segments with status 100 (deleted ones are not listed).
    func listSegments() async throws -> [Segment]
    /// One segment by id; `APIError.notFound` when absent.
    func segment(id: String) async throws -> Segment
    /// `POST`: a new segment, as the server stored it.
    func createSegment(name: String, filters: [SegmentFilter]) async throws -> Segment
    /// `PUT /:id`: replaces name and filters.
    func updateSegment(id: String, name: String, filters: [SegmentFilter]) async throws -> Segment
    /// `DELETE /:id`: the soft delete (status 0).
    func deleteSegment(id: String) async throws -> Segment
}
