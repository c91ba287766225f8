import Synchronization

/// Draws the fault for each request from one seeded stream, so a run with the same seed and the
/// same request order meets the same faults.
final class FaultInjector: Sendable {
    enum Action: Equatable, Sendable {
        case none
        case error(status: Int)
        case drop
        /// Hang before handling the request, or after (the write happened, the answer never comes).
        case hang(afterHandling: Bool)
    }

    struct Decision: Equatable, Sendable {
        var delayMilliseconds: Int
        var action: Action
    }

    let spec: FaultSpec
    private let random: Mutex<SeedRandom>

    init(spec: FaultSpec) {
        self.spec = spec
        random = Mutex(SeedRandom(seed: spec.seed))
    }

    func next() -> Decision {
        random.withLock { random in
            let span = spec.latency.upperBound - spec.latency.lowerBound
            let delay = spec.latency.lowerBound + (span > 0 ? random.below(span + 1) : 0)
            let roll = random.unit()
            let action: Action =
                if roll < spec.error { .error(status: random.pick(spec.statuses)) }
                else if roll < spec.error + spec.drop { .drop }
                else if roll < spec.error + spec.drop + spec.hang { .hang(afterHandling: random.chance(0.5)) }
                else { .none }
            return Decision(delayMilliseconds: delay, action: action)
        }
    }
}
