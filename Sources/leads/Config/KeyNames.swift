/// The value of one action under `[keys.SCREEN]`: one key name, or a list of them. `""` and
/// `[]` both unbind the action.
struct KeyNames: Codable, Sendable, Hashable {
    var names: [String]

    init(_ names: [String]) {
        self.names = names
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            names = one.isEmpty ? [] : [one]
        } else if let several = try? container.decode([String].self) {
            names = several
        } else {
            throw DecodingError.typeMismatch(
                [String].self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "a key name (\"o\"), a list of them ([\"Enter\", \"o\"]) or \"\" is expected"))
        }
    }

    /// Written back as it reads best: a single name as a string.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if names.count == 1 { try container.encode(names[0]) } else { try container.encode(names) }
    }
}
