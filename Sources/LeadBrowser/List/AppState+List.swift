import Foundation
import TiledeskLeads

/// List screen actions and the search box.
extension AppState {
    mutating func performOnList(_ action: KeyAction) -> [Effect] {
        switch action {
        case .moveDown: list.move(by: 1)
        case .moveUp: list.move(by: -1)
        case .pageDown: list.move(by: list.visibleRows)
        case .pageUp: list.move(by: -list.visibleRows)
        case .first: list.setCursor(0)
        case .last: list.setCursor(max(list.rowCount - 1, 0))
        case .open:
            guard let lead = list.selectedItem else { return [] }
            let (id, effect) = send(.get(id: lead.id), for: .detail)
            stack.append(.detail(DetailState(lead: lead, load: .loading, requestID: id)))
            return [effect]
        case .search:
            search.input = TextBuffer(search.match == .all ? "" : query.fullText ?? query.email ?? "")
            return []
        case .filter:
            stack.append(.pick(PickDialog(title: "Filter by", choices: FilterChoice.allCases.map { .filter($0) }, purpose: .filterKind)))
            return []
        case .columnLeft, .columnRight:
            let count = LeadTable.candidates(tableColumns, sort: query.sort).count
            let current = columnCursor ?? (action == .columnLeft ? count : -1)
            columnCursor = min(max(current + (action == .columnLeft ? -1 : 1), 0), count - 1)
            return []
        case .pickColumns:
            return openColumnPicker()
        case .sortField where columnCursor != nil:
            let candidates = LeadTable.candidates(tableColumns, sort: query.sort)
            let column = candidates[min(columnCursor!, candidates.count - 1)]
            guard let field = column.sortField else {
                setStatus("The server cannot sort by \(column.title)", error: true)
                return []
            }
            if field == query.sort {
                query.direction = query.direction.toggled
            } else {
                query.sort = field
            }
            // The cursor stays on the same column although the sort column may have left the end.
            columnCursor = LeadTable.candidates(tableColumns, sort: query.sort).firstIndex(of: column)
            return requery(keepSelection: true)
        case .sortField:
            let fields = LeadSortField.allCases
            stack.append(.pick(PickDialog(title: "Sort by", choices: fields.map { .sort($0) },
                selected: fields.firstIndex(of: query.sort) ?? 0, purpose: .sortField)))
            return []
        case .sortDirection:
            query.direction = query.direction.toggled
            return requery(keepSelection: true)
        case .toggleTrash:
            query.trash.toggle()
            setStatus(query.trash ? "Trash" : nil)
            return requery(keepSelection: false)
        case .new:
            createdCount += 1
            stack.append(.form(FormState(creatingWithLeadID: "\(leadIDPrefix)-\(createdCount)")))
            return []
        case .toggleMark: return toggleMark()
        case .markRange: return markRange()
        case .markAll: return markAllMatching()
        case .clearMarks: return clearMarks()
        case .addTagToMarked, .removeTagFromMarked:
            let add = action == .addTagToMarked
            stack.append(.prompt(PromptDialog(title: "Tag to \(add ? "add to" : "remove from") the \(selection.summary)", purpose: .bulkTag(add: add))))
            return []
        case .retryFailed: return retryFailedBulk()
        case .stopBulk: return cancelBulk()
        case .exportMarked where !selection.isEmpty:
            let title = "Export the \(selection.summary) to (.csv, .json or .ndjson)"
            stack.append(.prompt(PromptDialog(title: title, input: TextBuffer("leads.csv"), purpose: .exportMarked)))
            return []
        case .edit where !selection.isEmpty:
            let fields = LeadField.allCases
            stack.append(.pick(PickDialog(title: "Set which field on the \(selection.summary)?", choices: fields.map { .field($0) } + [.attribute], purpose: .bulkField)))
            return []
        case .trash where !selection.isEmpty: return startBulk(.trash)
        case .deleteForever where !selection.isEmpty: return startBulk(.deleteForever)
        case .restoreOrUndo where query.trash && !selection.isEmpty: return startBulk(.restore)
        case .edit:
            guard let lead = list.selectedItem else { return [] }
            stack.append(.form(FormState(editing: lead)))
            return []
        case .editAsYAML:
            guard let lead = list.selectedItem else { return [] }
            return openYAMLEditor(lead)
        case .trash, .deleteForever:
            guard let lead = list.selectedItem else { return [] }
            return askToRemove(lead, forever: action == .deleteForever)
        case .restoreOrUndo:
            if query.trash {
                guard let lead = list.selectedItem else { return [] }
                return [send(.restore(id: lead.id), for: .listChange).effect]
            }
            switch undo {
            case .trash(let id):
                return [send(.restore(id: id), for: .listChange).effect]
            case .bulk(let action, let targets):
                return undoBulk(action, targets)
            case .merge:
                return undoMerge()
            case .save(let id, let before, let after):
                // The inverse edit goes through a form based on what was saved, so the save path
                // re-reads the lead first: a colleague's change since is merged, never overwritten.
                undo = nil
                let form = FormState(restoring: FormDraft(key: id, isCreate: false, original: after, draft: before))
                stack.append(.form(form))
                let effects = sendForm()
                setStatus("Undoing the last save: checking the lead first…")
                return [.persistDraft(form.asDraft)] + effects
            case nil:
                return []
            }
        case .refresh:
            return requery(keepSelection: true)
        case .duplicates:
            return openDuplicates()
        case .views:
            return openViewPicker()
        case .help:
            return showHelp()
        case .back:
            return [.quit]
        case .clearSearch:
            list.narrow(nil)
            _ = search.reset(&query)
            query.email = nil
            query.tag = nil
            setStatus(nil)
            return requery(keepSelection: false)
        default:
            return []
        }
        return fetchMissingPages()
    }

    /// Pushes the `y/N` question before trashing or deleting for good.
    mutating func askToRemove(_ lead: Lead, forever: Bool) -> [Effect] {
        let name = LeadTable.title(of: lead)
        let question = forever
            ? "Delete \(name) for good? This cannot be undone."
            : "Move \(name) to the trash?"
        stack.append(.confirm(ConfirmDialog(question: question, action: forever ? .deleteForever(id: lead.id) : .trash(id: lead.id))))
        return []
    }

    /// Keys while the search box is open: typing narrows loaded rows now and schedules the server
    /// search; the search box's map (`[keys.search]`) gives Enter (search now), Esc (clear the
    /// search) and the moves through the narrowed rows; other keys edit the text.
    mutating func handleSearchKey(_ key: Key) -> [Effect] {
        switch keyMap.action(for: key) {
        case .pickChoose:
            return applySearch(search.input?.text ?? "")
        case .dismiss:
            list.narrow(nil)
            return search.reset(&query) ? requery(keepSelection: false) : []
        case let move? where [.moveDown, .moveUp, .pageDown, .pageUp].contains(move):
            // Moving through the narrowed rows while the search box stays open.
            return performOnList(move)
        default:
            let textKeys = editorKeys.text
            guard search.input?.handle(key, map: textKeys) == true, let text = search.input?.text else { return [] }
            list.narrow(text.isEmpty ? nil : text)
            search.match = text.isEmpty ? .all : .narrowingLoaded(text)
            search.token += 1
            return [.scheduleSearch(token: search.token, after: search.debounce)]
        }
    }

    /// Sends the search to the server: `email` when it looks like an address, else `full_text`.
    mutating func applySearch(_ raw: String) -> [Effect] {
        let text = raw.trimmingCharacters(in: .whitespaces)
        list.narrow(nil)
        _ = search.reset(&query)
        if text.isEmpty {
            // Nothing typed: the search is gone, the filters stay.
        } else if EmailSyntax.looksLikeAddress(text) {
            query.email = text
            search.ownsEmail = true
            search.match = .exactEmail(text)
        } else {
            query.fullText = text
            search.match = .wholeWords(text)
        }
        return requery(keepSelection: false)
    }
}
