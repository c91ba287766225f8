import TiledeskLeads

/// The single entry point: every key, resize and result goes through here.
extension AppState {
    /// Applies a message and returns the effects to run. Never blocks, never does I/O.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            return handleKey(key)
        case .click(let x, let y, let double):
            return handleClick(x: x, y: y, double: double)
        case .clickOn(let target, let double):
            return handleClick(on: target, double: double)
        case .resize(let rows, let columns):
            self.rows = rows
            self.columns = columns
            list.resize(visibleRows: rows - Self.chromeRows)
            return fetchMissingPages()
        case .searchTimerFired(let token):
            guard token == search.token, let input = search.input else { return [] }
            return applySearch(input.text)
        case .pollTimerFired(let token):
            guard token == poll.token else { return [] }
            return pollNow() + [schedulePoll()]
        case .bulkTimerFired(let token):
            return bulkTick(token)
        case .draftFound(let draft):
            stack.append(.pick(PickDialog(
                title: "Unsaved edits", message: Self.keptDraftMessage(draft),
                choices: KeptDraftChoice.choices(document: draft.document != nil).map { .keptDraft($0) }, purpose: .keptDraft(draft))))
            return []
        case .columnsSaved(let message, let failed):
            setStatus(message, error: failed)
            return []
        case .draftNotSaved(let directory, let reason):
            setStatus("Could not save the draft to \(directory): \(reason)", error: true)
            return []
        case .leadsExported(let export, let count, let failure):
            return exportFinished(export, count: count, failure: failure)
        case .segmentsLoaded(let requestID, let segments):
            return sharedViewsArrived(segments, requestID: requestID)
        case .segmentSaved(let requestID, let segment):
            return viewShared(segment, requestID: requestID)
        case .pageLoaded, .leadLoaded, .leadDeleted, .requestFailed, .editorClosed, .editorFailed:
            return handleResult(msg)
        case .duplicatesLoaded(let requestID, let groups):
            duplicatesArrived(requestID: requestID, groups: groups, failure: nil)
            return []
        case .duplicatesFailed(let requestID, let reason):
            duplicatesArrived(requestID: requestID, groups: [], failure: reason)
            return []
        case .duplicateMatches(let requestID, let matches):
            indexMatchesArrived(requestID: requestID, matches)
            return []
        }
    }

    /// What a kept draft holds, as the review shows a change; a YAML document that does not read
    /// (yet) is offered all the same, to be fixed in the editor.
    static func keptDraftMessage(_ draft: FormDraft) -> String {
        guard let document = draft.document else {
            let diff = ChangeReview.lines(from: draft.original, LeadChange.between(draft.original, draft.draft))
            return (["Unsaved edits to \(LeadTable.title(of: draft.draft)) were kept:"] + diff).joined(separator: "\n")
        }
        let name = draft.isCreate ? "a new lead" : LeadTable.title(of: draft.original)
        let head = "A YAML document of \(name), open in the editor when leads stopped, was kept:"
        guard let edited = try? LeadYAML.parse(EditorRound.withoutErrorHeader(document), onto: draft.original) else {
            return head + "\n(it has errors; it reopens with them on top)"
        }
        let diff = ChangeReview.lines(from: draft.original, LeadChange.between(draft.original, edited))
        return ([head] + (diff.isEmpty ? ["(no changes yet)"] : diff)).joined(separator: "\n")
    }

    /// Keys go to the screen on top: first to a chord begun (`^X` then `^E`), then to the
    /// screen's text input, then to its key map.
    mutating func handleKey(_ key: Key) -> [Effect] {
        if top != .error, top != .help, status != nil { setStatus(nil) }
        if !pendingChord.isEmpty {
            let keys = pendingChord + [key]
            pendingChord = []
            if keyMap.startsChord(keys) { return awaitChord(keys) }
            if let action = keyMap.action(for: .chord(keys)) { return perform(action) }
        }
        switch stack.last {
        case nil:
            if search.input != nil { return handleSearchKey(key) }
        case .form(var form):
            // `n` then `^E`: in a new lead with nothing typed, `^E` (end of line in an empty
            // field, which does nothing) fills the lead in as a YAML template instead. It is
            // the first key the text field's map gives "end of line" (End stays end of line).
            let editors = editorKeys
            if editors.text.keys(for: .lineEnd).first == key, form.isCreate, !form.isDirty, case .field = form.focus {
                return openYAMLTemplate(replacing: form)
            }
            let before = form.draft
            if form.handleEditingKey(key, keys: editors) {
                replaceTop(.form(form))
                return form.draft == before ? [] : [.persistDraft(form.asDraft)]
            }
        case .prompt(var prompt):
            if keyMap.action(for: key) == nil, prompt.input.handle(key, map: editorKeys.text) {
                replaceTop(.prompt(prompt))
                return []
            }
        default:
            break
        }
        // The first key of a chord the screen binds (`^X` of `^X ^E`), when no input took it.
        if keyMap.startsChord([key]) { return awaitChord([key]) }
        guard let action = keyMap.action(for: key) else { return [] }
        // `1`–`9`: which view is the key's place among the binding's keys, so a remapped set of
        // keys still counts from its first.
        if action == .switchView, let position = keyMap.position(of: key, in: action) { return switchView(position) }
        return perform(action)
    }

    /// Keeps the keys of a chord begun and says so on the status line (`^X …`), as a key that
    /// seems to do nothing would otherwise be pressed again.
    mutating func awaitChord(_ keys: [Key]) -> [Effect] {
        pendingChord = keys
        setStatus(Key.chord(keys).displayName + " …")
        return []
    }

    /// Runs an action of the screen on top.
    public mutating func perform(_ action: KeyAction) -> [Effect] {
        switch stack.last {
        case nil: return performOnList(action)
        case .detail(let detail): return performOnDetail(action, detail)
        case .form(let form): return performOnForm(action, form)
        case .confirm(let dialog): return performOnConfirm(action, dialog)
        case .conflict(let conflict): return performOnConflict(action, conflict)
        case .pick(let dialog): return performOnPick(action, dialog)
        case .prompt(let prompt): return performOnPrompt(action, prompt)
        case .duplicates(let screen): return performOnDuplicates(action, screen)
        case .duplicateGroup(let screen): return performOnDuplicateGroup(action, screen)
        case .mergeReview(let review): return performOnMergeReview(action, review)
        case .columns(let picker): return performOnColumns(action, picker)
        case .error:
            if action == .dismiss { stack.removeLast() }
            return []
        case .help(let map, let scroll):
            switch action {
            case .moveDown: replaceTop(.help(map, scroll: min(scroll + 1, max(map.helpLines.count - 1, 0))))
            case .moveUp: replaceTop(.help(map, scroll: max(scroll - 1, 0)))
            case .dismiss: stack.removeLast()
            default: break
            }
            return []
        }
    }

    /// Opens the `?` screen for the map currently on top.
    mutating func showHelp() -> [Effect] {
        stack.append(.help(keyMap, scroll: 0))
        return []
    }
}
