import TiledeskLeads

/// The screen shown when a save finds the lead changed on the server and some part was changed
/// on both sides: each overlap side by side, with the user's choice. Nothing is written until
/// every overlap is decided; then the form is rebased on the server's version with the merged
/// values and saved through the usual check.
public struct ConflictState: Sendable, Hashable {
    /// What the server holds now: the new base of the form.
    public let theirs: Lead
    public let merge: LeadMerge
    public var choices: [MergeConflict.Choice?]
    public var selected = 0
    /// The save this conflict stopped also restores the lead from the trash.
    public var restoring = false

    public init(theirs: Lead, merge: LeadMerge) {
        self.theirs = theirs
        self.merge = merge
        self.choices = Array(repeating: nil, count: merge.conflicts.count)
    }

    public var conflicts: [MergeConflict] { merge.conflicts }

    /// How many overlaps still wait for a choice.
    public var undecided: Int { choices.filter { $0 == nil }.count }

    /// Records a choice for the selected overlap and moves on: to the next undecided one, or
    /// when all are decided, to the next one down.
    public mutating func choose(_ choice: MergeConflict.Choice) {
        guard choices.indices.contains(selected) else { return }
        choices[selected] = choice
        let undecided = (selected + 1..<choices.count).first(where: { choices[$0] == nil }) ?? choices.firstIndex(where: { $0 == nil })
        selected = undecided ?? min(selected + 1, choices.count - 1)
    }

    public mutating func move(by delta: Int) {
        guard !choices.isEmpty else { return }
        selected = min(max(0, selected + delta), choices.count - 1)
    }

    /// The lead as it will be sent: theirs, my one-sided changes, and each overlap as chosen
    /// (an undecided one keeps mine, for `edit`, where the user goes on typing over it).
    public var resolved: Lead {
        merge.resolved(with: choices.map { $0 ?? .mine })
    }

    /// The form the user goes back to: based on theirs, holding the merged values, so its
    /// change is measured from what the server has now.
    public func rebasedForm(focus: FormFocus) -> FormState {
        var form = FormState(restoring: FormDraft(key: theirs.id, isCreate: false, original: theirs, draft: resolved))
        form.focus = focus
        form.restoring = restoring
        return form
    }

    /// Where in the form the selected overlap is edited.
    public var selectedFocus: FormFocus {
        guard conflicts.indices.contains(selected) else { return .field(.fullname) }
        switch conflicts[selected].place {
        case .field(let field): return .field(field)
        case .attribute: return .attributes
        }
    }
}
