import TiledeskLeads

/// One call of `LeadsAPI`, as a value. `update` asks for it inside `Effect.request`; the runtime's
/// `EffectRunner` makes the call and answers with the `Msg` named on each case, carrying the id.
///
/// Adding an API call touches three places: a case here, its call in
/// `EffectRunner.response(to:id:api:)`, and what its answer does in `AppState+Results.swift`; a
/// call answered by something other than a lead, a page or a deletion also needs its `Msg` case.
public enum APIRequest: Sendable, Hashable {
    /// `LeadsAPI.list(query)` → `.pageLoaded`.
    case list(LeadQuery)
    /// `LeadsAPI.get(id:)` → `.leadLoaded`.
    case get(id: String)
    /// `LeadsAPI.create(_:mayExist:)` → `.leadLoaded`. `mayExist` when an earlier send of this
    /// `lead_id` failed or the form came back from a draft: the lead may be on the server already,
    /// so it is looked for first and never made twice.
    case create(Lead, mayExist: Bool = false)
    /// `LeadsAPI.update(id:change:justRead:)` → `.leadLoaded`. `justRead` when the view-model read
    /// the lead for its merge check right before: that read also stands for the client's own
    /// "never write a lead you cannot read" check, so a save costs one GET, not two.
    case update(id: String, change: LeadChange, justRead: Bool)
    /// `LeadsAPI.mergeAttributes(id:_:)` → `.leadLoaded` (a merged lead's `mergedInto`).
    case mergeAttributes(id: String, attributes: [String: JSONValue])
    /// `LeadsAPI.trash(id:)` → `.leadLoaded`.
    case trash(id: String)
    /// `LeadsAPI.restore(id:)` → `.leadLoaded`.
    case restore(id: String)
    /// `LeadsAPI.deleteForever(id:)` → `.leadDeleted`.
    case deleteForever(id: String)
    /// `SegmentsAPI.listSegments()` → `.segmentsLoaded`.
    case listSegments
    /// `SegmentsAPI.createSegment` (no `id`) or `updateSegment` → `.segmentSaved`.
    case saveSegment(id: String?, name: String, filters: [SegmentFilter])
}
