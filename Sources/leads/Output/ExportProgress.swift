import Foundation

/// `exported N of M` on stderr, redrawn in place, at most ten times a second.
final class ExportProgress {
    private let enabled: Bool
    private var last = ContinuousClock.now - .seconds(1)
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ done: Int, _ total: Int) {
        guard enabled, ContinuousClock.now - last >= .milliseconds(100) || done == total else { return }
        last = ContinuousClock.now
        let width = 30
        let filled = total > 0 ? min(width, done * width / total) : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done) of \(total) leads".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
        shown = false
    }
}
