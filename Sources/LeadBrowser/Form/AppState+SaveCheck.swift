import TiledeskLeads

/// The answer to the re-read before a save: send when nobody touched what we change, ask when
/// someone did, refuse when the lead is gone.
extension AppState {
    mutating func preSaveChecked(_ theirs: Lead, requestID: Int) -> [Effect] {
        guard case .form(var form) = stack.last, form.savingRequestID == requestID else { return [] }
        form.savingRequestID = nil
        replaceTop(.form(form))
        if theirs.isTrashed, !form.original.isTrashed {
            form.saveError = "This lead was moved to the trash meanwhile; not saved"
            replaceTop(.form(form))
            setStatus(form.saveError, error: true)
            return []
        }
        let conflicts = Self.conflicts(original: form.original, mine: form.change, theirs: theirs)
        if conflicts.isEmpty { return sendForm(checked: true) }
        let question = ["Changed on the server since you opened it:"] + conflicts + ["y: save mine over theirs · n: keep editing"]
        stack.append(.confirm(ConfirmDialog(question: question.joined(separator: "\n"), action: .overwrite)))
        return []
    }

    mutating func preSaveFailed(_ error: APIError, requestID: Int) {
        guard case .form(var form) = stack.last, form.savingRequestID == requestID else { return }
        form.savingRequestID = nil
        form.saveError = error.kind == .notFound
            ? "This lead is gone from the server; not saved, so it is not re-created"
            : "Could not re-read the lead before saving: \(error.description)"
        replaceTop(.form(form))
        setStatus(form.saveError, error: true)
    }

    /// Lines naming what both I and someone else changed (`Name: theirs “X”, mine “Y”`).
    /// Changes that do not overlap merge by themselves, since a save sends only my change.
    static func conflicts(original: Lead, mine: LeadChange, theirs: Lead) -> [String] {
        guard original.updatedAt != theirs.updatedAt || original.updatedAt == nil else { return [] }
        let their = LeadChange.between(original, theirs)
        var out: [String] = []
        for (field, value) in mine.fields.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where their.fields[field] != nil && their.fields[field] != value {
            out.append("\(field.label): theirs “\(TerminalText.sanitized(their.fields[field]!))”, mine “\(TerminalText.sanitized(value))”")
        }
        let myTags = Set(mine.tagsToAdd + mine.tagsToRemove)
        if !myTags.isDisjoint(with: their.tagsToAdd + their.tagsToRemove) { out.append("Tags: both changed") }
        let before = original.attributes ?? [:], after = theirs.attributes ?? [:]
        let theirKeys = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        let myKeys = Set(mine.attributesMerge.keys)
        if mine.attributesReplace != nil && !theirKeys.isEmpty || !myKeys.isDisjoint(with: theirKeys)
        {
            out.append("Attributes: both changed")
        }
        return out
    }
}
