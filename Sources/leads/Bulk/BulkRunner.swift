import Foundation
import Synchronization
import TiledeskLeads

/// Runs one `BulkApplier` over many leads with a bounded number of requests in flight (a handful:
/// enough to hide the round trip, few enough not to look like an attack to the server). Ctrl-C
/// stops starting new leads; those in flight finish, and the result says which were not done.
struct BulkRunner: Sendable {
    let applier: BulkApplier
    var inFlight = 8

    struct Result: Sendable {
        var changed = 0
        var unchanged = 0
        var skipped: [(id: String, reason: String)] = []
        var failed: [(id: String, reason: String)] = []
        var notDone: [String] = []
    }

    func run(_ items: [BulkItem], progress: BulkProgress? = nil) async -> Result {
        let stop = Mutex(false)
        let watcher = InterruptWatch { number in
            StandardError.line("\nleads: stopping after the requests in flight (again to quit now)")
            stop.withLock { $0 = true }
            signal(number, SIG_DFL)
        }
        defer { watcher.cancel() }
        var result = Result()
        var next = 0
        var done = 0
        await withTaskGroup(of: (Int, BulkOutcome).self) { group in
            func startNext() -> Bool {
                guard next < items.count, !stop.withLock({ $0 }) else { return false }
                let index = next
                next += 1
                group.addTask { (index, await applier.apply(items[index])) }
                return true
            }
            for _ in 0..<inFlight where !startNext() { break }
            while let (index, outcome) = await group.next() {
                done += 1
                switch outcome {
                case .changed: result.changed += 1
                case .unchanged: result.unchanged += 1
                case .skipped(let reason): result.skipped.append((items[index].id, reason))
                case .failed(let reason): result.failed.append((items[index].id, reason))
                }
                progress?.show(done)
                _ = startNext()
            }
        }
        progress?.finish()
        result.notDone = items[next...].map(\.id)
        return result
    }
}
