import LeadDuplicates
import TiledeskLeads

/// A merge, or its undo, being written one step at a time (`MergeStep`s from `MergePlan.steps` or
/// `MergeUndo`). One request in flight; a failure stops the run where it is, and the same key
/// (`y` in the review, `u` for an undo) sends the failed step again, so nothing is repeated or
/// skipped. Both first read every lead again: a merge to see that nobody changed them since the
/// review was made (`MergeCheck`), an undo to see what changed since the merge.
public struct MergeRun: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case merge, undo }

    public var kind: Kind
    public var plan: MergePlan
    /// The leads as read again, by id; the steps are planned (or the merge checked) when all are in.
    public var reread: [String: Lead] = [:]
    /// Leads the server no longer knows (404 to the read).
    public var missing: Set<String> = []
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

    /// The leads read first: the survivor and every merged lead.
    var leadIDs: [String] { plan.leadIDs }

    /// Every lead read again has answered.
    var isReread: Bool { reread.count + missing.count == leadIDs.count }
}
