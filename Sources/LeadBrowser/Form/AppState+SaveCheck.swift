import TiledeskLeads

/// The answer to the re-read before a save, decided by `SavePlan` (the rule `leads edit` follows
/// too): send when nobody else changed the lead, merge when someone did (asking about every
/// overlap), and never re-create a lead that is gone. Every form goes through here, whether typed,
/// filled in from a YAML document, reopened from a draft, or restoring a trashed lead.
extension AppState {
    mutating func preSaveChecked(_ theirs: Lead, requestID: Int) -> [Effect] {
        guard case .form(var form) = stack.last, form.savingRequestID == requestID else { return [] }
        form.savingRequestID = nil
        replaceTop(.form(form))
        let plan = SavePlan.after(reRead: theirs, base: form.original, mine: form.draft)
        if case .gone(let trashed) = plan { return askAboutGoneLead(theirs: trashed) }
        if SavePlan.isUnchanged(theirs, since: form.original) { return sendForm(checked: true) }
        var conflict = ConflictState(theirs: theirs, merge: LeadMerge(base: form.original, mine: form.draft, theirs: theirs))
        conflict.restoring = form.restoring
        guard case .conflicts = plan else {
            // Only one side touched each part: rebase on theirs and send what is still mine.
            let rebased = conflict.rebasedForm(focus: form.focus)
            replaceTop(.form(rebased))
            guard case .send = plan else {
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
