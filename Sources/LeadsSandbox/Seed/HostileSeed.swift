import TiledeskLeads

/// The deliberately hostile records every seed contains (one in two hundred, the first at index
/// 37, every kind within the first 1,200): terminal escape sequences, C1 controls, bidi overrides, zero-width
/// characters, 5 KB strings and empty fields. They exist to prove the screens stay inert and
/// aligned whatever a lead holds.
enum HostileSeed {
    /// Whether the lead at this index is one of the hostile ones.
    static func isHostile(_ index: Int) -> Bool { index % 200 == 37 }

    static let kinds = 6

    /// Overwrites fields of `lead` with hostile content of the given kind (0..<kinds).
    static func apply(kind: Int, to lead: inout Lead) {
        switch kind {
        case 0:
            lead.fullname = "\u{1B}]0;pwned title\u{07}Eve \u{1B}[31mRed\u{1B}[0m \u{1B}[2J"
            lead.note = "clipboard: \u{1B}]52;c;cm0gLXJmIH4=\u{07} bell:\u{07}\u{07}"
            lead.company = "\u{9B}31mC1 CSI\u{9C} Corp"
        case 1:
            lead.fullname = String(repeating: "Loooong name ", count: 400)
            lead.note = String(repeating: "5 KB of note text. ", count: 270)
            lead.city = String(repeating: "x", count: 5_000)
        case 2:
            lead.fullname = ""
            lead.email = nil
            lead.phone = ""
            lead.company = nil
            lead.tags = []
            lead.attributes = [:]
        case 3:
            lead.fullname = "\u{202E}evil override\u{202C} Mallory"
            lead.company = "zero\u{200B}width\u{200D}joiner\u{FEFF}"
            lead.note = "tab\there\rreturn\u{0}nul\u{7F}del"
        case 4:
            lead.fullname = "Tab\tand\nnewline in name"
            lead.tags = ["\u{1B}[7mtag", "ok", String(repeating: "t", count: 300)]
            lead.attributes = ["\u{1B}]0;key\u{07}": .string("\u{1B}[2Jvalue"), "deep": deep(12)]
        default:
            lead.fullname = "👩‍👩‍👧‍👦🏳️‍🌈 e\u{301}\u{301}\u{301} Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇"
            lead.email = "weird+\"quotes\"@example.com"
        }
    }

    private static func deep(_ depth: Int) -> JSONValue {
        depth == 0 ? .string("bottom") : .object(["level": .int(Int64(depth)), "next": deep(depth - 1)])
    }
}
