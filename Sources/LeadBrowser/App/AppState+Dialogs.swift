import Foundation
import TiledeskLeads

/// Confirm, pick and prompt dialogs.
extension AppState {
    mutating func performOnConfirm(_ action: KeyAction, _ dialog: ConfirmDialog) -> [Effect] {
        switch action {
        case .confirm:
            stack.removeLast()
            switch dialog.action {
            case .trash(let id):
                return [send(.trash(id: id), for: .listChange).effect]
            case .deleteForever(let id):
                return [send(.deleteForever(id: id), for: .listChange).effect]
            case .discardEdits:
                guard case .form(let form) = stack.last else { return [] }
                stack.removeLast()
                return [.discardDraft(key: form.draftKey)]
            case .discardKeptDraft(let key):
                setStatus("Unsaved edits discarded")
                return [.discardDraft(key: key)]
            case .saveForm:
                return sendForm()
            case .runBulk:
                return runReviewedBulk()
            case .clearMarks:
                return clearMarks(confirmed: true)
            }
        case .dismiss:
            stack.removeLast()
            if case .runBulk = dialog.action { bulkReview = nil }
        default:
            break
        }
        return []
    }

    mutating func performOnPick(_ action: KeyAction, _ dialog: PickDialog) -> [Effect] {
        var dialog = dialog
        // The view picker can open before any view is known (the shared ones are on their way).
        if dialog.choices.isEmpty, action != .dismiss { return [] }
        switch action {
        case .pickNext:
            dialog.selected = (dialog.selected + 1) % dialog.choices.count
            replaceTop(.pick(dialog))
        case .pickPrevious:
            dialog.selected = (dialog.selected - 1 + dialog.choices.count) % dialog.choices.count
            replaceTop(.pick(dialog))
        case .shareView:
            guard let view = dialog.chosen.view else { return [] }
            return share(view)
        case .pickChoose:
            stack.removeLast()
            switch (dialog.chosen, dialog.purpose) {
            case (.view(let view, _), _):
                return use(view)
            case (.sort(let field), _):
                query.sort = field
                return requery(keepSelection: true)
            case (.keptDraft(let choice), .keptDraft(let draft)):
                switch choice {
                case .reopen: stack.append(.form(FormState(restoring: draft)))
                case .reopenInEditor: return resumeDocument(draft)
                case .later: setStatus("The unsaved edits stay kept; they are offered again at the next start")
                case .discard:
                    let name = LeadTable.title(of: draft.draft)
                    stack.append(.confirm(ConfirmDialog(question: "Discard the unsaved edits to \(name) for good?", action: .discardKeptDraft(key: draft.key))))
                }
                return []
            case (.goneLead(let choice), .goneLead(let theirs)):
                return settleGoneLead(choice, theirs: theirs)
            case (.field(let field), _):
                stack.append(.prompt(PromptDialog(title: "\(field.label) for the \(selection.summary) (empty clears it)", purpose: .bulkFieldValue(field))))
                return []
            case (.attribute, _):
                let title = "Attribute for the \(selection.summary): key=value sets it (JSON, or else text), key= removes it"
                stack.append(.prompt(PromptDialog(title: title, purpose: .bulkAttribute)))
                return []
            case (.filter(let choice), _):
                switch choice {
                case .tag: stack.append(.prompt(PromptDialog(title: "Tag", input: TextBuffer(query.tag ?? ""), purpose: .tagFilter)))
                case .email: stack.append(.prompt(PromptDialog(title: "Email (exact)", input: TextBuffer(query.email ?? ""), purpose: .emailFilter)))
                case .clear:
                    query.tag = nil
                    query.email = nil
                    search.ownsEmail = false
                    return requery(keepSelection: false)
                }
            case (.keptDraft, _), (.goneLead, _):
                break  // a choice always comes with its purpose; see `PickPurpose`
            }
        case .dismiss:
            stack.removeLast()
        default:
            break
        }
        return []
    }

    /// A prompt takes text keys first (see `handleKey`); Enter applies it, Esc closes it.
    mutating func performOnPrompt(_ action: KeyAction, _ prompt: PromptDialog) -> [Effect] {
        switch action {
        case .pickChoose:
            stack.removeLast()
            let text = prompt.input.text.trimmingCharacters(in: .whitespaces)
            switch prompt.purpose {
            case .tagFilter: query.tag = text.isEmpty ? nil : text
            case .emailFilter:
                query.email = text.isEmpty ? nil : text
                search.ownsEmail = false
            case .bulkTag(let add):
                guard !text.isEmpty else { return [] }
                return startBulk(add ? .addTag(text) : .removeTag(text))
            case .bulkFieldValue(let field):
                return startBulk(.setField(field, text))
            case .exportMarked:
                guard let export = LeadExport(typed: text) else {
                    setStatus("Not exported: the file must end in .csv, .json or .ndjson", error: true)
                    return []
                }
                return exportMarked(to: export)
            case .bulkAttribute:
                guard let action = BulkAction.attribute(from: text) else {
                    setStatus("Not changed: write key=value to set an attribute, key= to remove it", error: true)
                    return []
                }
                return startBulk(action)
            case .bulkDeleteCount:
                guard let run = bulkReview, text == String(run.targets.count) else {
                    bulkReview = nil
                    setStatus("Not deleted: the count was not typed")
                    return []
                }
                return runReviewedBulk()
            }
            return requery(keepSelection: false)
        case .dismiss:
            stack.removeLast()
            if prompt.purpose == .bulkDeleteCount { bulkReview = nil }
        default:
            break
        }
        return []
    }
}
