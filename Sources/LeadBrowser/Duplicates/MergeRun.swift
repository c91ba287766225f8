import LeadDuplicates
import TiledeskLeads

/// A merge, or its undo, being written one step at a time (`MergeStep`s from `MergePlan.steps` or
/// `MergeUndo`). One request in flight; a failure stops the run where it is, and the same key
/// (`y` in the review, `u` for an undo) sends the failed step again, so nothing is repeated or
/// skipped. An undo first reads every lead again, so it sees changes made since the merge.
public struct MergeRun: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case merge, undo }

    public var kind: Kind
    public var plan: MergePlan
    /// An undo's leads as read again, by id; its steps are planned when all are in.
    public var reread: [String: Lead] = [:]
    public var steps: [MergeStep]
    /// Steps answered so far.
    public var done = 0
    /// The request in flight (a step, or one of an undo's reads).
    public var requestIDs: Set<Int> = []
    /// Why the run stopped, until it is resumed.
    public var failure: String?
    /// What an undo leaves as it is now (changed since the merge).
    public var kept: [String] = []

    public init(kind: Kind, plan: MergePlan, steps: [MergeStep] = []) {
        self.kind = kind
        self.plan = plan
        self.steps = steps
    }

    public var isBusy: Bool { !requestIDs.isEmpty }

    /// The leads an undo reads first: the survivor and every merged lead.
    var leadIDs: [String] { [plan.survivor.id] + plan.others.map(\.id) }
}
