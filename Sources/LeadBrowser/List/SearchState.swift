import TiledeskLeads

/// The search box and what it put into the query. The server query itself stays in
/// `AppState.query`; this remembers which parts of it the box owns, so closing a search takes
/// back exactly those parts and leaves the filters alone.
public struct SearchState: Sendable, Hashable {
    /// The box, open while typing after `/`.
    public var input: TextBuffer?
    public var match: MatchKind = .all
    /// True when `query.email` came from the box (an address was typed) rather than the filter.
    public var ownsEmail = false
    /// The newest debounce timer; older timers firing are ignored.
    public var token = 0
    /// Long enough that steady typing (a key every 40–120 ms) sends one search at the end, short
    /// enough that the results follow the last key within a glance (B6: under 300 ms).
    public var debounce: Duration = .milliseconds(150)

    public init() {}

    /// Closes the box and takes the search out of `query` (full text, and the email when the box
    /// put it there). Returns whether the server query changed, i.e. whether to fetch again.
    mutating func reset(_ query: inout LeadQuery) -> Bool {
        input = nil
        match = .all
        token += 1
        var changed = false
        if query.fullText != nil {
            query.fullText = nil
            changed = true
        }
        if ownsEmail {
            query.email = nil
            ownsEmail = false
            changed = true
        }
        return changed
    }
}
