/// Makes hostile server answers from a seed: valid bodies mutated byte by byte (flips, cuts,
/// insertions, duplicated spans), values swapped for wrong types, huge numbers, deep nesting,
/// long strings and invalid UTF-8. Shared by the decoder and the import fuzz tests. Seeded, so a failure names a body that can be made again.
public struct BodyMutator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// SplitMix64.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// Fragments that break parsers and decoders when spliced into JSON.
    public static let poison: [String] = [
        "", "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00\\ud800", "null", "true", "-", "-0", "1e999999",
        "-1e-999999", "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "0x10", "NaN",
        "Infinity", "01", "1.", ".5", "\u{0}", "\u{1B}]0;x\u{07}", "\u{202E}", "\"\u{1B}[2J\"", "{\"_id\":{}}", "[[[[[[",
        "\"tags\":\"vip\"", "\"attributes\":[]", "\"status\":\"100\"", "\"createdAt\":\"not a date\"", "\"createdAt\":1e300",
        "\"leads\":{}", "\"count\":-1", "\"perPage\":1e20", "\"_id\":null", "\"fullname\":42",
    ]

    /// One hostile body derived from `seeds` (valid bodies), as raw bytes.
    public mutating func body(from seeds: [[UInt8]]) -> [UInt8] {
        var bytes = seeds[below(seeds.count)]
        switch below(10) {
        case 0:  // random bytes
            return (0..<below(2048)).map { _ in UInt8(truncatingIfNeeded: next()) }
        case 1:  // truncated
            return Array(bytes.prefix(below(bytes.count + 1)))
        case 2:  // deep nesting, sometimes beyond any sane depth
            let depth = [10, 511, 513, 5_000, 100_000][below(5)]
            let open = below(2) == 0 ? UInt8(ascii: "[") : UInt8(ascii: "{")
            return Array(repeating: open, count: depth) + (open == UInt8(ascii: "{") ? Array("\"a\":1".utf8) : [])
        case 3:  // invalid UTF-8 inside a string
            let invalid: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]]
            if let quote = bytes.indices.filter({ bytes[$0] == UInt8(ascii: "\"") }).randomElement(using: &self) {
                bytes.insert(contentsOf: invalid[below(invalid.count)], at: quote + 1)
            }
            return bytes
        default:  // a few point mutations
            for _ in 0..<(1 + below(4)) {
                guard !bytes.isEmpty else { break }
                let at = below(bytes.count)
                switch below(4) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: next())
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: Array(Self.poison[below(Self.poison.count)].utf8), at: at)
                default:
                    let end = min(bytes.count, at + below(64))
                    bytes.insert(contentsOf: bytes[at..<end], at: below(bytes.count))
                }
            }
            return bytes
        }
    }
}

extension BodyMutator: RandomNumberGenerator {}
