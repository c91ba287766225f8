import CNcursesw
import Synchronization

/// Returns freed heap to the system once the program has been quiet for a moment. Every page
/// of leads is parsed into short-lived values on whichever thread ran the request; glibc keeps
/// those freed pages resident, so after a thousand pages the browser held several megabytes it
/// no longer used (B4 in `Benchmarks/`). One `malloc_trim` after each burst of answers, not
/// after every answer: scrolling fast delivers dozens a second and the trim walks every arena.
final class FreeMemoryReturner: Sendable {
    private let quietPeriod: Duration
    /// When the last answer arrived, and whether a trim is already waiting for quiet.
    private let state = Mutex<(last: ContinuousClock.Instant, waiting: Bool)>((.now, false))

    init(quietPeriod: Duration = .milliseconds(250)) {
        self.quietPeriod = quietPeriod
    }

    /// Notes that work which allocated has just finished; a trim follows once nothing else has
    /// for `quietPeriod`.
    func workFinished() {
        let start = state.withLock { state -> Bool in
            state.last = .now
            defer { state.waiting = true }
            return !state.waiting
        }
        guard start else { return }
        Task.detached { [self] in
            while true {
                let due = state.withLock { $0.last } + quietPeriod
                try? await Task.sleep(until: due, clock: .continuous)
                let quiet = state.withLock { state -> Bool in
                    guard ContinuousClock.now >= state.last + quietPeriod else { return false }
                    state.waiting = false
                    return true
                }
                if quiet { break }
            }
            leads_return_free_memory()
        }
    }
}
