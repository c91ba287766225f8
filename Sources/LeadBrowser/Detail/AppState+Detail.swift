import TiledeskLeads

/// Detail screen actions: the list's `e`, `d`, `u`, `r`, `q` acting on the lead shown.
extension AppState {
    mutating func performOnDetail(_ action: KeyAction, _ detail: DetailState) -> [Effect] {
        var detail = detail
        switch action {
        case .edit:
            stack.append(.form(FormState(editing: detail.lead)))
        case .editAsYAML:
            return openYAMLEditor(detail.lead)
        case .trash, .deleteForever:
            return askToRemove(detail.lead, forever: action == .deleteForever)
        case .restoreOrUndo:
            return [send(.restore(id: detail.lead.id), for: .listChange).effect]
        case .refresh:
            let (id, effect) = send(.get(id: detail.lead.id), for: .detail)
            detail.load = .loading
            detail.requestID = id
            replaceTop(.detail(detail))
            return [effect]
        case .moveDown:
            let count = DetailLines.lines(for: detail.lead).count
            detail.scroll = min(detail.scroll + 1, max(count - 1, 0))
            replaceTop(.detail(detail))
        case .moveUp:
            detail.scroll = max(detail.scroll - 1, 0)
            replaceTop(.detail(detail))
        case .help:
            return showHelp()
        case .back, .dismiss:
            stack.removeLast()
        default:
            break
        }
        return []
    }
}
