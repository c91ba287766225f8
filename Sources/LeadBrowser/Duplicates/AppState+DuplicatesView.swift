import LeadDuplicates
import TiledeskLeads

/// The Duplicates screen (`D` on the list) and a group open side by side: moving, choosing the
/// survivor and the values kept, and reading the group's leads whole.
extension AppState {
    /// Whether `u` can undo a merge now.
    var canUndoMerge: Bool {
        if case .merge = undo { true } else { false }
    }

    /// Opens the Duplicates screen and asks for the index to be brought up to date.
    mutating func openDuplicates() -> [Effect] {
        let id = nextRequestID
        nextRequestID += 1
        stack.append(.duplicates(DuplicatesState(requestID: id)))
        return [.loadDuplicates(requestID: id)]
    }

    mutating func performOnDuplicates(_ action: KeyAction, _ screen: DuplicatesState) -> [Effect] {
        var screen = screen
        switch action {
        case .moveDown, .moveUp:
            screen.selected = min(max(screen.selected + (action == .moveDown ? 1 : -1), 0), max(screen.groups.count - 1, 0))
        case .open:
            guard screen.groups.indices.contains(screen.selected) else {
                setStatus(screen.load == .loading ? "Still reading the leads…" : "No group to open")
                return []
            }
            return openGroup(screen.groups[screen.selected])
        case .refresh:
            let id = nextRequestID
            nextRequestID += 1
            screen.requestID = id
            screen.load = .loading
            replaceTop(.duplicates(screen))
            return [.loadDuplicates(requestID: id)]
        case .restoreOrUndo: return undoMerge()
        case .help: return showHelp()
        case .back:
            stack.removeLast()
            return []
        default: return []
        }
        replaceTop(.duplicates(screen))
        return []
    }

    /// The refreshed groups reach the Duplicates screen that asked, if it is still open.
    mutating func duplicatesArrived(requestID: Int, groups: [DuplicateGroup], failure: String?) {
        for (index, screen) in stack.enumerated() {
            guard case .duplicates(var state) = screen, state.requestID == requestID else { continue }
            state.requestID = nil
            if let failure {
                state.load = .failed(failure)
            } else {
                state.load = .loaded
                state.groups = groups
                state.selected = min(state.selected, max(groups.count - 1, 0))
            }
            stack[index] = .duplicates(state)
        }
    }

    /// Opens a group side by side and reads each of its leads whole.
    mutating func openGroup(_ group: DuplicateGroup) -> [Effect] {
        stack.append(.duplicateGroup(DuplicateGroupState(group: group)))
        return group.ids.map { send(.get(id: $0), for: .duplicateGroup).effect }
    }

    /// A lead of an open group, read whole.
    mutating func groupLeadArrived(_ lead: Lead) {
        for (index, screen) in stack.enumerated() {
            guard case .duplicateGroup(var state) = screen, state.group.ids.contains(lead.id) else { continue }
            state.leads[lead.id] = lead
            stack[index] = .duplicateGroup(state)
        }
    }

    mutating func groupLeadFailed(_ error: APIError) {
        for (index, screen) in stack.enumerated() {
            guard case .duplicateGroup(var state) = screen, !state.isLoaded else { continue }
            state.failure = error.description
            stack[index] = .duplicateGroup(state)
        }
    }

    mutating func performOnDuplicateGroup(_ action: KeyAction, _ screen: DuplicateGroupState) -> [Effect] {
        var screen = screen
        let rows = DuplicateGroupTable.rows(screen)
        switch action {
        case .moveDown, .moveUp:
            screen.row = min(max(screen.row + (action == .moveDown ? 1 : -1), 0), rows.count - 1)
        case .columnLeft, .columnRight:
            screen.column = min(max(screen.column + (action == .columnLeft ? -1 : 1), 0), screen.group.ids.count - 1)
        case .chooseValue:
            let row = rows[screen.row]
            if let path = row.attributePath {
                guard !row.values[screen.column].isEmpty else {
                    setStatus("This lead has no \(row.label.trimmingCharacters(in: .whitespaces)) to keep")
                    return []
                }
                screen.keyChoices[path] = screen.group.ids[screen.column]
                break
            }
            guard let field = row.field, field != .note, row.differs else {
                setStatus(
                    row.field == .note ? "Notes are joined: every lead's note is kept"
                        : row.label == "Attributes" ? "Attributes merge key by key: choose a value on a key's row below"
                        : "The leads do not differ here, or it is merged as a whole")
                return []
            }
            guard !row.values[screen.column].isEmpty else {
                setStatus("This lead has no \(field.label.lowercased()) to keep")
                return []
            }
            screen.choices[field] = screen.group.ids[screen.column]
        case .makeSurvivor:
            let id = screen.group.ids[screen.column]
            guard id != screen.survivorID else {
                setStatus("This lead is already the survivor")
                return []
            }
            screen.survivorID = id
        case .merge:
            guard let plan = screen.plan else {
                setStatus(screen.failure.map { "Cannot merge: \($0)" } ?? "Still reading the leads…", error: screen.failure != nil)
                return []
            }
            guard !plan.survivor.isTrashed else {
                setStatus("The survivor is in the trash: choose another with s", error: true)
                return []
            }
            stack.append(.mergeReview(MergeReviewState(plan: plan)))
            return []
        case .restoreOrUndo: return undoMerge()
        case .help: return showHelp()
        case .back:
            stack.removeLast()
            return []
        default: return []
        }
        replaceTop(.duplicateGroup(screen))
        return []
    }
}
