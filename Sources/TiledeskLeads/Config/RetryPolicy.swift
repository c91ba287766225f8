/// When and how long to wait before sending an idempotent request again. Only connection
/// failures and 429/502/503/504 are retried, and never a POST: a POST that timed out may have
/// created a lead, so `create` looks it up by `lead_id` instead of repeating it blindly.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included (1 turns retries off).
    public var maxAttempts: Int
    /// The first backoff; each later one doubles, up to `maxDelay`.
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// The longest `Retry-After` the client will honour; a server asking for more gets its error
    /// surfaced at once instead of an interactive user waiting minutes.
    public var maxRetryAfter: Duration

    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(300), maxDelay: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(60))
    {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    public static let `default` = RetryPolicy()
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait before attempt `attempt + 1` (attempt counts from 1): exponential with "equal
    /// jitter" — half fixed, half random — so many clients hit by the same outage do not come back
    /// in lockstep, yet each still waits a meaningful minimum.
    public func backoff(afterAttempt attempt: Int, random: (ClosedRange<Double>) -> Double = { Double.random(in: $0) }) -> Duration {
        let base = Double(baseDelay.components.seconds) + Double(baseDelay.components.attoseconds) / 1e18
        let cap = Double(maxDelay.components.seconds) + Double(maxDelay.components.attoseconds) / 1e18
        let ceiling = min(cap, base * Double(1 << min(max(attempt - 1, 0), 20)))
        let seconds = ceiling / 2 + random(0...(ceiling / 2))
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
