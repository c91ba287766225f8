import TiledeskLeads

/// Loading state of anything fetched: drawn explicitly, never guessed from missing data.
public enum LoadState: Sendable, Hashable {
    case idle, loading, loaded
    case failed(String)
}

/// One lead shown in full. Opened from the list with the row's copy (drawn at once) while a fresh
/// copy is fetched, so the detail is never staler than one round trip.
public struct DetailState: Sendable, Hashable {
    public var lead: Lead
    public var load: LoadState
    /// First detail line on screen.
    public var scroll: Int = 0
    /// The fetch whose answer is awaited.
    public var requestID: Int?

    /// A detail showing `lead` at once, with the state of its refresh.
    public init(lead: Lead, load: LoadState = .idle, requestID: Int? = nil) {
        self.lead = lead
        self.load = load
        self.requestID = requestID
    }
}
