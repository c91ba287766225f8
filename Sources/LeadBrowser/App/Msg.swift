import LeadDuplicates
import TiledeskLeads

/// Everything that happens to the app: input from the front end and results of effects.
/// Results carry the request id of the effect that produced them.
public enum Msg: Sendable, Hashable {
    case key(Key)
    /// A left click at a cell of the screen (`--mouse`); `double` for the second of two quick
    /// clicks on the same cell.
    case click(x: Int, y: Int, double: Bool)
    /// A click above the list on something the front end found under the pointer.
    case clickOn(ClickTarget, double: Bool)
    /// The terminal's size; the list shows `rows - chrome` rows.
    case resize(rows: Int, columns: Int)
    case pageLoaded(requestID: Int, page: LeadPage)
    /// A lead from a `get`, `create`, `update`, `trash` or `restore` request.
    case leadLoaded(requestID: Int, lead: Lead)
    case leadDeleted(requestID: Int)
    case requestFailed(requestID: Int, error: APIError)
    /// The project's segments (shared views).
    case segmentsLoaded(requestID: Int, segments: [Segment])
    /// A segment as the server stored it after a create or update.
    case segmentSaved(requestID: Int, segment: Segment)
    /// The editor ended normally; `text` is what the file holds.
    case editorClosed(requestID: Int, text: String)
    /// The editor could not start, or ended with an error (`:cq`); nothing it held is used.
    case editorFailed(requestID: Int, reason: String)
    case searchTimerFired(token: Int)
    /// The light poll's timer (see `PollState`).
    case pollTimerFired(token: Int)
    /// A second of a bulk action's clock has passed (see `Effect.scheduleBulkTick`).
    case bulkTimerFired(token: Int)
    /// A journaled draft found at start; the user is asked whether to reopen it.
    case draftFound(FormDraft)
    /// The duplicate groups of the project, the surest first, from the refreshed index.
    case duplicatesLoaded(requestID: Int, groups: [DuplicateGroup])
    case duplicatesFailed(requestID: Int, reason: String)
    /// Leads of the duplicate index that look like the lead a form holds.
    case duplicateMatches(requestID: Int, matches: [DuplicateMatch])
    /// What came of a `saveColumns`: where they were kept, or why not.
    case columnsSaved(message: String, failed: Bool)
    /// A `persistDraft` could not be written; the edits are only in memory now.
    case draftNotSaved(directory: String, reason: String)
    /// The marked leads were written to a file (`count` leads), or could not be (`failure`).
    case leadsExported(LeadExport, count: Int, failure: String?)
}
