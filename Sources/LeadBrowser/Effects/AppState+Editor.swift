import TiledeskLeads

/// `^E`: a whole lead (or, after `n`, a new one) as YAML in `$EDITOR`, and `^O` on the form's
/// attributes. Nothing typed is lost: a document with errors reopens on the user's own text with
/// the errors on top, and a lead document is journaled like a form draft while the editor is
/// open. A valid document becomes a form and is saved as any form is: review, re-read, merge,
/// conflict screen.
extension AppState {
    mutating func openYAMLEditor(_ lead: Lead) -> [Effect] {
        openDocument(DocumentSession(editing: lead), text: LeadYAML.text(lead))
    }

    /// `^E` in a new-lead form where nothing is typed yet: the form gives way to the template.
    mutating func openYAMLTemplate(replacing form: FormState) -> [Effect] {
        stack.removeLast()
        let session = DocumentSession(creatingWithLeadID: form.original.leadID ?? form.draftKey)
        return [.discardDraft(key: form.draftKey)] + openDocument(session, text: session.round.text)
    }

    /// A document kept by an earlier run, back in the editor as it was left.
    mutating func resumeDocument(_ draft: FormDraft) -> [Effect] {
        openDocument(DocumentSession(resuming: draft), text: draft.document ?? "")
    }

    /// Journals the document, then opens the editor on `text`.
    private mutating func openDocument(_ session: DocumentSession, text: String) -> [Effect] {
        [.persistDraft(session.draft(text: text)), edit(text, fileExtension: "yaml", for: .document(session))]
    }

    mutating func documentClosed(_ text: String, _ session: DocumentSession) -> [Effect] {
        switch session.round.outcome(of: text) {
        case .unchanged:
            setStatus(session.round.problems.isEmpty ? "Nothing changed" : "Edit cancelled; nothing was saved")
            return [.discardDraft(key: session.draftKey)]
        case .emptied:
            setStatus("Edit cancelled: the document was emptied; nothing was saved")
            return [.discardDraft(key: session.draftKey)]
        case .invalid(let next):
            var session = session
            session.round = next
            setStatus("Not saved: \(next.problems.count) problem(s), shown at the top of your text", error: true)
            return openDocument(session, text: next.text)
        case .valid(let edit):
            let form = session.asForm(edit)
            guard form.isDirty || form.isCreate else {
                setStatus("Nothing changed")
                return [.discardDraft(key: session.draftKey)]
            }
            // The form holds the document's values; ^S from here is the form's own path, so a
            // dismissed review leaves the user in the form with nothing lost.
            stack.append(.form(form))
            return [.persistDraft(form.asDraft)] + perform(.save)
        }
    }

    /// `^O` on the attributes row: a YAML document of the attributes alone.
    mutating func openAttributesEditor(_ form: FormState) -> [Effect] {
        let text = LeadYAML.attributesText(form.attributes.attributes)
        return [edit(text, fileExtension: "yaml", for: .formAttributes(EditorRound(text: text, kind: .attributes)))]
    }

    mutating func attributesClosed(_ text: String, _ round: EditorRound) -> [Effect] {
        guard case .form(var form) = stack.last else { return [] }
        switch round.outcome(of: text) {
        case .unchanged, .emptied:
            setStatus("Attributes not changed")
            return []
        case .invalid(let next):
            setStatus("Attributes not changed yet: \(next.problems.count) problem(s), shown at the top of your text", error: true)
            return [edit(next.text, fileExtension: "yaml", for: .formAttributes(next))]
        case .valid(let edit):
            form.attributes = AttributesEditor(edit.attributes ?? [:])
            replaceTop(.form(form))
            return [.persistDraft(form.asDraft)]
        }
    }

    /// The editor could not start or ended with an error: say why; a document's journal goes,
    /// since the user left the editor on purpose or never got into it.
    mutating func editorFailed(_ target: EditorTarget, reason: String) -> [Effect] {
        setStatus("Nothing changed: \(reason)", error: true)
        if case .document(let session) = target { return [.discardDraft(key: session.draftKey)] }
        return []
    }
}
