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
                return [.trash(requestID: newRequest(.trash(id: id)), id: id)]
            case .deleteForever(let id):
                return [.deleteForever(requestID: newRequest(.deleteForever(id: id)), id: id)]
            case .discardEdits:
                guard case .form(let form) = stack.last else { return [] }
                stack.removeLast()
                return [.discardDraft(key: form.draftKey)]
            case .restoreDraft(let draft):
                stack.append(.form(FormState(restoring: draft)))
                return []
            case .saveForm:
                return sendForm()
            case .overwrite:
                return sendForm(checked: true)
            }
        case .dismiss:
            stack.removeLast()
            if case .restoreDraft(let draft) = dialog.action { return [.discardDraft(key: draft.key)] }
        default:
            break
        }
        return []
    }

    mutating func performOnPick(_ action: KeyAction, _ dialog: PickDialog) -> [Effect] {
        var dialog = dialog
        switch action {
        case .pickNext:
            dialog.selected = (dialog.selected + 1) % dialog.choices.count
            replaceTop(.pick(dialog))
        case .pickPrevious:
            dialog.selected = (dialog.selected - 1 + dialog.choices.count) % dialog.choices.count
            replaceTop(.pick(dialog))
        case .pickChoose:
            stack.removeLast()
            switch dialog.purpose {
            case .sortField:
                query.sort = LeadSortField.allCases[dialog.selected]
                return requery(keepSelection: true)
            case .filterKind:
                switch dialog.selected {
                case 0: stack.append(.prompt(PromptDialog(title: "Tag", input: TextBuffer(query.tag ?? ""), purpose: .tagFilter)))
                case 1: stack.append(.prompt(PromptDialog(title: "Email (exact)", input: TextBuffer(query.email ?? ""), purpose: .emailFilter)))
                default:
                    query.tag = nil
                    query.email = nil
                    emailFromSearch = false
                    return requery(keepSelection: false)
                }
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
                emailFromSearch = false
            }
            return requery(keepSelection: false)
        case .dismiss:
            stack.removeLast()
        default:
            break
        }
        return []
    }
}
