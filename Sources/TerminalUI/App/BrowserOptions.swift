import Foundation
import LeadBrowser
import TiledeskLeads

/// How `leads` and `leads demo` start the browser.
public struct BrowserOptions: Sendable {
    /// Opt-in mouse reporting (the wheel scrolls).
    public var mouse: Bool
    /// `LEADS_TRACE`: a file that gets start, first request, first response and first frame times.
    public var tracePath: String?
    /// Where form drafts are journaled (`$XDG_STATE_HOME/leads/drafts`).
    public var draftsDirectory: String
    /// Prefix of the client-generated `lead_id` of created leads.
    public var leadIDPrefix: String
    /// Shown in the status line at start (which server and project).
    public var greeting: String?
    /// Edits changing at most this many things skip the review (`skip_review_up_to`); 0 never.
    public var skipReviewUpTo: Int
    /// The list's columns in priority order (`[columns]` in config.toml).
    public var columns: [LeadColumn]
    /// Writes the marked leads to a file (`x`): the `leads` command's writers, so a file from the
    /// browser is the same as one from `leads export`.
    public var exporter: @Sendable ([Lead], LeadExport) throws -> Void = { _, _ in throw CocoaError(.featureUnsupported) }
    /// The project's duplicate index (`leads duplicates`' own), for the Duplicates screen and the
    /// form's phone and name check.
    public var duplicates: (any DuplicateIndexSource)?
    /// `[keys]` in config.toml: the remapped actions, applied over the default key maps.
    public var keys: KeyOverrides
    /// Keeps the columns picked in the browser in config.toml (config names in, the file's path
    /// out); nil when they cannot be written back, and then they last for the session.
    public var saveColumns: (@Sendable ([String]) throws -> String)?
    /// Colours by role (`[theme]` in config.toml).
    public var theme = Theme()
    /// `[[views]]` in config.toml, in order.
    public var views: [SavedView] = []
    /// The view to open on (remembered, or none).
    public var startView: SavedView?
    /// Where the view in use is kept for the next start; nil when `remember_view = false`.
    public var viewMemory: ViewMemory?

    public init(
        mouse: Bool = false, tracePath: String? = nil, draftsDirectory: String, leadIDPrefix: String, greeting: String? = nil,
        skipReviewUpTo: Int = 0, columns: [LeadColumn] = LeadColumn.defaults, duplicates: (any DuplicateIndexSource)? = nil,
        keys: KeyOverrides = KeyOverrides()
    ) {
        self.duplicates = duplicates
        self.keys = keys
        self.skipReviewUpTo = max(0, skipReviewUpTo)
        self.columns = columns
        self.mouse = mouse
        self.tracePath = tracePath
        self.draftsDirectory = draftsDirectory
        self.leadIDPrefix = leadIDPrefix
        self.greeting = greeting
    }
}
