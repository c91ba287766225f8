/// What `leads serve --faults SPEC` injects, parsed from
/// `latency=50-400ms,error=0.2,drop=0.05,hang=0.02,status=500|502|503|429,seed=7`.
/// Rates are per request; error, drop and hang exclude each other, so their sum is at most 1.
public struct FaultSpec: Sendable, Equatable {
    /// Added delay, drawn uniformly from this range, in milliseconds.
    public var latency: ClosedRange<Int> = 0...0
    /// Answer with one of `statuses` instead of handling the request.
    public var error = 0.0
    /// Handle the request, then close the connection in the middle of the response.
    public var drop = 0.0
    /// Never answer (until the server stops).
    public var hang = 0.0
    public var statuses = [500, 502, 503, 429]
    /// The same seed gives the same sequence of faults.
    public var seed: UInt64 = 1

    public init() {}

    public init(parsing text: String) throws {
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard parts.count == 2 else { throw SandboxSetupError("--faults: expected NAME=VALUE, got \(item)") }
            let (name, value) = (parts[0], parts[1])
            switch name {
            case "latency": latency = try Self.milliseconds(value)
            case "error": error = try Self.rate(value, name)
            case "drop": drop = try Self.rate(value, name)
            case "hang": hang = try Self.rate(value, name)
            case "seed":
                guard let number = UInt64(value) else { throw SandboxSetupError("--faults: seed must be a whole number") }
                seed = number
            case "status":
                let codes = value.split(separator: "|").compactMap { Int($0) }
                guard !codes.isEmpty, codes.allSatisfy({ (400...599).contains($0) }) else {
                    throw SandboxSetupError("--faults: status is a list of 4xx/5xx codes separated by |")
                }
                statuses = codes
            default:
                throw SandboxSetupError("--faults: unknown fault \(name) (latency, error, drop, hang, status, seed)")
            }
        }
        guard error + drop + hang <= 1 else { throw SandboxSetupError("--faults: error + drop + hang must not exceed 1") }
    }

    /// True when nothing would ever be injected.
    public var isEmpty: Bool { latency.upperBound == 0 && error == 0 && drop == 0 && hang == 0 }

    private static func rate(_ text: String, _ name: String) throws -> Double {
        guard let rate = Double(text), (0...1).contains(rate) else {
            throw SandboxSetupError("--faults: \(name) is a rate between 0 and 1")
        }
        return rate
    }

    /// `400ms`, `50-400ms` or `0.2s-1s`.
    private static func milliseconds(_ text: String) throws -> ClosedRange<Int> {
        func one(_ part: Substring) throws -> Int {
            let part = part.trimmed
            let value: Double? = part.hasSuffix("ms") ? Double(part.dropLast(2)) : part.hasSuffix("s") ? Double(part.dropLast()).map { $0 * 1000 } : Double(part)
            guard let value, value >= 0, value <= 3_600_000 else { throw SandboxSetupError("--faults: latency is like 50-400ms") }
            return Int(value)
        }
        let bounds = text.split(separator: "-", maxSplits: 1)
        let low = try one(bounds[0])
        let high = bounds.count == 2 ? try one(bounds[1]) : low
        guard low <= high else { throw SandboxSetupError("--faults: latency range is low-high") }
        return low...high
    }
}

private extension StringProtocol {
    var trimmed: String { String(self).trimmingCharacters(in: .whitespaces) }
}
