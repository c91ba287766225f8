import Foundation
import LeadBrowser

/// `████░░ 1,234 of 10,000 · 850/s · 11s left` on stderr, redrawn in place at most ten times a
/// second; only when stderr is a terminal, so logs and pipes stay clean.
final class BulkProgress: @unchecked Sendable {
    private let enabled: Bool
    private let total: Int
    private let started = ContinuousClock.now
    private var last = ContinuousClock.now - .seconds(1)
    private var shown = false

    init(total: Int, enabled: Bool = StandardError.isTerminal) {
        self.total = total
        self.enabled = enabled
    }

    func show(_ done: Int) {
        guard enabled, ContinuousClock.now - last >= .milliseconds(100) || done == total else { return }
        last = ContinuousClock.now
        FileHandle.standardError.write(Data(("\r" + Self.line(done: done, total: total, elapsed: ContinuousClock.now - started) + "\u{1B}[K").utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
        shown = false
    }

    /// The bar, the count, the rate and the time left.
    static func line(done: Int, total: Int, elapsed: Duration) -> String {
        let width = 24
        let filled = total > 0 ? min(width, done * width / total) : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var text = "\(bar) \(NumberText.grouped(done)) of \(NumberText.grouped(total))"
        if seconds > 0.2, let rate = BulkRun.rateText(done: done, total: total, seconds: seconds) { text += " · " + rate }
        return text
    }
}
