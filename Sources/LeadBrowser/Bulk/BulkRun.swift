import TiledeskLeads

/// A bulk action under way or finished: a queue worked through with a few requests in flight,
/// and what became of each lead. Plain data; `AppState+Bulk` drives it.
public struct BulkRun: Sendable, Hashable {
    public static let inFlightLimit = 8
    /// How often the run's clock ticks (`Effect.scheduleBulkTick`).
    public static let tick = Duration.seconds(1)

    public var action: BulkAction
    public var targets: [BulkTarget]
    /// Leads that needed nothing (counted in the review and the result).
    public var alreadyDone: Int
    public var next = 0
    /// Request id → index into `targets`.
    public var inFlight: [Int: Int] = [:]
    /// Leads changed, with the lead after (the undo checks against it).
    public var changed: [BulkTarget] = []
    /// Leads the same action changed in the runs before this one (`R` retries only the failures),
    /// so `u` still takes back the whole action, not just the retry.
    public var changedBefore: [BulkTarget] = []
    /// Request id → index into `targets` of a write being taken back because its lead turned out
    /// to be in the trash (trashed meanwhile): the lead ends skipped, not changed.
    public var takingBack: [Int: Int] = [:]
    public var skipped: [BulkProblem] = []
    public var failed: [BulkProblem] = []
    /// Esc stops starting new requests; those in flight finish.
    public var cancelled = false
    /// Which clock ticks are this run's (a tick of an earlier run is ignored).
    public var clockToken = 0
    /// Whole seconds since the run started, counted by its clock's ticks: the view-model reads
    /// no clock, and the rate and time left need no more precision than that.
    public var seconds = 0

    public init(action: BulkAction, targets: [BulkTarget], alreadyDone: Int) {
        self.action = action
        self.targets = targets
        self.alreadyDone = alreadyDone
    }

    public var done: Int { changed.count + skipped.count + failed.count }
    /// Every lead the action changed, this run and the ones it retried: what `u` takes back.
    public var allChanged: [BulkTarget] { changedBefore + changed }
    public var isFinished: Bool { inFlight.isEmpty && takingBack.isEmpty && (cancelled || next >= targets.count) }
    /// Leads never started because the run was cancelled.
    public var notDone: Int { targets.count - next }

    /// `Tagging ██████░░░░ 120 of 1,234 · 60/s · 19s left — Esc to stop` (the rate and time left
    /// from the first second on).
    public var progressLine: String {
        let width = 20
        let filled = targets.isEmpty ? width : min(width, done * width / targets.count)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = Self.rateText(done: done, total: targets.count, seconds: Double(seconds)).map { " · " + $0 } ?? ""
        return "\(action.progressWord) \(bar) \(NumberText.grouped(done)) of \(NumberText.grouped(targets.count))\(rate)"
            + (cancelled ? " — stopping after the requests in flight" : " — Esc to stop")
    }

    /// `850/s · 11s left` (`2.5/s`, `1m05s left`); nil before anything is done or time has passed.
    /// The command line's progress bar (`leads/Bulk/BulkProgress`) says it the same way.
    public static func rateText(done: Int, total: Int, seconds: Double) -> String? {
        guard seconds > 0, done > 0 else { return nil }
        let rate = Double(done) / seconds
        let rateText = rate >= 10 ? NumberText.grouped(Int(rate)) : String(Double(Int(rate * 10)) / 10)
        let left = Int((Double(max(total - done, 0)) / rate).rounded(.up))
        let leftText = left >= 60 ? "\(left / 60)m\(left % 60 < 10 ? "0" : "")\(left % 60)s" : "\(left)s"
        return "\(rateText)/s · \(leftText) left"
    }

    /// `Tagged 1,217 leads · 17 already have it · 2 failed (R to retry) · u to undo`.
    public var resultLine: String {
        var parts = ["\(action.doneWord) \(NumberText.grouped(changed.count)) lead\(changed.count == 1 ? "" : "s")"]
        if alreadyDone > 0 { parts.append("\(NumberText.grouped(alreadyDone)) \(action.alreadyText)") }
        if !skipped.isEmpty { parts.append("\(NumberText.grouped(skipped.count)) skipped") }
        if !failed.isEmpty { parts.append("\(NumberText.grouped(failed.count)) failed (R to retry)") }
        if cancelled, notDone > 0 { parts.append("stopped: \(NumberText.grouped(notDone)) not done") }
        if action.inverse != nil, !(changed.isEmpty && changedBefore.isEmpty) { parts.append("u to undo") }
        return parts.joined(separator: " · ")
    }

    /// The leads that failed or were skipped, with why, for the screen shown at the end.
    public var problemsText: String? {
        let lines = failed.map { "failed \($0.id): \($0.reason)" } + skipped.map { "skipped \($0.id): \($0.reason)" }
        guard !lines.isEmpty else { return nil }
        return (lines.prefix(30) + (lines.count > 30 ? ["… and \(lines.count - 30) more"] : [])).joined(separator: "\n")
    }
}
