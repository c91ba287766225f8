@testable import LeadBrowser
import TiledeskLeads

/// An app with `rows` screen rows whose first page (40 of `total`) has arrived.
func loadedApp(total: Int = 1000, rows: Int = 24) -> AppState {
    var state = AppState(leadIDPrefix: "test")
    let effects = state.start() + state.update(.resize(rows: rows, columns: 100))
    guard case .request(let id, .list) = effects.first else { return state }
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
    var query: LeadQuery? {
        if case .request(_, .list(let q)) = self { return q }
        return nil
    }
}
