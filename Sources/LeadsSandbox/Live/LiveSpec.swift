import Foundation

/// What `leads serve --live SPEC` makes happen on every project, parsed from
/// `chats=20/s,fill=2/s,edits=5/s,trash=2/s,restore=0.5/s,seed=7` (each part optional; rates per
/// second or per minute, `/m`). The same seed gives the same sequence of events on the same data.
public struct LiveSpec: Sendable, Equatable {
    /// The kinds of event a live project sees.
    public enum Kind: String, Sendable, CaseIterable {
        /// A new visitor: the chat widget's lead (`POST` with a `lead_id`, a `guest#…` name, no email).
        case chat = "chats"
        /// A visitor fills in name and email (`PUT`).
        case fill
        /// Another agent changes a field, a tag or an attribute (`PUT`, tag routes, `PATCH attributes`).
        case edit = "edits"
        /// Another agent moves a lead to the trash (`DELETE`).
        case trash
        /// Another agent restores a trashed lead (`PUT {"status":100}`).
        case restore
    }

    /// Events per second, by kind.
    public var rates: [Kind: Double] = [:]
    public var seed: UInt64 = 1

    public init(rates: [Kind: Double] = [:], seed: UInt64 = 1) {
        self.rates = rates
        self.seed = seed
    }

    public init(parsing text: String) throws {
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw SandboxSetupError("--live: expected NAME=RATE, got \(item)") }
            if parts[0] == "seed" {
                guard let seed = UInt64(parts[1]) else { throw SandboxSetupError("--live: seed must be a whole number") }
                self.seed = seed
                continue
            }
            guard let kind = Kind(rawValue: parts[0]) else {
                throw SandboxSetupError("--live: unknown event \(parts[0]) (chats, fill, edits, trash, restore, seed)")
            }
            rates[kind] = try Self.rate(parts[1], parts[0])
        }
    }

    /// True when nothing would ever happen.
    public var isEmpty: Bool { rates.values.allSatisfy { $0 <= 0 } }

    /// `20/s`, `0.5/s`, `30/m` or a bare number (per second).
    private static func rate(_ text: String, _ name: String) throws -> Double {
        var number = Substring(text)
        var perSecond = 1.0
        if number.hasSuffix("/s") {
            number = number.dropLast(2)
        } else if number.hasSuffix("/m") {
            number = number.dropLast(2)
            perSecond = 1.0 / 60
        }
        guard let value = Double(number), value >= 0, value <= 10_000 else {
            throw SandboxSetupError("--live: \(name) is a rate like 20/s or 30/m (at most 10000/s)")
        }
        return value * perSecond
    }
}
