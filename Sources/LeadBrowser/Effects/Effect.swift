import LeadDuplicates
import TiledeskLeads

/// Work `update` asks the runtime to do, as a value: tests compare effects without a network, and
/// the runtime's `EffectRunner` (TerminalUI) runs each one. A request carries an id; its result
/// comes back as a `Msg` with the same id, and `update` drops ids it no longer awaits.
public enum Effect: Sendable, Hashable {
    /// Call the API (see `APIRequest` for the answer each call gives).
    case request(id: Int, APIRequest)
    /// Suspend the terminal, edit `text` in `$VISUAL`/`$EDITOR` as a file with this extension,
    /// restore the terminal → `.editorClosed(requestID:, text:)`, or `.editorFailed` with why.
    /// With a `draftKey`, the file is the journal of that draft (beside its `persistDraft`), so
    /// what the user saves in the editor survives a crash; it goes with `discardDraft` or the
    /// next `persistDraft` of that key.
    case openEditor(requestID: Int, text: String, fileExtension: String, draftKey: String?)
    /// Send `.searchTimerFired(token:)` after the delay; only the newest token counts (debounce).
    case scheduleSearch(token: Int, after: Duration)
    /// Write these leads to a file → `.leadsExported`.
    case exportLeads([Lead], LeadExport)
    /// Send `.pollTimerFired(token:)` after the delay; only the newest token counts.
    case schedulePoll(token: Int, after: Duration)
    /// Send `.bulkTimerFired(token:)` after the delay: the running bulk action's clock, from
    /// which its progress line gives the rate and the time left.
    case scheduleBulkTick(token: Int, after: Duration)
    /// Journal a form's unsaved state; a failed write comes back as `.draftNotSaved`.
    case persistDraft(FormDraft)
    /// Forget a journaled draft by key, after a save or a deliberate discard (no result message).
    case discardDraft(key: String)
    /// Bring the project's duplicate index up to date (as `leads duplicates` does: only leads
    /// updated since) and group it → `.duplicatesLoaded`, or `.duplicatesFailed` with why.
    case loadDuplicates(requestID: Int)
    /// Look `lead` up in the duplicate index as stored, without the network → `.duplicateMatches`
    /// (none when the project has no index yet).
    case lookUpDuplicates(requestID: Int, lead: Lead)
    /// Keep the list's columns in config.toml (`[columns] shown`) → `.columnsSaved`.
    case saveColumns([LeadColumn])
    /// Keep the view in use for the next start (`remember_view`); nil forgets it. A failed
    /// write is not reported: the next start simply opens on the default list.
    case rememberView(name: String?, segmentID: String?)
    /// Restore the terminal and exit.
    case quit

    /// The id its answer will carry, for a request or an editor hand-off.
    public var requestID: Int? {
        switch self {
        case .request(let id, _), .openEditor(let id, _, _, _), .loadDuplicates(let id), .lookUpDuplicates(let id, _): id
        case .scheduleSearch, .schedulePoll, .scheduleBulkTick, .exportLeads, .persistDraft, .discardDraft, .saveColumns, .rememberView, .quit: nil
        }
    }
}
