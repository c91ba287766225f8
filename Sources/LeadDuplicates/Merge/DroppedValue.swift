import TiledeskLeads

/// A value of a merged lead that the survivor will not carry, because another was chosen: shown in
/// the review so nothing is lost silently. The merged leads stay in the trash with it.
public struct DroppedValue: Sendable, Hashable {
    /// The lead the value comes from.
    public var leadID: String
    /// `email`, `attributes.plan`, `attributes.source.channel`, `lead_id`…
    public var path: String
    /// The value as text (JSON text for attributes and properties).
    public var value: String
    /// The value the survivor carries there instead.
    public var kept: String

    public init(leadID: String, path: String, value: String, kept: String) {
        self.leadID = leadID
        self.path = path
        self.value = value
        self.kept = kept
    }
}
