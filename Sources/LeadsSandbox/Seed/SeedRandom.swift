/// SplitMix64: a tiny, fast generator whose whole state is one word, so each seeded lead gets its
/// own stream from (project, index) and the same index always gives the same lead, whatever N is
/// and in whatever order leads are generated.
struct SeedRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// A uniform value in `0..<1`.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Replaces `#` with a random digit and `@` with a random capital letter.
    mutating func fill(_ pattern: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(pattern.unicodeScalars.count)
        for scalar in pattern.unicodeScalars {
            switch scalar {
            case "#": out.unicodeScalars.append(Unicode.Scalar(UInt8(48 + below(10))))
            case "@": out.unicodeScalars.append(Unicode.Scalar(UInt8(65 + below(26))))
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A stable 64-bit hash of a string (FNV-1a), to derive per-project seeds.
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return value
    }
}
