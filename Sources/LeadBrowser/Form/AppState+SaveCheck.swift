import TiledeskLeads

/// The answer to the re-read before a save: send when nobody else changed the lead, merge when
/// someone did (asking about every overlap), and never re-create a lead that is gone.
extension AppState {
    mutating func preSaveChecked(_ theirs: Lead, requestID: Int) -> [Effect] {
        guard case .form(var form) = stack.last, form.savingRequestID == requestID else { return [] }
        form.savingRequestID = nil
        replaceTop(.form(form))
        if theirs.isTrashed, !form.original.isTrashed {
            return askAboutGoneLead(theirs: theirs)
        }
        if theirs.updatedAt == form.original.updatedAt, theirs.updatedAt != nil || theirs == form.original {
            return sendForm(checked: true)
        }
        let merge = LeadMerge(base: form.original, mine: form.draft, theirs: theirs)
        let conflict = ConflictState(theirs: theirs, merge: merge)
        if merge.conflicts.isEmpty {
            // Only one side touched each part: rebase on theirs and send what is still mine.
            let rebased = conflict.rebasedForm(focus: form.focus)
            replaceTop(.form(rebased))
            guard rebased.isDirty else {
                setStatus("Someone else made the same change meanwhile; nothing to send")
                return [.persistDraft(rebased.asDraft)]
            }
            return [.persistDraft(rebased.asDraft)] + sendForm(checked: true)
        }
        stack.append(.conflict(conflict))
        setStatus("Changed on the server meanwhile: choose mine or theirs for each overlap")
        return []
    }

    mutating func preSaveFailed(_ error: APIError, requestID: Int) -> [Effect] {
        guard case .form(var form) = stack.last, form.savingRequestID == requestID else { return [] }
        form.savingRequestID = nil
        if error.kind != .notFound { form.saveError = "Could not re-read the lead before saving: \(error.description)" }
        replaceTop(.form(form))
        if error.kind == .notFound { return askAboutGoneLead(theirs: nil) }
        setStatus(form.saveError, error: true)
        return []
    }

    /// The lead was trashed (`theirs`) or deleted for good (`nil`) while the form was open: a
    /// PUT would upsert it back, so the user chooses what happens to the edits.
    private mutating func askAboutGoneLead(theirs: Lead?) -> [Effect] {
        let title = theirs == nil ? "This lead was deleted meanwhile" : "This lead was moved to the trash meanwhile"
        let choices = GoneLeadChoice.choices(trashed: theirs != nil)
        stack.append(.pick(PickDialog(title: title, choices: choices.map { .goneLead($0) }, purpose: .goneLead(theirs: theirs))))
        setStatus("\(title); nothing was written", error: true)
        return []
    }
}
