import Foundation
import TiledeskLeads

/// Form actions: focus, review and save, cancel, open a field in `$EDITOR`.
extension AppState {
    mutating func performOnForm(_ action: KeyAction, _ form: FormState) -> [Effect] {
        var form = form
        switch action {
        case .nextField, .previousField:
            let leaving = form.focus
            form.moveFocus(by: action == .nextField ? 1 : -1)
            if case .field(let field) = leaving, Self.indexedFields.contains(field) {
                let effects = (field == .email ? checkEmailDuplicates(&form) : []) + lookUpIndex(&form)
                replaceTop(.form(form))
                return effects
            }
        case .openDuplicates:
            return openEmailMatches(form)
        case .save:
            if let (focus, issue) = form.issues.first(where: { _ in true }) {
                setStatus("Cannot save: \(FormRows.label(of: focus)) \(issue)", error: true)
                form.focus = focus
            } else if !form.isDirty && !form.isCreate {
                setStatus("Nothing changed")
            } else if form.savingRequestID == nil {
                let review = ChangeReview.lines(from: form.original, form.change)
                if !form.isCreate, review.count <= reviewSkipLimit {
                    let effects = sendForm()
                    setStatus("Saving without review: " + review.joined(separator: "; "))
                    return effects
                }
                stack.append(.confirm(ConfirmDialog(question: (review + ["Send?"]).joined(separator: "\n"), action: .saveForm)))
                return []
            }
        case .cancel:
            if form.isDirty {
                stack.append(.confirm(ConfirmDialog(question: "Discard your edits?", action: .discardEdits)))
            } else {
                stack.removeLast()
                return [.discardDraft(key: form.draftKey)]
            }
            return []
        case .openInEditor:
            if form.focus == .attributes { return openAttributesEditor(form) }
            guard let text = form.focusedText else { return [] }
            return [edit(text, fileExtension: "txt", for: .formRow(form.focus))]
        case .help:
            return showHelp()
        default:
            return []
        }
        replaceTop(.form(form))
        return []
    }

    /// Sends the form on top (after the review was confirmed). An edit first re-reads the lead
    /// (`checked: false`): the server has no version check, so this is the only guard against
    /// overwriting a colleague's edit or re-creating a deleted lead with a blind PUT. When the
    /// re-read is what sends it (`checked: true`), the client need not read the lead again.
    mutating func sendForm(checked: Bool = false) -> [Effect] {
        guard case .form(var form) = stack.last else { return [] }
        let request: APIRequest
        let purpose: RequestPurpose
        if form.isCreate {
            (request, purpose) = (.create(form.draft, mayExist: form.createMayExist), .save)
        } else if checked {
            (request, purpose) = (.update(id: form.original.id, change: form.change, justRead: true), .save)
        } else {
            (request, purpose) = (.get(id: form.original.id), .saveCheck)
        }
        let (id, effect) = send(request, for: purpose)
        form.savingRequestID = id
        form.saveError = nil
        replaceTop(.form(form))
        setStatus("Saving…")
        return [effect]
    }

    /// Puts text back from `$EDITOR` into the text row or the tags it came from.
    mutating func applyEditorText(_ text: String, to focus: FormFocus) -> [Effect] {
        guard case .form(var form) = stack.last else { return [] }
        switch focus {
        case .field(let field):
            var trimmed = text
            while trimmed.hasSuffix("\n") { trimmed.removeLast() }
            form.fields[field]?.setText(trimmed)
        case .tags:
            form.tags = TagsEditor(tags: text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        case .attributes:
            // Attributes go to the editor as YAML (`.formAttributes`), never as a plain row.
            return []
        }
        replaceTop(.form(form))
        return [.persistDraft(form.asDraft)]
    }
}
