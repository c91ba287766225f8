import TiledeskLeads

/// The conflict screen and the choice about a lead that is gone: the only ways out of a save
/// that found someone else's change, and none of them writes anything the user did not pick.
extension AppState {
    mutating func performOnConflict(_ action: KeyAction, _ conflict: ConflictState) -> [Effect] {
        var conflict = conflict
        switch action {
        case .moveDown: conflict.move(by: 1)
        case .moveUp: conflict.move(by: -1)
        case .takeMine: conflict.choose(.mine)
        case .takeTheirs: conflict.choose(.theirs)
        case .editConflict:
            // Back to the form, now based on the server's version, on the overlap's row.
            let form = conflict.rebasedForm(focus: conflict.selectedFocus)
            stack.removeLast()
            replaceTop(.form(form))
            setStatus("Now based on the server's version: edit \(conflict.conflicts[conflict.selected].label) and ^S again")
            return [.persistDraft(form.asDraft)]
        case .confirm:
            guard conflict.undecided == 0 else {
                setStatus("\(conflict.undecided) overlap(s) still need a choice (m mine, t theirs)", error: true)
                return []
            }
            let form = conflict.rebasedForm(focus: formBelowFocus)
            stack.removeLast()
            replaceTop(.form(form))
            guard form.isDirty else {
                stack.removeLast()
                setStatus("Kept the server's version; nothing to send")
                return [.discardDraft(key: form.draftKey)]
            }
            // Through the check again: the server may have moved while the user was choosing.
            return [.persistDraft(form.asDraft)] + sendForm()
        case .dismiss:
            stack.removeLast()
            setStatus("Nothing written; ^S to try again")
            return []
        case .help:
            return showHelp()
        default:
            return []
        }
        replaceTop(.conflict(conflict))
        return []
    }

    /// Carries out the user's choice about an edit whose lead was trashed or deleted meanwhile.
    mutating func settleGoneLead(_ choice: GoneLeadChoice, theirs: Lead?) -> [Effect] {
        guard case .form(let form) = stack.last else { return [] }
        switch choice {
        case .discard:
            stack.removeLast()
            setStatus("Edits discarded")
            return [.discardDraft(key: form.draftKey)]
        case .saveAsNew:
            createdCount += 1
            let leadID = "\(leadIDPrefix)-\(createdCount)"
            var copy = form.draft
            copy.status = nil
            let created = FormState(restoring: FormDraft(key: leadID, isCreate: true, original: Lead(leadID: leadID), draft: copy))
            replaceTop(.form(created))
            return [.discardDraft(key: form.draftKey), .persistDraft(created.asDraft)] + sendForm()
        case .restoreAndApply:
            guard let theirs else { return [] }
            // The same path as any save: merged with the trashed lead (a change made before it
            // was trashed is theirs), overlaps to the conflict screen, then the re-read.
            var conflict = ConflictState(theirs: theirs, merge: LeadMerge(base: form.original, mine: form.draft, theirs: theirs))
            conflict.restoring = true
            guard conflict.conflicts.isEmpty else {
                stack.append(.conflict(conflict))
                setStatus("Changed before it was trashed: choose mine or theirs for each overlap, then it is restored")
                return []
            }
            let rebased = conflict.rebasedForm(focus: form.focus)
            replaceTop(.form(rebased))
            setStatus("Restoring and saving…")
            let effects = [.persistDraft(rebased.asDraft)] + sendForm()
            setStatus("Restoring and saving…")
            return effects
        }
    }

    /// The focused row of the form under the screen on top.
    private var formBelowFocus: FormFocus {
        guard stack.count >= 2, case .form(let form) = stack[stack.count - 2] else { return .field(.fullname) }
        return form.focus
    }
}
