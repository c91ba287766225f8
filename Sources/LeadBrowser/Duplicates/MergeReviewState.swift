import LeadDuplicates

/// The merge as it will be, before anything is written: `MergeReview`'s text (the survivor after
/// the merge, the leads going to the trash, every value not kept). `y` runs it.
public struct MergeReviewState: Sendable, Hashable {
    public var plan: MergePlan
    public var lines: [String]
    public var scroll = 0

    public init(plan: MergePlan) {
        self.plan = plan
        lines = MergeReview.text(plan).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
    }
}
