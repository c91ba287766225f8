import TiledeskLeads

/// Random leads of every awkward kind for property tests: wide and right-to-left text, emoji,
/// control and bidi characters, YAML's special words, zip codes and phones that look like
/// numbers, line breaks in every place, and attributes holding every JSON type, nested.
enum RandomLead {
    static func make(_ random: inout SplitMix64) -> Lead {
        var lead = Lead(id: "65f0c3a1b2c3d4e5f6a7b8c9")
        for field in LeadField.allCases {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: lead[field] = nil
            case 1: lead[field] = ""
            default: lead[field] = text(&random, lines: field == .note || Bool.random(using: &random))
            }
        }
        lead.tags = (0..<Int.random(in: 0..<4, using: &random)).map { _ in text(&random, lines: false) }.filter { !$0.isEmpty }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: lead.attributes = nil
        case 1: lead.attributes = [:]
        default: lead.attributes = object(&random, depth: 0)
        }
        return lead
    }

    static let pieces: [String] = [
        "Zoë", "Ångström", "山田太郎", "株式会社", "👩‍💻", "🇮🇹", "e\u{301}", "مرحبا", "עברית", "Straße", " ", "  ", "\t", "-", "- ", ": ", ":",
        "#", " #", "'", "\"", "\\", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "~", "---", "...", "yes", "no",
        "null", "true", "NO", "00184", "+39 0123 456", "1e3", "0x1F", "0o17", ".inf", ".nan", "12:30", "2024-01-05", "1_000", "3.0",
        "-7", "\u{1B}[2J", "\u{07}", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{2028}", "\u{FEFF}", "\u{0}",
        "\r", "\r\n", "x", "Via Roma 1", "ACME", "<<", "=",
    ]

    /// Text made of pieces; with `lines`, line breaks anywhere, trailing ones included.
    static func text(_ random: inout SplitMix64, lines: Bool) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 1..<6, using: &random) {
            out += pieces.randomElement(using: &random)!
            if lines, Int.random(in: 0..<3, using: &random) == 0 { out += "\n" }
        }
        if lines, Bool.random(using: &random) { out = "\n" + out }
        return out
    }

    static func value(_ random: inout SplitMix64, depth: Int) -> JSONValue {
        switch Int.random(in: 0..<(depth < 3 ? 9 : 7), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .int([0, -1, 42, Int64.max, Int64.min, Int64.random(in: -1_000_000...1_000_000, using: &random)].randomElement(using: &random)!)
        case 3:
            let doubles = [0.5, -0.0, 3.0, 1e16, 1e-5, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, Double.random(in: -1e6...1e6, using: &random)]
            return .double(doubles.randomElement(using: &random)!)
        case 4, 5, 6: return .string(Bool.random(using: &random) ? "" : text(&random, lines: Bool.random(using: &random)))
        case 7: return .array((0..<Int.random(in: 0..<4, using: &random)).map { _ in value(&random, depth: depth + 1) })
        default: return .object(object(&random, depth: depth + 1))
        }
    }

    static func object(_ random: inout SplitMix64, depth: Int) -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for _ in 0..<Int.random(in: 0..<5, using: &random) {
            let key = Int.random(in: 0..<5, using: &random) == 0 ? "" : text(&random, lines: Int.random(in: 0..<8, using: &random) == 0)
            members[key] = value(&random, depth: depth)
        }
        return members
    }
}
