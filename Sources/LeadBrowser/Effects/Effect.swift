import TiledeskLeads

/// Work `update` asks the runtime to do, as a value: tests compare effects without a network, and
/// the runtime (TerminalUI) runs each as a task against `LeadsAPI`. Every request carries an id;
/// its result comes back as a `Msg` with the same id, and `update` drops ids it no longer awaits.
public enum Effect: Sendable, Hashable {
    /// `LeadsAPI.list(query)` → `.pageLoaded` or `.requestFailed`.
    case fetchPage(requestID: Int, query: LeadQuery)
    /// `LeadsAPI.get(id:)` → `.leadLoaded` or `.requestFailed`.
    case fetchLead(requestID: Int, id: String)
    /// `LeadsAPI.update(id:change:)` → `.leadLoaded` or `.requestFailed`.
    case save(requestID: Int, id: String, change: LeadChange)
    /// `LeadsAPI.create(_:)` → `.leadLoaded` or `.requestFailed`.
    case create(requestID: Int, lead: Lead)
    /// `LeadsAPI.trash(id:)` → `.leadLoaded` or `.requestFailed`.
    case trash(requestID: Int, id: String)
    /// `LeadsAPI.restore(id:)` → `.leadLoaded` or `.requestFailed`.
    case restore(requestID: Int, id: String)
    /// `LeadsAPI.deleteForever(id:)` → `.leadDeleted` or `.requestFailed`.
    case deleteForever(requestID: Int, id: String)
    /// Suspend the terminal, edit `text` in `$VISUAL`/`$EDITOR` as a file with this extension,
    /// restore the terminal → `.editorClosed(requestID:, text:)` (nil text when the editor failed).
    case openEditor(requestID: Int, text: String, fileExtension: String)
    /// Send `.searchTimerFired(token:)` after the delay; only the newest token counts (debounce).
    case scheduleSearch(token: Int, after: Duration)
    /// Journal a form's unsaved state (no result message).
    case persistDraft(FormDraft)
    /// Forget a journaled draft by key, after a save or a deliberate discard (no result message).
    case discardDraft(key: String)
    /// Restore the terminal and exit.
    case quit
}
