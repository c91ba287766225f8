/// The light poll that notices other people's changes while the browser is open: one request at
/// most every `interval` (a timer the runtime's event loop keeps; it fires nothing while the
/// program is suspended or handed to `$EDITOR`, and costs no CPU between ticks). With the list
/// on top it counts leads newer than the newest one when the list was loaded ("3 new leads — r
/// to show"); with a lead open in detail it re-reads that lead and says when someone changed it.
public struct PollState: Sendable, Hashable {
    public static let interval: Duration = .seconds(10)
    /// Leads asked for per poll: enough to count a busy minute, small enough to stay light.
    public static let window = 50

    /// The newest timer; older ones firing are ignored.
    public var token = 0
    /// The newest `_id` of the list as loaded; nil until the first poll answers.
    public var newestID: String?
    /// Leads newer than `newestID` the last poll saw (`window` means "at least").
    public var newLeads = 0

    public init() {}

    /// The list's line for new leads, or nil when there are none.
    public var announcement: String? {
        guard newLeads > 0 else { return nil }
        let count = newLeads >= Self.window ? "\(Self.window)+" : "\(newLeads)"
        return "\(count) new lead\(newLeads == 1 ? "" : "s") — r to show"
    }
}
