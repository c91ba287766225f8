@testable import LeadBrowser
import TiledeskLeads

/// An app with `rows` screen rows whose first page (40 of `total`) has arrived.
func loadedApp(total: Int = 1000, rows: Int = 24) -> AppState {
    var state = AppState(leadIDPrefix: "test")
    let effects = state.start() + state.update(.resize(rows: rows, columns: 100))
    guard case .fetchPage(let id, _) = effects.first else { return state }
    _ = state.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: total, leads: page(0, total: total))))
    return state
}

/// Presses keys in order and returns all effects.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { state.update(.key($0)) }
}

/// Types a string key by key.
@discardableResult
func type(_ state: inout AppState, _ text: String) -> [Effect] {
    text.flatMap { state.update(.key(.char($0))) }
}

extension Effect {
    var requestID: Int? {
        switch self {
        case .fetchPage(let id, _), .fetchLead(let id, _), .save(let id, _, _), .create(let id, _), .trash(let id, _),
            .restore(let id, _), .deleteForever(let id, _), .openEditor(let id, _, _): id
        case .scheduleSearch, .quit, .persistDraft, .discardDraft: nil
        }
    }
    var query: LeadQuery? {
        if case .fetchPage(_, let q) = self { return q }
        return nil
    }
}
